// Co-occurrence of codes: code × code (codes and themes in codebook order, a theme's coded text the
// union of its own and its descendants'), counting the passages or the documents two codes share.
// Passages follow the counting rule of codedRuns.ts: each coder's are counted apart.
import type { Code, Coding, Id } from "../model/types";
import { codebookRows, subtreeCodeIds } from "./codebookRows";
import { groupCodings, isCounted, referenceGroups, RunScanner } from "./codedRuns";
import { intersectRuns } from "./query/rangeSets";
import { unionRanges, type TextRange } from "./ranges";

/**
 * overlap: passages coded at both, a passage being a maximal run of the intersection of the two
 * codes' merged ranges of one coder in a document, summed over coders (one passage coded at two codes
 * counts once per coder; ranges that only touch share nothing); the diagonal holds each code's
 * references. document: documents coded at both; the diagonal holds each code's documents.
 */
export type CooccurrenceMode = "overlap" | "document";

export interface CooccurrenceInput {
  codes: Code[];
  codings: Coding[];
}

export interface CooccurrenceOptions {
  /** The old rule: passages of every coder together, so a passage counts once whatever its coder. */
  mergeCoders?: boolean;
}

export interface Cooccurrence {
  codes: { id: Id; path: string[] }[];
  /** Symmetric, indexed like `codes`. */
  counts: number[][];
}

export interface Passage {
  documentId: Id;
  start: number;
  end: number;
}

export function cooccurrence(input: CooccurrenceInput, mode: CooccurrenceMode, options: CooccurrenceOptions = {}): Cooccurrence {
  const rows = codebookRows(input.codes);
  const n = rows.length;
  const grouped = groupCodings(input.codings, new Map(rows.map((r, i) => [r.code.id, i])));
  const scanner = new RunScanner(
    grouped,
    rows.map((r) => r.lineage),
    n,
  );
  const counts = new Int32Array(n * n);
  const runs: Runs = { rows: [], starts: [], ends: [] };
  const collect = (codings: Int32Array) => {
    runs.rows.length = runs.starts.length = runs.ends.length = 0;
    scanner.scan(codings, (row, start, end) => {
      runs.rows.push(row);
      runs.starts.push(start);
      runs.ends.push(end);
    });
  };
  for (const group of grouped.byDocument.values()) {
    if (mode === "overlap") {
      for (const own of referenceGroups(grouped, group, options.mergeCoders)) {
        collect(own);
        countOverlaps(runs, counts, n);
      }
    } else {
      collect(group);
      const present = [...new Set(runs.rows)];
      for (const a of present) for (const b of present) counts[a * n + b]!++;
    }
  }
  return {
    codes: rows.map((r) => ({ id: r.code.id, path: r.path })),
    counts: rows.map((_, a) => Array.from(counts.subarray(a * n, (a + 1) * n))),
  };
}

/**
 * The passages behind a cell, for the drill-down, by document id then start: for overlap, the
 * intersection runs of each coder (one passage per coder who coded it at both, unless merged); for
 * document, the runs of the union of both codes' ranges in each document coded at both.
 */
export function cooccurrencePassages(input: CooccurrenceInput, codeA: Id, codeB: Id, mode: CooccurrenceMode, options: CooccurrenceOptions = {}): Passage[] {
  const rows = codebookRows(input.codes);
  const [a, b] = [codeA, codeB].map((id) => rows.findIndex((r) => r.code.id === id));
  if (a === undefined || b === undefined || a < 0 || b < 0) return [];
  const [inA, inB] = [subtreeCodeIds(rows, a), subtreeCodeIds(rows, b)];
  const perCoder = mode === "overlap" && !options.mergeCoders;
  const byDocument = new Map<Id, Map<Id, { a: TextRange[]; b: TextRange[] }>>();
  for (const c of input.codings) {
    if (!isCounted(c) || !(inA.has(c.codeId) || inB.has(c.codeId))) continue;
    const byCoder = byDocument.get(c.documentId) ?? new Map<Id, { a: TextRange[]; b: TextRange[] }>();
    byDocument.set(c.documentId, byCoder);
    const key = perCoder ? c.coderId : "";
    const ranges = byCoder.get(key) ?? { a: [], b: [] };
    byCoder.set(key, ranges);
    if (inA.has(c.codeId)) ranges.a.push(c);
    if (inB.has(c.codeId)) ranges.b.push(c);
  }
  const passages: Passage[] = [];
  for (const documentId of [...byDocument.keys()].sort()) {
    const shared: TextRange[] = [];
    const all = { a: [] as TextRange[], b: [] as TextRange[] };
    for (const ranges of byDocument.get(documentId)!.values()) {
      all.a.push(...ranges.a);
      all.b.push(...ranges.b);
      if (mode === "overlap") shared.push(...intersectRuns(unionRanges(ranges.a), unionRanges(ranges.b)));
    }
    if (mode === "document" && all.a.length > 0 && all.b.length > 0) shared.push(...unionRanges([...all.a, ...all.b]));
    shared.sort((x, y) => x.start - y.start || x.end - y.end);
    for (const { start, end } of shared) passages.push({ documentId, start, end });
  }
  return passages;
}

/** One document's maximal runs of every row, by run number. */
interface Runs {
  rows: number[];
  starts: number[];
  ends: number[];
}

/**
 * Adds one document's shared passages: sweeping the runs by start, each run meets the earlier runs
 * still open past its start. Runs of one row never overlap and intersections of maximal runs never
 * touch, so every overlapping pair of runs is exactly one passage.
 */
function countOverlaps({ rows, starts, ends }: Runs, counts: Int32Array, n: number): void {
  const count = rows.length;
  const keys = new Float64Array(count);
  for (let k = 0; k < count; k++) keys[k] = starts[k]! * count + k;
  keys.sort();
  const open = new Int32Array(count);
  let openCount = 0;
  for (const key of keys) {
    const k = key % count;
    const row = rows[k]!;
    let kept = 0;
    for (let o = 0; o < openCount; o++) {
      const other = open[o]!;
      if (ends[other]! <= starts[k]!) continue;
      open[kept++] = other;
      counts[rows[other]! * n + row]!++;
      counts[row * n + rows[other]!]!++;
    }
    counts[row * n + row]!++;
    open[kept] = k;
    openCount = kept + 1;
  }
}
