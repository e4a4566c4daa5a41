// Draws the concept map into an SVG element with d3 and keeps it live: links, nodes and labels
// joined by id (positions survive option changes), the force or radial layout, dragging a node to
// move and pin it (double-click lets go), zoom and pan, and hover highlighting.
// React owns the <svg> element; everything inside it belongs to this renderer.
import { drag, easeCubicInOut, select, timer, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent, type Selection, type Simulation, type Timer, type ZoomBehavior } from "d3";
import { TOPIC_NODE_ID, type ConceptGraph, type ConceptLink } from "../../core/analysis/conceptGraph";
import { countNoun, t } from "../../lang";
import { forceLayout, type MapLink, type MapNode } from "./forceLayout";
import { labelSide, placeLabel, writeLabel } from "./labels";
import { ACCENT, COOCCURRENCE_DASH, FONT_FAMILY, LINK_COLORS, LINK_OPACITY, nodeFill, nodeStroke, radiusScale, topicSize, widthScale } from "./mapStyle";
import { radialLayout, type Point } from "./radialLayout";

export type MapLayout = "force" | "radial";

/** Marked when a layout has settled (the force simulation ended, or the radial layout was drawn). */
export const SETTLED_MARK = "telaah:map-settled";

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;
type DragEvent = D3DragEvent<SVGGElement, MapNode, MapNode>;

/** Drawing order of links: case links at the back, co-occurrence in front. */
const LINK_ORDER: Record<ConceptLink["kind"], number> = { case: 0, code: 1, theme: 2, cooccurrence: 3 };
const FIT_PADDING = 20;
/** Time the first force layout may run before it is shown; the rest runs animated. */
/** How long a force layout is computed unseen before it is drawn (it usually settles within it). */
const WARM_UP_MS = 1000;

export class ConceptMapRenderer {
  private readonly svg: Svg;
  private readonly viewport: Group;
  private readonly linkLayer: Group;
  private readonly nodeLayer: Group;
  private readonly labelLayer: Group;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly resizeObserver: ResizeObserver;
  private nodes: MapNode[] = [];
  private links: MapLink[] = [];
  private layout: MapLayout | null = null;
  private simulation: Simulation<MapNode, MapLink> | null = null;
  private animation: Timer | null = null;
  /** Set once the user zooms or pans: from then on the map is no longer fitted automatically. */
  private userZoomed = false;

  constructor(element: SVGSVGElement) {
    this.svg = select(element);
    this.svg.selectAll("*").remove();
    this.viewport = this.svg.append("g").attr("data-role", "viewport").attr("font-family", FONT_FAMILY);
    this.linkLayer = this.viewport.append("g").attr("data-role", "links").attr("fill", "none");
    this.nodeLayer = this.viewport.append("g").attr("data-role", "nodes");
    this.labelLayer = this.viewport.append("g").attr("data-role", "labels");
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.15, 6])
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

  update(graph: ConceptGraph, layout: MapLayout): void {
    const layoutChanged = layout !== this.layout;
    this.layout = layout;
    if (layoutChanged) this.userZoomed = false;
    this.stopMotion();
    this.svg.attr("data-layout", layout).attr("data-settled", "false");

    const radius = radiusScale(graph);
    const element = this.svg.node();
    const radial = radialLayout(graph, element && element.clientHeight > 0 ? element.clientWidth / element.clientHeight : undefined);
    const previous = new Map(this.nodes.map((n) => [n.id, n]));
    const hadPositions = previous.size > 0;
    this.nodes = graph.nodes.map((node) => {
      const home = radial.positions.get(node.id) ?? { x: 0, y: 0 };
      const old = previous.get(node.id);
      const kept = old && (!layoutChanged || layout === "radial");
      const d: MapNode = kept ? old : { id: node.id, node, r: 0, home, pinned: false, x: home.x, y: home.y };
      d.node = node;
      d.r = radius(node);
      d.home = home;
      if (layoutChanged) {
        d.pinned = false;
        d.fx = d.fy = null;
      }
      if (node.id === TOPIC_NODE_ID && !d.pinned) [d.fx, d.fy] = layout === "force" ? [0, 0] : [null, null];
      return d;
    });
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    this.links = graph.links
      .filter((l) => byId.has(l.source) && byId.has(l.target))
      .sort((a, b) => LINK_ORDER[a.kind] - LINK_ORDER[b.kind])
      .map((link) => ({ link, source: byId.get(link.source)!, target: byId.get(link.target)! }));

    this.draw(graph);

    if (layout === "radial") this.runRadial(hadPositions && !layoutChanged ? 450 : hadPositions ? 600 : 0);
    else this.runForce(layoutChanged || !hadPositions);
  }

  /** Zooms so that the whole map is in view. */
  fit(animate: boolean): void {
    const element = this.svg.node();
    const box = this.viewport.node()?.getBBox();
    if (!element || !box || box.width === 0) return;
    const [width, height] = [element.clientWidth, element.clientHeight];
    if (width === 0 || height === 0) return;
    const scale = Math.max(0.15, Math.min((width - 2 * FIT_PADDING) / box.width, (height - 2 * FIT_PADDING) / box.height, 1.4));
    const transform = zoomIdentity.translate(width / 2 - scale * (box.x + box.width / 2), height / 2 - scale * (box.y + box.height / 2)).scale(scale);
    if (animate) this.svg.transition().duration(400).call(this.zoomBehavior.transform, transform);
    else this.svg.call(this.zoomBehavior.transform, transform);
    this.userZoomed = false;
  }

  destroy(): void {
    this.stopMotion();
    this.resizeObserver.disconnect();
    this.svg.interrupt().on(".zoom", null);
    this.svg.selectAll("*").remove();
  }

  private draw(graph: ConceptGraph): void {
    const width = widthScale(graph);
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    this.linkLayer
      .selectAll<SVGPathElement, MapLink>("path")
      .data(this.links, (d) => `${d.link.kind}:${d.link.source}:${d.link.target}`)
      .join((enter) => enter.append("path").call((p) => p.append("title")))
      .attr("data-kind", (d) => d.link.kind)
      .attr("data-source", (d) => d.link.source)
      .attr("data-target", (d) => d.link.target)
      .attr("data-weight", (d) => d.link.weight)
      .attr("stroke", (d) => LINK_COLORS[d.link.kind])
      .attr("stroke-opacity", (d) => LINK_OPACITY[d.link.kind])
      .attr("stroke-width", (d) => round(width(d.link)))
      .attr("stroke-linecap", "round")
      .attr("stroke-dasharray", (d) => (d.link.kind === "cooccurrence" ? COOCCURRENCE_DASH : null))
      .order()
      .select("title")
      .text((d) => linkTitle(d.link, label));

    const nodes = this.nodeLayer
      .selectAll<SVGGElement, MapNode>("g")
      .data(this.nodes, (d) => d.id)
      .join((enter) => enter.append("g").call((g) => g.append("title")))
      .attr("data-id", (d) => d.id)
      .attr("data-kind", (d) => d.node.kind)
      .attr("data-label", (d) => d.node.label)
      .attr("data-references", (d) => d.node.references)
      .attr("cursor", "grab");
    nodes.each(function (d) {
      drawShape(select(this), d);
    });
    nodes.select("title").text((d) => t("mapNodeTitle", { label: d.node.label, references: countNoun(d.node.references, "reference") }));
    nodes
      .call(this.dragBehavior())
      .on("dblclick", (event: MouseEvent, d) => {
        event.stopPropagation();
        this.unpin(d);
      })
      .on("mouseenter", (_, d) => this.highlight(d))
      .on("mouseleave", () => this.highlight(null));

    this.labelLayer
      .selectAll<SVGTextElement, MapNode>("text")
      .data(this.nodes, (d) => d.id)
      .join("text")
      .each(function (d) {
        writeLabel(select<SVGTextElement, MapNode>(this), d);
      });
    this.ticked();
  }

  private ticked = (): void => {
    this.nodeLayer.selectAll<SVGGElement, MapNode>("g").attr("transform", (d) => `translate(${round(d.x ?? 0)},${round(d.y ?? 0)})`);
    this.labelLayer
      .selectAll<SVGTextElement, MapNode>("text")
      .attr("transform", (d) => `translate(${round(d.x ?? 0)},${round(d.y ?? 0)})`)
      .each(function (d) {
        const side = labelSide(d);
        if (side !== d.side) placeLabel(select<SVGTextElement, MapNode>(this), d, side);
      });
    this.linkLayer.selectAll<SVGPathElement, MapLink>("path").attr("d", linkPath);
  };

  private runForce(fresh: boolean): void {
    const simulation = forceLayout(this.nodes, this.links);
    this.simulation = simulation;
    simulation.on("tick", this.ticked).on("end", () => this.settled());
    if (!fresh) simulation.alpha(0.35);
    // The layout is computed unseen (drawing each step is what costs), so the map appears settled
    // and fitted at once; a large one that needs longer goes on settling in view.
    const started = performance.now();
    while (simulation.alpha() > simulation.alphaMin() && performance.now() - started < WARM_UP_MS) simulation.tick();
    this.ticked();
    if (fresh || !this.userZoomed) this.fit(false);
    if (simulation.alpha() > simulation.alphaMin()) simulation.restart();
    else this.settled();
  }

  /** Moves every node that is not pinned to its place in the radial layout, animated over `duration` ms. */
  private runRadial(duration: number): void {
    const from = this.nodes.map((d) => ({ x: d.x ?? 0, y: d.y ?? 0 }));
    const to = this.nodes.map((d): Point => (d.pinned && d.fx != null && d.fy != null ? { x: d.fx, y: d.fy } : d.home));
    const step = (progress: number) => {
      const e = easeCubicInOut(progress);
      this.nodes.forEach((d, i) => {
        d.x = from[i]!.x + (to[i]!.x - from[i]!.x) * e;
        d.y = from[i]!.y + (to[i]!.y - from[i]!.y) * e;
      });
      this.ticked();
    };
    if (duration === 0) {
      step(1);
      this.fit(false);
      this.settled();
      return;
    }
    this.animation = timer((elapsed) => {
      const progress = Math.min(1, elapsed / duration);
      step(progress);
      if (progress < 1) return;
      this.animation?.stop();
      this.animation = null;
      if (!this.userZoomed) this.fit(true);
      this.settled();
    });
  }

  private settled(): void {
    this.svg.attr("data-settled", "true");
    performance.mark(SETTLED_MARK);
  }

  private stopMotion(): void {
    this.simulation?.on("tick", null).on("end", null).stop();
    this.simulation = null;
    this.animation?.stop();
    this.animation = null;
  }

  private dragBehavior() {
    let moved = false;
    return drag<SVGGElement, MapNode>()
      .on("start", (event: DragEvent, d) => {
        moved = false;
        this.highlight(null);
        if (this.simulation && !event.active) this.simulation.alphaTarget(0.25).restart();
        d.fx = d.x;
        d.fy = d.y;
      })
      .on("drag", (event: DragEvent, d) => {
        moved = true;
        d.fx = event.x;
        d.fy = event.y;
        if (!this.simulation) {
          d.x = event.x;
          d.y = event.y;
          this.ticked();
        }
      })
      .on("end", (event: DragEvent, d) => {
        if (this.simulation && !event.active) this.simulation.alphaTarget(0);
        if (moved) d.pinned = true;
        else if (!d.pinned && !(d.id === TOPIC_NODE_ID && this.layout === "force")) d.fx = d.fy = null;
        this.showPins();
      });
  }

  /** Lets go of a pinned node: back to the centre (topic), its radial place, or the forces. */
  private unpin(d: MapNode): void {
    d.pinned = false;
    const pinTopic = d.id === TOPIC_NODE_ID && this.layout === "force";
    d.fx = pinTopic ? 0 : null;
    d.fy = pinTopic ? 0 : null;
    this.showPins();
    if (this.layout === "radial") this.runRadial(300);
    else if (this.simulation) this.simulation.alpha(0.3).restart();
  }

  private showPins(): void {
    this.nodeLayer
      .selectAll<SVGGElement, MapNode>("g")
      .attr("data-pinned", (d) => (d.pinned ? "true" : null))
      .select("[data-role=pin]")
      .attr("display", (d) => (d.pinned ? null : "none"));
  }

  /** On hover, everything but the node and its neighbours fades. */
  private highlight(d: MapNode | null): void {
    const near = new Set<string>();
    if (d) {
      near.add(d.id);
      for (const l of this.links) if (l.source === d || l.target === d) near.add(l.source.id).add(l.target.id);
    }
    const dim = (id: string) => (d && !near.has(id) ? 0.18 : null);
    this.nodeLayer.selectAll<SVGGElement, MapNode>("g").attr("opacity", (n) => dim(n.id));
    this.labelLayer.selectAll<SVGTextElement, MapNode>("text").attr("opacity", (n) => dim(n.id));
    this.linkLayer.selectAll<SVGPathElement, MapLink>("path").attr("opacity", (l) => (d && l.source !== d && l.target !== d ? 0.08 : null));
  }

}

/**
 * The node's shape: a pill for the topic, circles for themes and codes, rounded squares for cases;
 * and a dashed outline around it, shown while the node is pinned.
 */
function drawShape(g: Selection<SVGGElement, MapNode, null, undefined>, d: MapNode): void {
  const { kind } = d.node;
  g.selectAll("rect, circle").remove();
  const isCircle = kind === "theme" || kind === "code";
  let [width, height, corner] = [2 * d.r, 2 * d.r, 0];
  if (kind === "topic") {
    ({ width, height } = topicSize(d.node.label));
    d.r = width / 2;
    corner = height / 2;
  } else if (kind === "case") [width, height, corner] = [d.r * 1.7, d.r * 1.7, 3];
  const outline = (element: Selection<SVGRectElement | SVGCircleElement, MapNode, null, undefined>, grow: number) =>
    isCircle
      ? element.attr("r", round(d.r + grow))
      : element
          .attr("x", round(-width / 2 - grow))
          .attr("y", round(-height / 2 - grow))
          .attr("width", round(width + 2 * grow))
          .attr("height", round(height + 2 * grow))
          .attr("rx", round(corner + grow));
  const tag = isCircle ? "circle" : "rect";
  outline(g.insert<SVGRectElement | SVGCircleElement>(tag, "title"), 0)
    .attr("fill", nodeFill(d.node))
    .attr("stroke", nodeStroke(d.node))
    .attr("stroke-width", kind === "theme" ? 2.5 : kind === "case" ? 1.8 : 1.5);
  outline(g.insert<SVGRectElement | SVGCircleElement>(tag, "title"), 4)
    .attr("data-role", "pin")
    .attr("fill", "none")
    .attr("stroke", ACCENT)
    .attr("stroke-width", 1.5)
    .attr("stroke-dasharray", "3 2")
    .attr("display", d.pinned ? null : "none");
}

/** Straight links; co-occurrence links bow to one side so they stand apart from the structure. */
function linkPath(d: MapLink): string {
  const [x1, y1, x2, y2] = [d.source.x ?? 0, d.source.y ?? 0, d.target.x ?? 0, d.target.y ?? 0];
  if (d.link.kind !== "cooccurrence") return `M${round(x1)},${round(y1)}L${round(x2)},${round(y2)}`;
  const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
  const [dx, dy] = [x2 - x1, y2 - y1];
  // Bow away from the centre of the map.
  const sign = mx * -dy + my * dx >= 0 ? 1 : -1;
  const bend = 0.18 * sign;
  return `M${round(x1)},${round(y1)}Q${round(mx - dy * bend)},${round(my + dx * bend)} ${round(x2)},${round(y2)}`;
}

function linkTitle(link: ConceptLink, label: Map<string, string>): string {
  const weight = link.kind === "cooccurrence" ? t("mapSharedPassages", { count: link.weight }) : countNoun(link.weight, "reference");
  return t("mapLinkTitle", { source: label.get(link.source) ?? "", target: label.get(link.target) ?? "", weight });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
