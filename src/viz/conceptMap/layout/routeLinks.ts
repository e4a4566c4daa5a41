// Routing the map's links so that none passes through a node other than its two ends. A link is
// drawn straight, or as the curve its layout prefers, when that is clear of every other node;
// otherwise it goes round each node in its way, past two corners of a square around the node, and
// round whatever the detour meets in turn. Nodes are circles here (`radius` encloses the shape).
import { sampleQuadratic, segmentDistance, type Point } from "./geometry";

export interface Obstacle extends Point {
  id: string;
  radius: number;
}

export interface RouteRequest {
  source: Obstacle;
  target: Obstacle;
  /** Control points of quadratic curves to try first, in order (the layout's preferred shapes). */
  curves?: Point[];
}

/** A route as drawn: the SVG path data, and the points it passes through (curves sampled). */
export interface Route {
  d: string;
  points: Point[];
  /** False when no clear route was found within the detour limit (the route then crosses a node). */
  clear: boolean;
}

/** Extra distance kept between a link and a node it passes. */
const CLEARANCE = 2.5;
const MAX_DEPTH = 12;
/** Most obstacles one link may go round (each detour can meet others in turn). */
const DETOUR_BUDGET = 40;
const CELL = 80;

export class LinkRouter {
  private readonly grid = new Map<string, Obstacle[]>();

  constructor(obstacles: Obstacle[]) {
    for (const o of obstacles) {
      const reach = o.radius + CLEARANCE;
      for (let gx = Math.floor((o.x - reach) / CELL); gx <= Math.floor((o.x + reach) / CELL); gx++) {
        for (let gy = Math.floor((o.y - reach) / CELL); gy <= Math.floor((o.y + reach) / CELL); gy++) {
          const key = `${gx},${gy}`;
          const list = this.grid.get(key);
          if (list) list.push(o);
          else this.grid.set(key, [o]);
        }
      }
    }
  }

  route(request: RouteRequest): Route {
    const { source, target } = request;
    const ends = new Set([source.id, target.id]);
    const preferred = request.curves ?? [];
    if (preferred.length === 0 && !this.blocking(source, target, ends)) return { d: `M${p(source)}L${p(target)}`, points: [source, target], clear: true };
    for (const control of [...preferred, ...bows(source, target)]) {
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

  /** The first obstacle (nearest to a) that the segment a–b passes through, ends excepted. */
  private blocking(a: Point, b: Point, ends: Set<string>): Obstacle | null {
    let found: Obstacle | null = null;
    let nearest = Infinity;
    for (const o of this.candidates(a, b)) {
      if (ends.has(o.id)) continue;
      const { distance, along } = segmentDistance(o, a, b);
      if (distance < o.radius + CLEARANCE / 2 && along < nearest) {
        nearest = along;
        found = o;
      }
    }
    return found;
  }

  /** Obstacles in the grid cells the segment's box covers, each once, in a fixed order. */
  private candidates(a: Point, b: Point): Obstacle[] {
    const seen = new Set<Obstacle>();
    for (let gx = Math.floor(Math.min(a.x, b.x) / CELL); gx <= Math.floor(Math.max(a.x, b.x) / CELL); gx++) {
      for (let gy = Math.floor(Math.min(a.y, b.y) / CELL); gy <= Math.floor(Math.max(a.y, b.y) / CELL); gy++) {
        for (const o of this.grid.get(`${gx},${gy}`) ?? []) seen.add(o);
      }
    }
    return [...seen];
  }

  private inside(point: Point, ends: Set<string>): boolean {
    return this.candidates(point, point).some((o) => !ends.has(o.id) && Math.hypot(o.x - point.x, o.y - point.y) < o.radius + CLEARANCE);
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
    // Pass on the side of the obstacle the segment is already nearer to; the other when that side is taken.
    const cross = d.x * (o.y - a.y) - d.y * (o.x - a.x);
    const sides = cross > 0 ? [-1, 1] : [1, -1];
    for (const grow of [1.5, 2.2, 3.2]) {
      for (const side of sides) {
        const r = (o.radius + CLEARANCE) * grow * 0.75;
        const w1 = { x: o.x + side * n.x * r - d.x * r, y: o.y + side * n.y * r - d.y * r };
        const w2 = { x: o.x + side * n.x * r + d.x * r, y: o.y + side * n.y * r + d.y * r };
        if (this.inside(w1, ends) || this.inside(w2, ends)) continue;
        return [...this.detour(a, w1, ends, depth + 1, budget), ...this.detour(w1, w2, ends, depth + 1, budget).slice(1), ...this.detour(w2, b, ends, depth + 1, budget).slice(1)];
      }
    }
    return [a, b];
  }
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
