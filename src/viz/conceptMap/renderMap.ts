// Draws the concept map into an SVG element with d3: links, nodes and labels joined by id, placed by
// placeMap (deterministic, computed at once: the map appears settled), dragging a node to move it
// (dropped, it is pinned there through onPin; double-click lets go through onUnpin), zoom and pan,
// and hover highlighting. Every node's shape carries data-node, its label data-label-for and every
// link data-link="SOURCE TARGET", for tests and for anyone checking an export.
// React owns the <svg> element; everything inside it belongs to this renderer.
import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent, type Selection, type ZoomBehavior } from "d3";
import { type ConceptGraph, type ConceptLink, type ConceptNode } from "../../core/analysis/conceptGraph";
import type { Point } from "./layout/geometry";
import { labelAnchor, shapeHalf, type LabelMeasure, type LabelSide } from "./layout/nodeGeometry";
import { linkKey, placeMap, type NodeInput, type PlacedLayout } from "./layout/placeMap";
import { round } from "./layout/routeLinks";
import { ACCENT, COOCCURRENCE_DASH, FONT_FAMILY, FONT_SIZE, INK, LABEL_WEIGHT, LINE_HEIGHT, LINK_COLORS, LINK_OPACITY, nodeFill, nodeStroke, radiusScale, topicSize, widthScale, WRAP_AT, wrapLabel } from "./mapStyle";

export type MapLayout = PlacedLayout;

/** Marked when a layout has been placed and drawn. */
export const SETTLED_MARK = "telaah:map-settled";

/** What the pointer is over: a node or a link. */
export type MapTarget = { kind: "node"; node: ConceptNode } | { kind: "link"; link: ConceptLink };

export interface MapCallbacks {
  onPin(id: string, at: Point): void;
  onUnpin(id: string): void;
  onHover(target: MapTarget | null, at: { x: number; y: number }): void;
  onOpen(target: MapTarget): void;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;

interface DrawnNode {
  id: string;
  node: ConceptNode;
  input: NodeInput;
  x: number;
  y: number;
  side: LabelSide;
}

interface DrawnLink {
  key: string;
  link: ConceptLink;
  d: string;
}

/** Drawing order of links: case links at the back, co-occurrence in front. */
const LINK_ORDER: Record<ConceptLink["kind"], number> = { case: 0, code: 1, theme: 2, cooccurrence: 3 };
const FIT_PADDING = 20;

export class ConceptMapRenderer {
  private readonly svg: Svg;
  private readonly viewport: Group;
  private readonly linkLayer: Group;
  private readonly nodeLayer: Group;
  private readonly labelLayer: Group;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly resizeObserver: ResizeObserver;
  private nodes: DrawnNode[] = [];
  private links: DrawnLink[] = [];
  private layout: MapLayout | null = null;
  /** The graph drawn last and its labels' measures: a change of layout or pins alone measures nothing again. */
  private measured: { graph: ConceptGraph; inputs: Map<string, NodeInput> } | null = null;
  /** Set once the user zooms or pans: from then on the map is no longer fitted automatically. */
  private userZoomed = false;

  constructor(
    element: SVGSVGElement,
    private readonly callbacks: MapCallbacks,
  ) {
    this.svg = select(element);
    this.svg.selectAll("*").remove();
    this.viewport = this.svg.append("g").attr("data-role", "viewport").attr("font-family", FONT_FAMILY);
    this.linkLayer = this.viewport.append("g").attr("data-role", "links").attr("fill", "none");
    this.nodeLayer = this.viewport.append("g").attr("data-role", "nodes");
    this.labelLayer = this.viewport.append("g").attr("data-role", "labels");
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 6])
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.viewport.attr("transform", event.transform.toString());
        if (event.sourceEvent) this.userZoomed = true;
      });
    this.svg.call(this.zoomBehavior).on("dblclick.zoom", null);
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.userZoomed) this.fit(false);
    });
    this.resizeObserver.observe(element);
  }

  update(graph: ConceptGraph, layout: MapLayout, pins: ReadonlyMap<string, Point>): void {
    if (layout !== this.layout) this.userZoomed = false;
    this.layout = layout;
    this.svg.attr("data-layout", layout).attr("data-settled", "false");
    if (this.measured?.graph !== graph) this.measured = { graph, inputs: this.drawLabels(graph, radiusScale(graph)) };
    const { inputs } = this.measured;
    const placement = placeMap(graph, inputs, layout, pins);
    this.nodes = graph.nodes.map((node) => {
      const placed = placement.nodes.get(node.id)!;
      return { id: node.id, node, input: inputs.get(node.id)!, x: placed.x, y: placed.y, side: placed.side };
    });
    this.links = graph.links
      .filter((l) => placement.routes.has(linkKey(l)))
      .sort((a, b) => LINK_ORDER[a.kind] - LINK_ORDER[b.kind])
      .map((link) => ({ key: linkKey(link), link, d: placement.routes.get(linkKey(link))!.d }));
    this.draw(graph, pins);
    if (!this.userZoomed) this.fit(false);
    this.svg.attr("data-settled", "true");
    performance.mark(SETTLED_MARK);
  }

  /** Zooms so that the whole map is in view. */
  fit(animate: boolean): void {
    const element = this.svg.node();
    const box = this.viewport.node()?.getBBox();
    if (!element || !box || box.width === 0) return;
    const [width, height] = [element.clientWidth, element.clientHeight];
    if (width === 0 || height === 0) return;
    const scale = Math.max(0.05, Math.min((width - 2 * FIT_PADDING) / box.width, (height - 2 * FIT_PADDING) / box.height, 1.4));
    const transform = zoomIdentity.translate(width / 2 - scale * (box.x + box.width / 2), height / 2 - scale * (box.y + box.height / 2)).scale(scale);
    if (animate) this.svg.transition().duration(400).call(this.zoomBehavior.transform, transform);
    else this.svg.call(this.zoomBehavior.transform, transform);
    this.userZoomed = false;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.svg.interrupt().on(".zoom", null);
    this.svg.selectAll("*").remove();
  }

  /** Writes every label's lines and measures them (the layout keeps the measured boxes apart). */
  private drawLabels(graph: ConceptGraph, radius: (node: ConceptNode) => number): Map<string, NodeInput> {
    const texts = this.labelLayer
      .selectAll<SVGTextElement, ConceptNode>("text")
      .data(graph.nodes, (d) => d.id)
      .join("text")
      .attr("data-label-for", (d) => d.id)
      .attr("font-size", (d) => FONT_SIZE[d.kind])
      .attr("font-weight", (d) => LABEL_WEIGHT[d.kind])
      .attr("fill", (d) => (d.kind === "topic" ? "#ffffff" : INK))
      .attr("stroke", (d) => (d.kind === "topic" ? "none" : "#ffffff"))
      .attr("stroke-width", 3.5)
      .attr("stroke-linejoin", "round")
      .attr("paint-order", "stroke")
      .attr("pointer-events", "none")
      .attr("text-anchor", "start")
      .attr("transform", null);
    texts.each(function (node) {
      const text = select(this);
      text.selectAll("tspan").remove();
      const lineHeight = FONT_SIZE[node.kind] * LINE_HEIGHT;
      wrapLabel(node.label, WRAP_AT[node.kind]).forEach((line, i) =>
        text
          .append("tspan")
          .attr("x", 0)
          .attr("y", round(i * lineHeight))
          .text(line),
      );
    });
    // Measured after all are written (one layout, not one per label), unzoomed, and rounded out to
    // whole units so that the measure does not depend on the zoom or on sub-pixel text positioning.
    const zoomed = this.viewport.attr("transform");
    this.viewport.attr("transform", null);
    const inputs = new Map<string, NodeInput>();
    texts.each(function (node) {
      const box = this.getBBox();
      const measure: LabelMeasure = { width: Math.ceil(box.width) + 2, top: Math.floor(box.y) - 1, bottom: Math.ceil(box.y + box.height) + 1 };
      inputs.set(node.id, { node, measure, half: shapeHalf(node.kind, radius(node), node.kind === "topic" ? topicSize(node.label) : undefined) });
    });
    this.viewport.attr("transform", zoomed);
    return inputs;
  }

  private draw(graph: ConceptGraph, pins: ReadonlyMap<string, Point>): void {
    const width = widthScale(graph);
    this.linkLayer
      .selectAll<SVGPathElement, DrawnLink>("path")
      .data(this.links, (d) => `${d.link.kind}:${d.key}`)
      .join("path")
      .attr("data-link", (d) => d.key)
      .attr("data-kind", (d) => d.link.kind)
      .attr("data-weight", (d) => d.link.weight)
      .attr("stroke", (d) => LINK_COLORS[d.link.kind])
      .attr("stroke-opacity", (d) => LINK_OPACITY[d.link.kind])
      .attr("stroke-width", (d) => round(width(d.link)))
      .attr("stroke-linecap", "round")
      .attr("stroke-linejoin", "round")
      .attr("stroke-dasharray", (d) => (d.link.kind === "cooccurrence" ? COOCCURRENCE_DASH : null))
      .attr("d", (d) => d.d)
      .attr("cursor", "pointer")
      .order()
      .on("mouseenter", (event: MouseEvent, d) => this.callbacks.onHover({ kind: "link", link: d.link }, { x: event.clientX, y: event.clientY }))
      .on("mouseleave", (event: MouseEvent) => this.callbacks.onHover(null, { x: event.clientX, y: event.clientY }))
      .on("click", (_, d) => this.callbacks.onOpen({ kind: "link", link: d.link }));

    const nodes = this.nodeLayer
      .selectAll<SVGGElement, DrawnNode>("g")
      .data(this.nodes, (d) => d.id)
      .join("g")
      .attr("data-id", (d) => d.id)
      .attr("data-kind", (d) => d.node.kind)
      .attr("data-label", (d) => d.node.label)
      .attr("data-references", (d) => d.node.references)
      .attr("data-pinned", (d) => (pins.has(d.id) ? "true" : null))
      .attr("cursor", "grab")
      .attr("transform", (d) => `translate(${round(d.x)},${round(d.y)})`);
    nodes.each(function (d) {
      drawShape(select(this), d, pins.has(d.id));
    });
    nodes
      .call(this.dragBehavior())
      .on("dblclick", (event: MouseEvent, d) => {
        event.stopPropagation();
        if (pins.has(d.id)) this.callbacks.onUnpin(d.id);
      })
      .on("mouseenter", (event: MouseEvent, d) => {
        this.highlight(d);
        this.callbacks.onHover({ kind: "node", node: d.node }, { x: event.clientX, y: event.clientY });
      })
      .on("mouseleave", (event: MouseEvent) => {
        this.highlight(null);
        this.callbacks.onHover(null, { x: event.clientX, y: event.clientY });
      });

    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    this.labelLayer.selectAll<SVGTextElement, ConceptNode>("text").each(function (node) {
      const d = byId.get(node.id)!;
      const anchor = labelAnchor(d.side, d.input.half, d.input.measure);
      const lineHeight = FONT_SIZE[node.kind] * LINE_HEIGHT;
      select(this)
        .attr("transform", `translate(${round(d.x)},${round(d.y)})`)
        .attr("text-anchor", anchor.anchor)
        .selectAll("tspan")
        .attr("x", round(anchor.x))
        .attr("y", (_, i) => round(anchor.y + i * lineHeight));
    });
  }

  /** Dragging moves the node, its label and its links (drawn straight meanwhile); the drop pins it. */
  private dragBehavior() {
    let moved = false;
    return drag<SVGGElement, DrawnNode>()
      .on("start", () => {
        moved = false;
        this.highlight(null);
      })
      .on("drag", (event: D3DragEvent<SVGGElement, DrawnNode, DrawnNode>, d) => {
        moved = true;
        [d.x, d.y] = [event.x, event.y];
        const at = `translate(${round(d.x)},${round(d.y)})`;
        this.nodeLayer.selectAll<SVGGElement, DrawnNode>("g").filter((n) => n === d).attr("transform", at);
        this.labelLayer.selectAll<SVGTextElement, ConceptNode>("text").filter((n) => n.id === d.id).attr("transform", at);
        const position = new Map(this.nodes.map((n) => [n.id, n]));
        this.linkLayer
          .selectAll<SVGPathElement, DrawnLink>("path")
          .filter((l) => l.link.source === d.id || l.link.target === d.id)
          .attr("d", (l) => {
            const [s, t] = [position.get(l.link.source)!, position.get(l.link.target)!];
            return `M${round(s.x)},${round(s.y)}L${round(t.x)},${round(t.y)}`;
          });
      })
      .on("end", (_, d) => {
        if (moved) this.callbacks.onPin(d.id, { x: round(d.x), y: round(d.y) });
      });
  }

  /** On hover, everything but the node and its neighbours fades. */
  private highlight(d: DrawnNode | null): void {
    const near = new Set<string>();
    if (d) {
      near.add(d.id);
      for (const { link } of this.links) if (link.source === d.id || link.target === d.id) near.add(link.source).add(link.target);
    }
    const dim = (id: string) => (d && !near.has(id) ? 0.18 : null);
    this.nodeLayer.selectAll<SVGGElement, DrawnNode>("g").attr("opacity", (n) => dim(n.id));
    this.labelLayer.selectAll<SVGTextElement, ConceptNode>("text").attr("opacity", (n) => dim(n.id));
    this.linkLayer.selectAll<SVGPathElement, DrawnLink>("path").attr("opacity", (l) => (d && l.link.source !== d.id && l.link.target !== d.id ? 0.08 : null));
  }
}

/**
 * The node's shape (a pill for the topic, a diamond for a theme, a circle for a code, a square for a
 * case), marked data-node; and a dashed outline round it while the node is pinned.
 */
function drawShape(g: Selection<SVGGElement, DrawnNode, null, undefined>, d: DrawnNode, pinned: boolean): void {
  const { kind } = d.node;
  const { w, h } = d.input.half;
  g.selectAll("*").remove();
  const shape = (grow: number): Selection<SVGElement, DrawnNode, null, undefined> => {
    if (kind === "code") return g.append<SVGElement>("circle").attr("r", round(w + grow));
    if (kind === "theme") {
      const [a, b] = [round(w + grow), round(h + grow)];
      return g.append<SVGElement>("polygon").attr("points", `0,${-b} ${a},0 0,${b} ${-a},0`);
    }
    return g
      .append<SVGElement>("rect")
      .attr("x", round(-w - grow))
      .attr("y", round(-h - grow))
      .attr("width", round(2 * (w + grow)))
      .attr("height", round(2 * (h + grow)))
      .attr("rx", kind === "topic" ? round(h + grow) : 2);
  };
  shape(0)
    .attr("data-node", d.id)
    .attr("fill", nodeFill(d.node))
    .attr("stroke", nodeStroke(d.node))
    .attr("stroke-width", kind === "theme" ? 2.5 : kind === "case" ? 1.8 : 1.5);
  if (pinned) shape(4).attr("data-role", "pin").attr("fill", "none").attr("stroke", ACCENT).attr("stroke-width", 1.5).attr("stroke-dasharray", "3 2").attr("pointer-events", "none");
}
