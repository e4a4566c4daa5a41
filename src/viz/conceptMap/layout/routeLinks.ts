// Routing the map's links so that none passes through a node, or under a label, other than its
// two ends' own. A link is drawn straight, or along the shape its layout prefers (a curve, or a
// polyline such as the mind map's corridor between the codes and the cases), when that is clear;
// otherwise it goes round each obstacle in its way, past two corners of a box around it, and round
// whatever the detour meets in turn. Nodes are circles here (`radius` encloses the shape), labels
// boxes. Obstacles are found through a grid of cells, so a check looks only at its neighbourhood.
import { sampleQuadratic, segmentDistance, type Point } from "./geometry";

export interface Obstacle extends Point {
  /** The node it belongs to (its shape or its label): a link passes its own ends' obstacles. */
  id: string;
  /** A circle of radius `hw` round (x, y), or a box of half width `hw` and half height `hh`. */
  shape: "circle" | "box";
  hw: number;
  hh: number;
}

/** A shape a layout prefers for a link: a quadratic curve through a control point, or a polyline through points. */
export type PreferredShape = { control: Point } | { via: Point[] };

export interface RouteRequest {
  source: Point & { id: string };
  target: Point & { id: string };
  /** Shapes to try first, in order; without any, the straight line is tried first. */
  preferred?: PreferredShape[];
  /** Shapes to try when neither those, the straight line nor a gentle bow is clear, before detours. */
  fallback?: PreferredShape[];
}

/** A route as drawn: the SVG path data, and the points it passes through (curves sampled). */
export interface Route {
  d: string;
  points: Point[];
  /** False when no clear route was found within the detour limit (the route then crosses an obstacle). */
  clear: boolean;
}

/** Extra distance kept between a link and an obstacle it passes. */
const CLEARANCE = 2.5;
const MAX_DEPTH = 12;
/** Most obstacles one link may go round (each detour can meet others in turn). */
const DETOUR_BUDGET = 40;
const CELL = 60;
const cellKey = (gx: number, gy: number) => (gx + 32768) * 65536 + (gy + 32768);

export class LinkRouter {
  private readonly grid = new Map<number, number[]>();
  /** Per obstacle, the number of the last lookup that met it (so each is met once per lookup). */
  private readonly seen: Uint32Array;
  private lookup = 0;

  constructor(private readonly obstacles: Obstacle[]) {
    this.seen = new Uint32Array(obstacles.length);
    obstacles.forEach((o, index) => {
      const [rx, ry] = [o.hw + CLEARANCE, (o.shape === "circle" ? o.hw : o.hh) + CLEARANCE];
      for (let gx = Math.floor((o.x - rx) / CELL); gx <= Math.floor((o.x + rx) / CELL); gx++) {
        for (let gy = Math.floor((o.y - ry) / CELL); gy <= Math.floor((o.y + ry) / CELL); gy++) {
          const key = cellKey(gx, gy);
          const list = this.grid.get(key);
          if (list) list.push(index);
          else this.grid.set(key, [index]);
        }
      }
    });
  }

  route(request: RouteRequest): Route {
    const { source, target } = request;
    const ends = new Set([source.id, target.id]);
    const preferred = request.preferred ?? [];
    if (preferred.length === 0 && !this.blocking(source, target, ends)) return { d: `M${p(source)}L${p(target)}`, points: [source, target], clear: true };
    for (const shape of [...preferred, ...bows(source, target).map((control) => ({ control })), ...(request.fallback ?? [])]) {
      if ("via" in shape) {
        const points = [source, ...shape.via, target];
        if (this.polylineClear(points, ends)) return { d: `M${points.map(p).join("L")}`, points, clear: true };
        continue;
      }
      const { control } = shape;
      const points = sampleQuadratic(source, control, target, Math.max(24, Math.ceil(Math.hypot(target.x - source.x, target.y - source.y) / 12)));
      if (this.polylineClear(points, ends)) return { d: `M${p(source)}Q${p(control)} ${p(target)}`, points, clear: true };
    }
    const polyline = (points: Point[]): Route => ({ d: `M${points.map(p).join("L")}`, points, clear: this.polylineClear(points, ends) });
    const direct = polyline(this.detour(source, target, ends, 0, { left: DETOUR_BUDGET }));
    if (direct.clear) return direct;
    // Still blocked: by way of a point off to one side, detouring on each leg.
    for (const via of bows(source, target).map((c) => ({ x: (c.x + (source.x + target.x) / 2) / 2, y: (c.y + (source.y + target.y) / 2) / 2 })).concat(bows(source, target))) {
      if (this.inside(via, ends)) continue;
      const legs = [...this.detour(source, via, ends, 0, { left: DETOUR_BUDGET }), ...this.detour(via, target, ends, 0, { left: DETOUR_BUDGET }).slice(1)];
      const route = polyline(legs);
      if (route.clear) return route;
    }
    return direct;
  }

  /** The first obstacle (nearest to a) that the segment a–b passes through, its ends' excepted. */
  private blocking(a: Point, b: Point, ends: Set<string>): Obstacle | null {
    let found: Obstacle | null = null;
    let nearest = Infinity;
    this.forEachNear(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y), (o) => {
      if (ends.has(o.id)) return;
      const along = entry(o, a, b);
      if (along >= 0 && along < nearest) {
        nearest = along;
        found = o;
      }
    });
    return found;
  }

  /** Calls `visit` once for every obstacle in the grid cells the box covers, in a fixed order. */
  private forEachNear(x1: number, y1: number, x2: number, y2: number, visit: (o: Obstacle) => void): void {
    const lookup = ++this.lookup;
    for (let gx = Math.floor(x1 / CELL); gx <= Math.floor(x2 / CELL); gx++) {
      for (let gy = Math.floor(y1 / CELL); gy <= Math.floor(y2 / CELL); gy++) {
        const list = this.grid.get(cellKey(gx, gy));
        if (!list) continue;
        for (const index of list) {
          if (this.seen[index] === lookup) continue;
          this.seen[index] = lookup;
          visit(this.obstacles[index]!);
        }
      }
    }
  }

  private inside(point: Point, ends: Set<string>): boolean {
    let inside = false;
    this.forEachNear(point.x, point.y, point.x, point.y, (o) => {
      if (inside || ends.has(o.id)) return;
      if (o.shape === "circle") inside = Math.hypot(o.x - point.x, o.y - point.y) < o.hw + CLEARANCE;
      else inside = Math.abs(o.x - point.x) < o.hw + CLEARANCE && Math.abs(o.y - point.y) < o.hh + CLEARANCE;
    });
    return inside;
  }

  private polylineClear(points: Point[], ends: Set<string>): boolean {
    for (let i = 1; i < points.length; i++) if (this.blocking(points[i - 1]!, points[i]!, ends)) return false;
    return true;
  }

  /** a, then waypoints round every obstacle in the way, then b. */
  private detour(a: Point, b: Point, ends: Set<string>, depth: number, budget: { left: number }): Point[] {
    const o = depth < MAX_DEPTH && budget.left > 0 ? this.blocking(a, b, ends) : null;
    if (!o) return [a, b];
    budget.left--;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const d = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
    const n = { x: -d.y, y: d.x };
    // How far the obstacle reaches across the segment and along it.
    const across = support(o, n) + CLEARANCE;
    const ahead = support(o, d) + CLEARANCE;
    // Pass on the side of the obstacle the segment is already nearer to; the other when that side is taken.
    const cross = d.x * (o.y - a.y) - d.y * (o.x - a.x);
    const sides = cross > 0 ? [-1, 1] : [1, -1];
    for (const grow of [1.125, 1.65, 2.4]) {
      for (const side of sides) {
        const [rn, rd] = [across * grow, ahead * grow];
        const w1 = { x: o.x + side * n.x * rn - d.x * rd, y: o.y + side * n.y * rn - d.y * rd };
        const w2 = { x: o.x + side * n.x * rn + d.x * rd, y: o.y + side * n.y * rn + d.y * rd };
        if (this.inside(w1, ends) || this.inside(w2, ends)) continue;
        return [...this.detour(a, w1, ends, depth + 1, budget), ...this.detour(w1, w2, ends, depth + 1, budget).slice(1), ...this.detour(w2, b, ends, depth + 1, budget).slice(1)];
      }
    }
    return [a, b];
  }
}

/** How far the obstacle reaches from its centre in the unit direction u. */
function support(o: Obstacle, u: Point): number {
  return o.shape === "circle" ? o.hw : Math.abs(u.x) * o.hw + Math.abs(u.y) * o.hh;
}

/** Where along a–b (0 to 1) the segment enters the obstacle (kept CLEARANCE / 2 from it), or -1 when it misses. */
function entry(o: Obstacle, a: Point, b: Point): number {
  if (o.shape === "circle") {
    const { distance, along } = segmentDistance(o, a, b);
    return distance < o.hw + CLEARANCE / 2 ? along : -1;
  }
  // The slab test: the part of the segment within the box's x range and within its y range.
  let [t0, t1] = [0, 1];
  for (const [from, delta, centre, half] of [
    [a.x, b.x - a.x, o.x, o.hw + CLEARANCE / 2],
    [a.y, b.y - a.y, o.y, o.hh + CLEARANCE / 2],
  ] as const) {
    if (Math.abs(delta) < 1e-12) {
      if (Math.abs(from - centre) >= half) return -1;
      continue;
    }
    const [u, v] = [(centre - half - from) / delta, (centre + half - from) / delta];
    t0 = Math.max(t0, Math.min(u, v));
    t1 = Math.min(t1, Math.max(u, v));
    if (t0 >= t1) return -1;
  }
  return t0;
}

/** Control points bowing a link to either side, slightly first. */
function bows(a: Point, b: Point): Point[] {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  return [0.12, -0.12, 0.25, -0.25, 0.4, -0.4, 0.6, -0.6, 0.9, -0.9].map((bend) => ({ x: mid.x - dy * bend, y: mid.y + dx * bend }));
}

function p(point: Point): string {
  return `${round(point.x)},${round(point.y)}`;
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
