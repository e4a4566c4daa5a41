// The proximity operators of the coding queries, on sorted disjoint runs (code points):
// NEAR n keeps the left passages that overlap or touch a right passage, or have at most n whole
// words between them and one; PRECEDES keeps the left passages followed by a right passage (starting
// at or after the left one's end) with no line break between them, that is in the same paragraph.
import type { TextRange } from "../ranges";

export interface TextLayout {
  /** Start and end of every word-like segment, in order. */
  wordStarts: number[];
  wordEnds: number[];
  /** Offsets of the "\n" characters, in order. */
  lineBreaks: number[];
}

/** The number of sorted values below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whole words inside [from, to). */
function wordsBetween(layout: TextLayout, from: number, to: number): number {
  const endedBy = countBelow(layout.wordEnds, to + 1);
  const startedBefore = countBelow(layout.wordStarts, from);
  return Math.max(0, endedBy - startedBefore);
}

/** The index of the first run starting at or after `at`. */
function firstStartingFrom(runs: readonly TextRange[], at: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (runs[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function nearRuns(left: readonly TextRange[], right: readonly TextRange[], words: number, layout: TextLayout): TextRange[] {
  return left.filter((run) => {
    const after = firstStartingFrom(right, run.end);
    const before = right[after - 1];
    if (before && before.end >= run.start) return true;
    if (before && wordsBetween(layout, before.end, run.start) <= words) return true;
    const next = right[after];
    return next !== undefined && wordsBetween(layout, run.end, next.start) <= words;
  });
}

export function precedingRuns(left: readonly TextRange[], right: readonly TextRange[], layout: TextLayout): TextRange[] {
  return left.filter((run) => {
    const next = right[firstStartingFrom(right, run.end)];
    if (!next) return false;
    const breaksBefore = countBelow(layout.lineBreaks, run.end);
    return countBelow(layout.lineBreaks, next.start) === breaksBefore;
  });
}
