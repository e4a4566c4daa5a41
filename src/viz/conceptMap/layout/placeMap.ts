// Placing a concept map: the layout's positions (radial, or force started from the radial), then
// the user's pins, each label on the side facing away from the centre, overlaps pushed apart, and
// every link routed clear of the nodes and labels it does not join (in the mind map, case links by
// way of the corridor round the codes). Pure and deterministic: the same graph, measures and pins
// give the same placement. The drawing (renderMap) only writes it out.
import { TOPIC_NODE_ID, type ConceptGraph, type ConceptLink, type ConceptNode } from "../../../core/analysis/conceptGraph";
import { runForceLayout, type ForceItem, type ForceLink } from "../forceLayout";
import { radialLayout, type Ring } from "../radialLayout";
import { alongCorridor, findCorridor, type Corridor, type CorridorWay } from "./corridor";
import { translateBox, type Box, type Point } from "./geometry";
import { enclosingRadius, labelBox, sideAwayFrom, type LabelMeasure, type LabelSide } from "./nodeGeometry";
import { LinkRouter, type Obstacle, type PreferredShape, type Route } from "./routeLinks";
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
  const { positions: radial, rings } = radialLayout(graph, width);
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
  const obstacles: Obstacle[] = [];
  items.forEach((item, i) => {
    const { x, y, label } = separable[i]!;
    // Squares (cases) and the topic's pill are kept out of as boxes, diamonds and circles as circles.
    const { kind } = item.node;
    const radius = enclosingRadius(kind, item.input.half);
    if (kind === "case" || kind === "topic") obstacles.push({ id: item.node.id, x, y, shape: "box", hw: item.input.half.w, hh: item.input.half.h });
    else obstacles.push({ id: item.node.id, x, y, shape: "circle", hw: radius, hh: radius });
    if (label) obstacles.push({ id: item.node.id, x: x + label.x + label.w / 2, y: y + label.y + label.h / 2, shape: "box", hw: label.w / 2, hh: label.h / 2 });
  });
  const byId = new Map(items.map((item, i) => [item.node.id, { id: item.node.id, x: separable[i]!.x, y: separable[i]!.y }]));
  const router = new LinkRouter(obstacles);
  // The corridors: between the codes and the cases, and between the themes and the codes. The mind
  // map's links prefer them; the force layout's go round them only when nothing straighter is clear.
  const outer = rings.case ? corridorOf(rings.case, items, separable, (kind) => kind === "case") : null;
  const inner = layout === "radial" ? corridorOf(rings.code, items, separable, (kind) => kind === "code", (kind) => kind === "case") : null;
  const lanes = new Map(graph.nodes.filter((n) => n.kind === "case").map((n, i) => [n.id, i]));
  const routes = new Map<string, Route>();
  for (const link of graph.links) {
    const [source, target] = [byId.get(link.source), byId.get(link.target)];
    if (!source || !target) continue;
    let preferred: PreferredShape[] = [];
    let fallback: PreferredShape[] = [];
    if (link.kind === "case" && outer) {
      const lane = lanes.size > 1 ? 0.8 * ((2 * (lanes.get(link.source) ?? 0)) / (lanes.size - 1) - 1) : 0;
      const ways = viaCorridor(outer, source, target, [{ lane }, { lane, sharp: true }, { lane, longWay: true }]);
      if (layout === "radial") preferred = ways;
      else fallback = ways;
    } else if (link.kind === "cooccurrence") {
      preferred = curvesFor(source, target, layout).map((control) => ({ control }));
      if (inner) fallback.push(...viaCorridor(inner, source, target, [{}, { sharp: true }, { longWay: true }]));
      // Else round the outside of the codes, along the inner edge of the cases' corridor.
      if (outer) fallback.push(...viaCorridor(outer, source, target, [{ lane: -0.95 }, { lane: -0.95, longWay: true }]));
    }
    routes.set(linkKey(link), router.route({ source, target, preferred, fallback }));
  }
  return { nodes, routes };
}

/** The corridor round the nodes within a ring (`isOutside` tells those outside it; `isIgnored` those that count for neither side). */
function corridorOf(ring: Ring, items: { node: ConceptNode }[], placed: { x: number; y: number; shape: Box; label: Box | null }[], isOutside: (kind: ConceptNode["kind"]) => boolean, isIgnored: (kind: ConceptNode["kind"]) => boolean = () => false): Corridor | null {
  const inside: Box[] = [];
  const outside: Box[] = [];
  items.forEach((item, i) => {
    if (isIgnored(item.node.kind)) return;
    const { x, y, shape, label } = placed[i]!;
    const boxes = isOutside(item.node.kind) ? outside : inside;
    boxes.push(translateBox(shape, x, y));
    if (label) boxes.push(translateBox(label, x, y));
  });
  return findCorridor(ring, inside, outside, 5);
}

/** Ways round the corridor. */
function viaCorridor(corridor: Corridor, source: Point, target: Point, ways: CorridorWay[]): PreferredShape[] {
  return ways.map((way) => ({ via: alongCorridor(corridor, source, target, way) }));
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
