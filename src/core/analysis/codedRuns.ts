// The counting rule, in one place (fixtures/banten/README.md, NVivo's): the codings that count,
// grouped by document in order of start; a scanner that turns a group into the maximal runs of every
// row's coded text (a theme's: the union of its own and its descendants' ranges), each row's runs
// merged where they overlap or touch; and the split of a group by coder, since references are
// counted per coder (two coders' codings of one passage are two references) while characters,
// words and coverage take the union over all coders.
import type { Coding, Id } from "../model/types";

export interface GroupedCodings {
  /** Per coding: its row, or -1 when it does not count (orphaned, empty, at a code without a row). */
  rowOf: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** Per coding: a number for its coder. */
  coderOf: Int32Array;
  /** Coding numbers per document id, sorted by start. */
  byDocument: Map<Id, Int32Array>;
}

/** Whether a coding counts at all: not orphaned, and covering at least one code point. */
export function isCounted(coding: Pick<Coding, "orphaned" | "start" | "end">): boolean {
  return !coding.orphaned && coding.start < coding.end;
}

/** One pass over the codings; `rowIndex` maps a code id to its row. */
export function groupCodings(codings: readonly Pick<Coding, "codeId" | "documentId" | "coderId" | "start" | "end" | "orphaned">[], rowIndex: ReadonlyMap<Id, number>): GroupedCodings {
  const count = codings.length;
  const rowOf = new Int32Array(count).fill(-1);
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const documentOf = new Int32Array(count);
  const coderOf = new Int32Array(count);
  const coderNumbers = new Map<Id, number>();
  const numbers = new Map<Id, number>();
  const documentIds: Id[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const c = codings[i]!;
    const row = rowIndex.get(c.codeId);
    if (row === undefined || !isCounted(c)) continue;
    let n = numbers.get(c.documentId);
    if (n === undefined) {
      numbers.set(c.documentId, (n = documentIds.push(c.documentId) - 1));
      sizes.push(0);
    }
    sizes[n]!++;
    documentOf[i] = n;
    let coder = coderNumbers.get(c.coderId);
    if (coder === undefined) coderNumbers.set(c.coderId, (coder = coderNumbers.size));
    coderOf[i] = coder;
    rowOf[i] = row;
    starts[i] = c.start;
    ends[i] = c.end;
  }
  // One block of keys per document; keys start × count + coding number sort in order of start
  // (exact: offsets are whole numbers, never negative).
  const offsets = new Int32Array(sizes.length + 1);
  sizes.forEach((size, n) => (offsets[n + 1] = offsets[n]! + size));
  const filled = offsets.slice(0, -1);
  const keys = new Float64Array(offsets[sizes.length]!);
  for (let i = 0; i < count; i++) if (rowOf[i]! >= 0) keys[filled[documentOf[i]!]!++] = starts[i]! * count + i;
  const order = new Int32Array(keys.length);
  const byDocument = new Map<Id, Int32Array>();
  documentIds.forEach((documentId, n) => {
    const [from, to] = [offsets[n]!, offsets[n + 1]!];
    keys.subarray(from, to).sort();
    for (let k = from; k < to; k++) order[k] = keys[k]! % count;
    byDocument.set(documentId, order.subarray(from, to));
  });
  return { rowOf, starts, ends, coderOf, byDocument };
}

/**
 * The groups whose runs are references: one per coder, each in order of start (a single-coder group
 * as it is); with `mergeCoders`, the old rule, the whole group, so that a passage counts once
 * whatever its coder.
 */
export function referenceGroups(codings: GroupedCodings, group: Int32Array, mergeCoders = false): Int32Array[] {
  if (mergeCoders || group.length === 0) return [group];
  const { coderOf } = codings;
  const first = coderOf[group[0]!]!;
  if (group.every((i) => coderOf[i] === first)) return [group];
  const byCoder = new Map<number, number[]>();
  for (const i of group) {
    const own = byCoder.get(coderOf[i]!);
    if (own) own.push(i);
    else byCoder.set(coderOf[i]!, [i]);
  }
  return [...byCoder.values()].map((own) => Int32Array.from(own));
}

/** Emits, for a sorted group of codings, every row's maximal runs (each row's in order of start). */
export class RunScanner {
  private readonly runStart: Float64Array;
  private readonly runEnd: Float64Array;
  private readonly openIn: Int32Array;
  private scans = 0;

  /** `lineages[row]`: the rows whose coded text includes that row's codings (itself, its ancestors, …). */
  constructor(
    private readonly codings: GroupedCodings,
    private readonly lineages: readonly (readonly number[])[],
    rowCount: number,
  ) {
    this.runStart = new Float64Array(rowCount);
    this.runEnd = new Float64Array(rowCount);
    this.openIn = new Int32Array(rowCount);
  }

  scan(group: ArrayLike<number>, emit: (row: number, start: number, end: number) => void): void {
    const scan = ++this.scans;
    const { rowOf, starts, ends } = this.codings;
    const { runStart, runEnd, openIn } = this;
    const open: number[] = [];
    for (let k = 0; k < group.length; k++) {
      const i = group[k]!;
      const start = starts[i]!;
      const end = ends[i]!;
      for (const row of this.lineages[rowOf[i]!]!) {
        const isOpen = openIn[row] === scan;
        if (isOpen && start <= runEnd[row]!) {
          if (end > runEnd[row]!) runEnd[row] = end;
          continue;
        }
        if (isOpen) emit(row, runStart[row]!, runEnd[row]!);
        else {
          openIn[row] = scan;
          open.push(row);
        }
        runStart[row] = start;
        runEnd[row] = end;
      }
    }
    for (const row of open) emit(row, runStart[row]!, runEnd[row]!);
  }
}
