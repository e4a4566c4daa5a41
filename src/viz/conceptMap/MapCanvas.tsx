// The <svg> the map is drawn in. React renders only the element; the renderer draws inside it and
// is told about every new graph, layout or set of pins.
import { useEffect, useRef, type RefObject } from "react";
import type { ConceptGraph } from "../../core/analysis/conceptGraph";
import type { Point } from "./layout/geometry";
import { ConceptMapRenderer, type MapCallbacks, type MapLayout } from "./renderMap";

interface Props {
  graph: ConceptGraph;
  layout: MapLayout;
  pins: ReadonlyMap<string, Point>;
  label: string;
  callbacks: MapCallbacks;
  /** Filled with the renderer while the canvas is mounted, for fitting and exports. */
  rendererRef: RefObject<ConceptMapRenderer | null>;
  svgRef: RefObject<SVGSVGElement | null>;
}

export function MapCanvas({ graph, layout, pins, label, callbacks, rendererRef, svgRef }: Props) {
  const ownRenderer = useRef<ConceptMapRenderer | null>(null);
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  }, [callbacks]);
  useEffect(() => {
    const renderer = new ConceptMapRenderer(svgRef.current!, {
      onPin: (id, at) => latest.current.onPin(id, at),
      onUnpin: (id) => latest.current.onUnpin(id),
      onHover: (target, at) => latest.current.onHover(target, at),
      onOpen: (target) => latest.current.onOpen(target),
    });
    ownRenderer.current = renderer;
    rendererRef.current = renderer;
    return () => {
      renderer.destroy();
      ownRenderer.current = null;
      rendererRef.current = null;
    };
  }, [rendererRef, svgRef]);
  useEffect(() => {
    ownRenderer.current?.update(graph, layout, pins);
  }, [graph, layout, pins]);
  return <svg ref={svgRef} className="concept-map-svg" role="img" aria-label={label} />;
}
