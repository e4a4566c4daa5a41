// The coding matrix: codebook rows (codes and themes) × columns (cases, documents, coders or the
// values of a case attribute), each cell a measure of the row's coded text in the column's documents
// by the counting rule of codedRuns.ts (references per coder, characters over the union of coders),
// with row, column and grand totals.
import type { AttributeDefinition, Case, CaseDocument, Code, Coder, Coding, Id } from "../model/types";
import { countWords } from "../text/canonical";
import { nameCollator } from "../text/names";
import { codePointLength, OffsetIndex, sliceCodePoints } from "../text/offsets";
import { codebookRows, subtreeCodeIds } from "./codebookRows";
import { groupCodings, isCounted, referenceGroups, RunScanner } from "./codedRuns";
import { matrixColumns, type ColumnSpec, type MatrixColumn } from "./matrixColumns";

export { NO_VALUE_COLUMN_ID, type ColumnSpec } from "./matrixColumns";

/**
 * references: maximal runs of each coder's coded text at the row, summed over coders and the column's
 * documents (with `mergeCoders`, the runs of all coders' text together); coded: 1 when
 * there is any; characters: code points coded; words: words in the coded runs (countWords per run);
 * coverage: characters coded ÷ code points of the column's documents × 100 (not rounded).
 */
export type Measure = "references" | "coded" | "characters" | "words" | "coverage";

/**
 * Documents come with their text: its length is measured only for coverage and its words counted
 * only for the words measure, so the other measures pay nothing for it.
 */
export interface MatrixInput {
  codes: Code[];
  codings: Coding[];
  documents: { id: Id; name: string; text: string; position?: number }[];
  cases: Case[];
  caseDocuments: CaseDocument[];
  attributes: AttributeDefinition[];
  coders: Coder[];
}

export interface MatrixOptions {
  columns: ColumnSpec;
  measure: Measure;
  /** The old rule for references: a passage counts once whatever its coder (default: once per coder). */
  mergeCoders?: boolean;
}

export interface MatrixRow {
  codeId: Id;
  path: string[];
  depth: number;
  isTheme: boolean;
  values: number[];
  /** The measure over all the columns' documents together (each document once), not a sum of the cells. */
  total: number;
}

export interface CodingMatrix {
  columns: { id: Id; name: string }[];
  /** Codebook order: a parent before its children, siblings by `order`. */
  rows: MatrixRow[];
  /**
   * Per column, the measure of "any code": the union of every code's ranges in the column, so a
   * passage coded at several codes counts once (references and coverage are not sums of the rows).
   */
  columnTotals: number[];
  /** "Any code" over all the columns' documents together. */
  grandTotal: number;
}

export function codingMatrix(input: MatrixInput, options: MatrixOptions): CodingMatrix {
  const { measure } = options;
  const rows = codebookRows(input.codes);
  const columns = matrixColumns(input, options.columns);
  const anyCode = rows.length;
  const width = columns.length;
  const grouped = groupCodings(input.codings, new Map(rows.map((r, i) => [r.code.id, i])));
  const scanner = new RunScanner(
    grouped,
    rows.map((r) => [...r.lineage, anyCode]),
    anyCode + 1,
  );
  const sums = new Float64Array((anyCode + 1) * width);
  const totals = new Float64Array(anyCode + 1);
  const lengths = new Float64Array(width);
  let totalLength = 0;

  /** References are counted per coder unless merged; every other measure takes the union of coders. */
  const perCoder = measure === "references" && !options.mergeCoders;
  const columnsOf = documentColumns(columns);
  const coderColumn = new Map(columns.flatMap((column, c) => (column.coderId === undefined ? [] : [[column.coderId, c] as const])));
  for (const document of input.documents) {
    const inColumns = columnsOf.get(document.id);
    if (!inColumns) continue;
    const length = measure === "coverage" ? codePointLength(document.text) : 0;
    for (const c of inColumns) lengths[c]! += length;
    totalLength += length;
    const group = grouped.byDocument.get(document.id);
    if (!group) continue;
    const value = runValue(measure, document.text);
    const counted = (codings: Int32Array) => (perCoder ? referenceGroups(grouped, codings) : [codings]);
    if (options.columns.kind !== "coders") {
      for (const codings of counted(group)) {
        scanner.scan(codings, (row, start, end) => {
          const v = value(start, end);
          for (const c of inColumns) sums[row * width + c]! += v;
          totals[row]! += v;
        });
      }
      continue;
    }
    // One group per coder column, each in order of start; per coder, the runs are the column's and,
    // for references, also the totals' (the coders added up). Other measures total the union.
    const byCoder = new Map<number, number[]>();
    const all: number[] = [];
    for (const i of group) {
      const c = coderColumn.get(input.codings[i]!.coderId);
      if (c === undefined) continue;
      all.push(i);
      const own = byCoder.get(c);
      if (own) own.push(i);
      else byCoder.set(c, [i]);
    }
    for (const [c, own] of byCoder) {
      scanner.scan(own, (row, start, end) => {
        const v = value(start, end);
        sums[row * width + c]! += v;
        if (perCoder) totals[row]! += v;
      });
    }
    if (!perCoder) scanner.scan(all, (row, start, end) => (totals[row]! += value(start, end)));
  }

  const finish = (sum: number, length: number) =>
    measure === "coded" ? (sum > 0 ? 1 : 0) : measure === "coverage" ? (length > 0 ? (sum / length) * 100 : 0) : sum;
  const cells = (row: number) => columns.map((_, c) => finish(sums[row * width + c]!, lengths[c]!));
  return {
    columns: columns.map(({ id, name }) => ({ id, name })),
    rows: rows.map((r, i) => ({ codeId: r.code.id, path: r.path, depth: r.depth, isTheme: r.isTheme, values: cells(i), total: finish(totals[i]!, totalLength) })),
    columnTotals: cells(anyCode),
    grandTotal: finish(totals[anyCode]!, totalLength),
  };
}

/**
 * The codings behind one cell, for the drill-down: the row's code and its descendants, in the
 * column's documents (and by its coder), counted ones only, by document name then start.
 */
export function cellCodings(input: MatrixInput, options: Pick<MatrixOptions, "columns">, rowCodeId: Id, columnId: Id): Coding[] {
  const rows = codebookRows(input.codes);
  const index = rows.findIndex((r) => r.code.id === rowCodeId);
  const column = matrixColumns(input, options.columns).find((c) => c.id === columnId);
  if (index < 0 || !column) return [];
  const codeIds = subtreeCodeIds(rows, index);
  const documentIds = new Set(column.documentIds);
  const name = new Map(input.documents.map((d) => [d.id, d.name]));
  return input.codings
    .filter((c) => isCounted(c) && codeIds.has(c.codeId) && documentIds.has(c.documentId) && (column.coderId === undefined || c.coderId === column.coderId))
    .sort(
      (a, b) =>
        nameCollator.compare(name.get(a.documentId)!, name.get(b.documentId)!) ||
        (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
        a.start - b.start ||
        a.end - b.end,
    );
}

/** Per document id, the columns it belongs to. */
function documentColumns(columns: readonly MatrixColumn[]): Map<Id, number[]> {
  const columnsOf = new Map<Id, number[]>();
  columns.forEach((column, c) => {
    for (const documentId of column.documentIds) {
      const list = columnsOf.get(documentId);
      if (list) list.push(c);
      else columnsOf.set(documentId, [c]);
    }
  });
  return columnsOf;
}

/** What one maximal run [start, end) adds to a cell before `finish`. */
function runValue(measure: Measure, text: string): (start: number, end: number) => number {
  switch (measure) {
    case "references":
    case "coded":
      return () => 1;
    case "characters":
    case "coverage":
      return (start, end) => end - start;
    case "words": {
      const index = new OffsetIndex(text);
      const at = (offset: number) => Math.min(offset, index.codePointLength);
      return (start, end) => countWords(sliceCodePoints(text, at(start), at(end), index));
    }
  }
}
