// The <svg> the map is drawn in. React renders only the element; the renderer draws inside it and
// is told about every new graph or layout.
import { useEffect, useRef, type RefObject } from "react";
import type { ConceptGraph } from "../../core/analysis/conceptGraph";
import { ConceptMapRenderer, type MapLayout } from "./renderMap";

interface Props {
  graph: ConceptGraph;
  layout: MapLayout;
  label: string;
  /** Filled with the renderer while the canvas is mounted, for fitting and exports. */
  rendererRef: RefObject<ConceptMapRenderer | null>;
  svgRef: RefObject<SVGSVGElement | null>;
}

export function MapCanvas({ graph, layout, label, rendererRef, svgRef }: Props) {
  const ownRenderer = useRef<ConceptMapRenderer | null>(null);
  useEffect(() => {
    const renderer = new ConceptMapRenderer(svgRef.current!);
    ownRenderer.current = renderer;
    rendererRef.current = renderer;
    return () => {
      renderer.destroy();
      ownRenderer.current = null;
      rendererRef.current = null;
    };
  }, [rendererRef, svgRef]);
  useEffect(() => {
    ownRenderer.current?.update(graph, layout);
  }, [graph, layout]);
  return <svg ref={svgRef} className="concept-map-svg" role="img" aria-label={label} />;
}
