// The mind map's corridors: elliptical bands of a ring's proportions, midway between the farthest
// reach of what lies within (shapes and labels) and the nearest reach of what lies without. A case
// link runs from its case into the corridor between the codes and the cases, round it to its
// code's angle and in to the code, so that case links never cut across the codes' labels or the
// middle of the map; a co-occurrence link that no simple curve can draw runs round a corridor too.
// Each case has a lane of its own (a parallel ellipse), so its links can be followed.
import type { Box, Point } from "./geometry";
import type { Ring } from "../radialLayout";

export interface Corridor {
  /** The ring's proportions: in its units (x / rx, y / ry) the band is a circle round the origin. */
  ring: Ring;
  /** The corridor's middle and half its width, in ring units. */
  middle: number;
  half: number;
}

export interface CorridorWay {
  /** Where across the corridor the lane runs, from -1 (its inner edge) to 1 (its outer edge). */
  lane?: number;
  /** Turns into the lane at once instead of swinging in. */
  sharp?: boolean;
  /** Goes the longer way round. */
  longWay?: boolean;
}

/** Angular step between the corridor's points: small enough that the polyline reads as a curve. */
const STEP = 0.03;
/** How far along the corridor, in map units, a link takes to swing in from its end. */
const SWING = 45;

/**
 * The corridor between `inside` (absolute boxes of everything within it) and `outside`, keeping
 * `margin` map units from both, or null when there is no room for it all round.
 */
export function findCorridor(ring: Ring, inside: Box[], outside: Box[], margin: number): Corridor | null {
  if (inside.length === 0 || outside.length === 0) return null;
  let reach = 0;
  for (const b of inside) {
    for (const x of [b.x, b.x + b.w]) for (const y of [b.y, b.y + b.h]) reach = Math.max(reach, Math.hypot(x / ring.rx, y / ring.ry));
  }
  let near = Infinity;
  for (const b of outside) {
    // The box's nearest point to the centre, in ring units.
    const [x1, x2, y1, y2] = [b.x / ring.rx, (b.x + b.w) / ring.rx, b.y / ring.ry, (b.y + b.h) / ring.ry];
    near = Math.min(near, Math.hypot(Math.max(x1, Math.min(0, x2)), Math.max(y1, Math.min(0, y2))));
  }
  const half = (near - reach) / 2 - margin / Math.min(ring.rx, ring.ry);
  return half > 0 ? { ring, middle: (reach + near) / 2, half } : null;
}

/** Points from `from` to `to` by way of the corridor, each end swinging smoothly into the lane; the two ends themselves are not included. */
export function alongCorridor(corridor: Corridor, from: Point, to: Point, way: CorridorWay = {}): Point[] {
  const { ring } = corridor;
  const polar = (p: Point) => ({ angle: Math.atan2(p.y / ring.ry, p.x / ring.rx), radius: Math.hypot(p.x / ring.rx, p.y / ring.ry) });
  const [a, b] = [polar(from), polar(to)];
  let turn = b.angle - a.angle;
  if (turn > Math.PI) turn -= 2 * Math.PI;
  if (turn < -Math.PI) turn += 2 * Math.PI;
  if (way.longWay) turn -= Math.sign(turn || 1) * 2 * Math.PI;
  const lane = corridor.middle + corridor.half * Math.max(-1, Math.min(1, way.lane ?? 0));
  const swing = way.sharp ? 0 : Math.min(Math.abs(turn) / 2, SWING / (lane * Math.min(ring.rx, ring.ry)));
  const ease = (d: number) => (swing === 0 || d >= swing ? 0 : 1 - smoothstep(d / swing));
  const steps = Math.max(2, Math.ceil(Math.abs(turn) / STEP));
  const points: Point[] = [];
  for (let i = way.sharp ? 0 : 1; i <= (way.sharp ? steps : steps - 1); i++) {
    const angle = a.angle + (turn * i) / steps;
    const done = Math.abs(turn * i) / steps;
    const radius = lane + (a.radius - lane) * ease(done) + (b.radius - lane) * ease(Math.abs(turn) - done);
    points.push({ x: ring.rx * radius * Math.cos(angle), y: ring.ry * radius * Math.sin(angle) });
  }
  return points;
}

function smoothstep(t: number): number {
  return t * t * (3 - 2 * t);
}
