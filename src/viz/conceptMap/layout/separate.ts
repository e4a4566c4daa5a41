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
  const left = new Float64Array(n);
  const right = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = items[i]!.x ?? 0;
    y[i] = items[i]!.y ?? 0;
    const b = i * 8;
    left[i] = x[i]! + Math.min(boxes[b]!, Number.isNaN(boxes[b + 4]!) ? Infinity : boxes[b + 4]!);
    right[i] = x[i]! + Math.max(boxes[b + 2]!, Number.isNaN(boxes[b + 6]!) ? -Infinity : boxes[b + 6]!);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => left[a]! - left[b]! || a - b);
  const fixed = (i: number) => items[i]!.fixed === true || (items[i]!.fx !== undefined && items[i]!.fx !== null);
  let overlaps = 0;
  for (let oi = 0; oi < n; oi++) {
    const i = order[oi]!;
    for (let oj = oi + 1; oj < n; oj++) {
      const j = order[oj]!;
      if (left[j]! > right[i]! + gap) break;
      for (let a = 0; a < 2; a++) {
        const ba = i * 8 + a * 4;
        if (Number.isNaN(boxes[ba]!)) continue;
        for (let c = 0; c < 2; c++) {
          const bc = j * 8 + c * 4;
          if (Number.isNaN(boxes[bc]!)) continue;
          const [al, at, ar, ab] = [x[i]! + boxes[ba]!, y[i]! + boxes[ba + 1]!, x[i]! + boxes[ba + 2]!, y[i]! + boxes[ba + 3]!];
          const [cl, ct, cr, cb] = [x[j]! + boxes[bc]!, y[j]! + boxes[bc + 1]!, x[j]! + boxes[bc + 2]!, y[j]! + boxes[bc + 3]!];
          const ox = Math.min(ar, cr) - Math.max(al, cl) + gap;
          const oy = Math.min(ab, cb) - Math.max(at, ct) + gap;
          if (ox <= 0 || oy <= 0) continue;
          overlaps++;
          const [fi, fj] = [fixed(i), fixed(j)];
          if (fi && fj) continue;
          const [si, sj] = fi ? [0, 1] : fj ? [1, 0] : [0.5, 0.5];
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
