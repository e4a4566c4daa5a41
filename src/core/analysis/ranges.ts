// Unions of coded ranges (code points, half-open): the coded text of a theme in a document and its
// references, the maximal runs. Ranges that overlap or touch merge; empty ranges cover nothing.

export interface TextRange {
  start: number;
  end: number;
}

/** The maximal runs covered by the ranges, sorted by start. */
export function unionRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges.filter((r) => r.start < r.end).sort((a, b) => a.start - b.start);
  const runs: TextRange[] = [];
  let last: TextRange | undefined;
  for (const { start, end } of sorted) {
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else runs.push((last = { start, end }));
  }
  return runs;
}

/** Code points covered by the ranges, each counted once however many ranges cover it. */
export function totalLength(ranges: readonly TextRange[]): number {
  return unionRanges(ranges).reduce((sum, r) => sum + r.end - r.start, 0);
}
