// Plane geometry for laying out the concept map, free of the DOM: boxes, their overlaps, the
// distance from a point to a segment, and quadratic curves sampled as polylines.

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function translateBox(box: Box, dx: number, dy: number): Box {
  return { x: box.x + dx, y: box.y + dy, w: box.w, h: box.h };
}

/** How far two boxes overlap along x and y (both positive when they overlap), with `pad` added around each. */
export function boxOverlap(a: Box, b: Box, pad: number): { ox: number; oy: number } {
  const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + pad;
  const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + pad;
  return { ox, oy };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  const { ox, oy } = boxOverlap(a, b, pad);
  return ox > 0 && oy > 0;
}

export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** The distance from `p` to the segment a–b, and where along it (0 at a, 1 at b) the nearest point lies. */
export function segmentDistance(p: Point, a: Point, b: Point): { distance: number; along: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const along = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return { distance: Math.hypot(a.x + along * dx - p.x, a.y + along * dy - p.y), along };
}

/** A quadratic Bézier curve from a through control c to b, as `steps` + 1 points. */
export function sampleQuadratic(a: Point, c: Point, b: Point, steps = 24): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({ x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y });
  }
  return points;
}

/** A pseudo-random source in [0, 1) from a seed (a linear congruential generator): the same seed, the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
