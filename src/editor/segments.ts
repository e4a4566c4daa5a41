// Cuts a document's coded ranges into segments where the set of codings does not change, so
// that overlapping codings can each be drawn: one inline decoration per segment.

export interface RangeLike {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the codings covering the segment, shortest coding first. */
  ids: string[];
}

export function segmentRanges(ranges: RangeLike[]): Segment[] {
  const boundaries = new Set<number>();
  for (const r of ranges) {
    if (r.end > r.start) {
      boundaries.add(r.start);
      boundaries.add(r.end);
    }
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const starts = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  const open: RangeLike[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    while (next < starts.length && starts[next]!.start <= from) open.push(starts[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= from) open.splice(j, 1);
    if (open.length === 0) continue;
    const ids = [...open].sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id)).map((r) => r.id);
    segments.push({ start: from, end: to, ids });
  }
  return segments;
}
