// Placing a concept map: the layout's positions (radial, or force started from the radial), then
// the user's pins, each label on the side facing away from the centre, overlaps pushed apart, and
// every link routed clear of the nodes it does not join. Pure and deterministic: the same graph,
// measures and pins give the same placement. The drawing (renderMap) only writes it out.
import { TOPIC_NODE_ID, type ConceptGraph, type ConceptLink, type ConceptNode } from "../../../core/analysis/conceptGraph";
import { runForceLayout, type ForceItem, type ForceLink } from "../forceLayout";
import { radialLayout } from "../radialLayout";
import type { Box, Point } from "./geometry";
import { enclosingRadius, labelBox, sideAwayFrom, type LabelMeasure, type LabelSide } from "./nodeGeometry";
import { LinkRouter, type Obstacle, type Route } from "./routeLinks";
import { separate } from "./separate";

export type PlacedLayout = "force" | "radial";

export interface NodeInput {
  node: ConceptNode;
  /** Half the shape's width and height. */
  half: { w: number; h: number };
  measure: LabelMeasure;
}

export interface PlacedNode {
  x: number;
  y: number;
  side: LabelSide;
}

export interface Placement {
  nodes: Map<string, PlacedNode>;
  /** By linkKey. */
  routes: Map<string, Route>;
}

export function linkKey(link: Pick<ConceptLink, "source" | "target">): string {
  return `${link.source} ${link.target}`;
}

export function placeMap(graph: ConceptGraph, inputs: Map<string, NodeInput>, layout: PlacedLayout, pins: ReadonlyMap<string, Point>): Placement {
  const width = (node: ConceptNode) => inputs.get(node.id)?.measure.width ?? 0;
  const radial = radialLayout(graph, width).positions;
  const centre = { x: 0, y: 0 };
  const shapeBox = (input: NodeInput): Box => ({ x: -input.half.w, y: -input.half.h, w: 2 * input.half.w, h: 2 * input.half.h });
  const items = graph.nodes.map((node) => {
    const input = inputs.get(node.id)!;
    const home = radial.get(node.id) ?? centre;
    const side = sideAwayFrom(node.kind, home.x, home.y, centre);
    return { node, input, home, side, x: home.x, y: home.y, pin: pins.get(node.id) ?? (node.id === TOPIC_NODE_ID ? centre : undefined) };
  });

  if (layout === "force") {
    const forceItems: ForceItem[] = items.map((item) => {
      const label = item.side === "inside" ? null : labelBox(item.side, item.input.half, item.input.measure);
      const shape = shapeBox(item.input);
      return { id: item.node.id, node: item.node, home: item.home, shape, label, x: item.pin?.x ?? item.home.x, y: item.pin?.y ?? item.home.y, fx: item.pin?.x, fy: item.pin?.y };
    });
    const byId = new Map(forceItems.map((f) => [f.id, f]));
    const links: ForceLink[] = graph.links.filter((l) => byId.has(l.source) && byId.has(l.target)).map((link) => ({ link, source: byId.get(link.source)!, target: byId.get(link.target)! }));
    runForceLayout(forceItems, links);
    items.forEach((item, i) => {
      item.x = forceItems[i]!.x ?? item.x;
      item.y = forceItems[i]!.y ?? item.y;
    });
  } else {
    for (const item of items) if (item.pin) [item.x, item.y] = [item.pin.x, item.pin.y];
  }

  const separable = items.map((item) => {
    const side = layout === "force" ? sideAwayFrom(item.node.kind, item.x, item.y, centre) : sideAwayFrom(item.node.kind, item.home.x, item.home.y, centre);
    item.side = side;
    return { x: item.x, y: item.y, shape: shapeBox(item.input), label: side === "inside" ? null : labelBox(side, item.input.half, item.input.measure), fixed: item.pin !== undefined };
  });
  separate(separable);

  const nodes = new Map<string, PlacedNode>();
  items.forEach((item, i) => nodes.set(item.node.id, { x: separable[i]!.x, y: separable[i]!.y, side: item.side }));
  const obstacles: Obstacle[] = items.map((item, i) => ({ id: item.node.id, x: separable[i]!.x, y: separable[i]!.y, radius: enclosingRadius(item.node.kind, item.input.half) }));
  const byId = new Map(obstacles.map((o) => [o.id, o]));
  const router = new LinkRouter(obstacles);
  const routes = new Map<string, Route>();
  for (const link of graph.links) {
    const [source, target] = [byId.get(link.source), byId.get(link.target)];
    if (!source || !target) continue;
    routes.set(linkKey(link), router.route({ source, target, curves: link.kind === "cooccurrence" ? curvesFor(source, target, layout) : undefined }));
  }
  return { nodes, routes };
}

/**
 * Control points to try for a co-occurrence link. Radial: curves bowing in towards the centre, inside
 * the rings, deeper ones first; force: a gentle bow to either side.
 */
function curvesFor(a: Point, b: Point, layout: PlacedLayout): Point[] {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (layout === "radial") return [0.55, 0.4, 0.7, 0.25, 0.85, 0.1].map((k) => ({ x: mid.x * k, y: mid.y * k }));
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const sign = mid.x * -dy + mid.y * dx >= 0 ? 1 : -1;
  return [0.18, -0.18, 0.32, -0.32].map((bend) => ({ x: mid.x - dy * bend * sign, y: mid.y + dx * bend * sign }));
}
