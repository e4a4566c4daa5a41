// Tallies of a coding comparison in one document at one codebook row: how many units were coded
// by exactly k of the m groups, split by whether the first group (A) coded them. Character units
// are counted by sweeping the groups' runs (interval arithmetic, never one entry per code point);
// sentence and paragraph units by marking the units each group's runs touch.
import type { TextRange } from "../ranges";
import type { UnitBounds } from "./units";

/** `counts[2k + 1]`: units coded by k groups, A among them; `counts[2k]`: by k groups, A not among them. */
export interface Tally {
  groups: number;
  counts: Float64Array;
}

export function emptyTally(groups: number): Tally {
  return { groups, counts: new Float64Array(2 * (groups + 1)) };
}

export function addTally(into: Tally, from: Tally): void {
  for (let i = 0; i < into.counts.length; i++) into.counts[i]! += from.counts[i]!;
}

/** A segment [start, end) coded by `k` groups, `a` telling whether A is among them. */
export type SegmentVisitor = (start: number, end: number, k: number, a: boolean) => void;

/**
 * Character units of a text of `length` code points; `runs[g]` is group g's sorted, disjoint runs.
 * Visits every coded segment (k > 0) in order when asked to.
 */
export function tallyCharacters(length: number, runs: readonly (readonly TextRange[])[], visit?: SegmentVisitor): Tally {
  const m = runs.length;
  const tally = emptyTally(m);
  const events: number[] = [];
  const kinds = 2 * m;
  runs.forEach((list, g) => {
    for (const { start, end } of list) {
      const [s, e] = [Math.max(0, start), Math.min(length, end)];
      if (s >= e) continue;
      events.push(s * kinds + 2 * g, e * kinds + 2 * g + 1);
    }
  });
  const keys = Float64Array.from(events).sort();
  let k = 0;
  let a = false;
  let at = 0;
  let covered = 0;
  for (const key of keys) {
    const kind = key % kinds;
    const position = (key - kind) / kinds;
    if (position > at && k > 0) {
      tally.counts[2 * k + (a ? 1 : 0)]! += position - at;
      covered += position - at;
      visit?.(at, position, k, a);
    }
    at = position;
    const ending = kind % 2 === 1;
    k += ending ? -1 : 1;
    if (kind < 2) a = !ending;
  }
  tally.counts[0]! += length - covered;
  return tally;
}

/** Sentence or paragraph units; visits every unit coded by at least one group, in order. */
export function tallyUnits(units: UnitBounds, runs: readonly (readonly TextRange[])[], visit?: SegmentVisitor): Tally {
  const m = runs.length;
  const tally = emptyTally(m);
  const count = units.starts.length;
  if (runs.every((list) => list.length === 0)) {
    tally.counts[0] = count;
    return tally;
  }
  const coders = new Int32Array(count);
  const byA = new Uint8Array(count);
  runs.forEach((list, g) => {
    let u = 0;
    let marked = -1;
    for (const { start, end } of list) {
      while (u < count && units.ends[u]! <= start) u++;
      for (let v = u; v < count && units.starts[v]! < end; v++) {
        if (v === marked || start >= end) continue;
        coders[v]!++;
        if (g === 0) byA[v] = 1;
        marked = v;
      }
    }
  });
  for (let u = 0; u < count; u++) {
    tally.counts[2 * coders[u]! + byA[u]!]!++;
    if (coders[u]! > 0) visit?.(units.starts[u]!, units.ends[u]!, coders[u]!, byA[u] === 1);
  }
  return tally;
}
