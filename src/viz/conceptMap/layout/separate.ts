// Removing overlaps from a laid-out map: every node is its shape's box and its label's box, and
// until no box of one node overlaps a box of another (with a gap), overlapping nodes are pushed
// apart along the axis where they overlap least. Fixed nodes stay; the others move. Deterministic:
// the same items in the same order give the same result. The pair search and the pushes are shared
// with the force layout's box collision (`pushApart`).
import type { Box } from "./geometry";

export interface SeparableItem {
  x: number;
  y: number;
  /** The node's shape and its label, relative to (x, y). */
  shape: Box;
  label: Box | null;
  /** Stays where it is; others move round it. */
  fixed: boolean;
}

/** The gap kept between boxes of different nodes, in map units. */
export const SEPARATION_GAP = 3;
const MAX_SWEEPS = 1000;

/** Moves items (in place) until none overlaps another; returns the number of overlaps that remain (both fixed, or too crowded). */
export function separate(items: SeparableItem[], gap = SEPARATION_GAP): number {
  const boxes = relativeBoxes(items);
  let remaining = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    remaining = pushApart(items, boxes, gap, 1, (item, dx, dy) => {
      item.x += dx;
      item.y += dy;
    });
    if (remaining === 0) break;
  }
  return remaining;
}

/** Per item, 8 numbers: its shape box and its label box (NaN when none) as left, top, right, bottom relative to its centre. */
export function relativeBoxes(items: { shape: Box; label: Box | null }[]): Float64Array {
  const boxes = new Float64Array(items.length * 8);
  items.forEach(({ shape, label }, i) => {
    boxes.set([shape.x, shape.y, shape.x + shape.w, shape.y + shape.h], i * 8);
    boxes.set(label ? [label.x, label.y, label.x + label.w, label.y + label.h] : [NaN, NaN, NaN, NaN], i * 8 + 4);
  });
  return boxes;
}

/**
 * One pass over the pairs whose outlines meet (found by sorting on the left edge): each overlap of a
 * box of one with a box of the other is pushed apart by `strength` times the overlap (plus the gap),
 * through `move`. Returns the number of overlaps found.
 */
export function pushApart<T extends { x?: number; y?: number; fixed?: boolean; fx?: number | null }>(
  items: T[],
  boxes: Float64Array,
  gap: number,
  strength: number,
  move: (item: T, dx: number, dy: number) => void,
): number {
  const n = items.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  // Each item's outline (the union of its boxes), absolute: left, top, right, bottom.
  const outline = new Float64Array(n * 4);
  for (let i = 0; i < n; i++) {
    x[i] = items[i]!.x ?? 0;
    y[i] = items[i]!.y ?? 0;
    const b = i * 8;
    const labelled = !Number.isNaN(boxes[b + 4]!);
    outline[i * 4] = x[i]! + (labelled ? Math.min(boxes[b]!, boxes[b + 4]!) : boxes[b]!);
    outline[i * 4 + 1] = y[i]! + (labelled ? Math.min(boxes[b + 1]!, boxes[b + 5]!) : boxes[b + 1]!);
    outline[i * 4 + 2] = x[i]! + (labelled ? Math.max(boxes[b + 2]!, boxes[b + 6]!) : boxes[b + 2]!);
    outline[i * 4 + 3] = y[i]! + (labelled ? Math.max(boxes[b + 3]!, boxes[b + 7]!) : boxes[b + 3]!);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => outline[a * 4]! - outline[b * 4]! || a - b);
  const fixed = (i: number) => items[i]!.fixed === true || (items[i]!.fx !== undefined && items[i]!.fx !== null);
  let overlaps = 0;
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      if (outline[j * 4]! > outline[i * 4 + 2]! + gap) break;
      // Outlines apart vertically (as they were at the start of the pass): no box can overlap.
      if (outline[j * 4 + 1]! > outline[i * 4 + 3]! + gap || outline[i * 4 + 1]! > outline[j * 4 + 3]! + gap) continue;
      for (let a = 0; a < 2; a++) {
        const ba = i * 8 + a * 4;
        if (Number.isNaN(boxes[ba]!)) continue;
        for (let c = 0; c < 2; c++) {
          const bc = j * 8 + c * 4;
          if (Number.isNaN(boxes[bc]!)) continue;
          const al = x[i]! + boxes[ba]!;
          const at = y[i]! + boxes[ba + 1]!;
          const ar = x[i]! + boxes[ba + 2]!;
          const ab = y[i]! + boxes[ba + 3]!;
          const cl = x[j]! + boxes[bc]!;
          const ct = y[j]! + boxes[bc + 1]!;
          const cr = x[j]! + boxes[bc + 2]!;
          const cb = y[j]! + boxes[bc + 3]!;
          const ox = Math.min(ar, cr) - Math.max(al, cl) + gap;
          const oy = Math.min(ab, cb) - Math.max(at, ct) + gap;
          if (ox <= 0 || oy <= 0) continue;
          overlaps++;
          const fi = fixed(i);
          const fj = fixed(j);
          if (fi && fj) continue;
          const si = fi ? 0 : fj ? 1 : 0.5;
          const sj = fi ? 1 : fj ? 0 : 0.5;
          // A little more than the overlap, so that pushes converge instead of creeping.
          if (ox < oy) {
            const sign = cl + cr > al + ar ? 1 : cl + cr < al + ar ? -1 : i < j ? 1 : -1;
            const d = (ox + 0.01) * strength * sign;
            x[i] = x[i]! - d * si;
            x[j] = x[j]! + d * sj;
            move(items[i]!, -d * si, 0);
            move(items[j]!, d * sj, 0);
          } else {
            const sign = ct + cb > at + ab ? 1 : ct + cb < at + ab ? -1 : i < j ? 1 : -1;
            const d = (oy + 0.01) * strength * sign;
            y[i] = y[i]! - d * si;
            y[j] = y[j]! + d * sj;
            move(items[i]!, 0, -d * si);
            move(items[j]!, 0, d * sj);
          }
        }
      }
    }
  }
  return overlaps;
}
