// Set operations on coded text as sorted, disjoint runs (code points, half-open): intersection and
// difference of two unions, for the coding queries, co-occurrence and the comparison's overlay.
// Inputs are the output of unionRanges.
import type { TextRange } from "../ranges";

/** The text covered by both run lists. */
export function intersectRuns(a: readonly TextRange[], b: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (start < end) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

/** The text covered by `a` and not by `b`. */
export function subtractRuns(a: readonly TextRange[], b: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let j = 0;
  for (const run of a) {
    let start = run.start;
    while (j < b.length && b[j]!.end <= start) j++;
    for (let k = j; k < b.length && b[k]!.start < run.end; k++) {
      if (b[k]!.start > start) out.push({ start, end: b[k]!.start });
      start = Math.max(start, b[k]!.end);
    }
    if (start < run.end) out.push({ start, end: run.end });
  }
  return out;
}
