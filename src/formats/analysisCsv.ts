// Analysis tables for spreadsheets, R and pandas: a matrix in wide form, the coded segments in long
// form (one row per coding), co-occurrence and the coding comparison's agreement table, written by
// the one CSV writer (csvWrite.ts), with column headers in the UI's language (English machine names
// by default).
import type { AgreementRow } from "../core/analysis/agreement";
import { nameKey } from "../core/model/attributeTable";
import { formatAttributeValue } from "../core/model/attributes";
import type { AttributeDefinition, Case, Code, Coding, Id, ProjectContent } from "../core/model/types";
import { nameCollator } from "../core/text/names";
import type { CsvOptions } from "./csvOptions";
import { writeCsv, type CsvCell } from "./csvWrite";

export interface AnalysisCsvOptions extends CsvOptions {
  /** Column headers; English machine names when left out. */
  headers?: CsvHeaders;
}

const SEGMENT_COLUMNS = ["document", "case", "theme", "code", "code_path", "start", "end", "text", "coder", "created"] as const;

export type SegmentColumn = (typeof SEGMENT_COLUMNS)[number];

/** The headers of the exported tables, in one language. */
export interface CsvHeaders {
  segments: Record<SegmentColumn, string>;
  /** The matrix's path column below the code (level 2: "code 2"). */
  codeLevel(level: number): string;
  total: string;
  /** The header of an attribute named like a fixed column: "Generation (attribute)". */
  attributeColumn(name: string): string;
  /** The agreement table's columns after the path (English machine names when left out). */
  agreement?: Record<AgreementColumn, string>;
}

const AGREEMENT_COLUMNS = ["document", "units", "agreement", "kappa", "fleiss", "alpha", "a_only", "b_only", "both", "neither"] as const;

export type AgreementColumn = (typeof AGREEMENT_COLUMNS)[number];

export const ENGLISH_CSV_HEADERS: CsvHeaders = {
  segments: { document: "document", case: "case", theme: "theme", code: "code", code_path: "code_path", start: "start", end: "end", text: "text", coder: "coder", created: "created" },
  codeLevel: (level) => `code ${level}`,
  total: "total",
  attributeColumn: (name) => `${name} (attribute)`,
};

export interface CsvMatrix {
  columns: { name: string }[];
  /** `path`: names from the theme down; a theme's own row has a path of one name. */
  rows: { path: string[]; values: number[]; total: number }[];
}

/** One coded segment for the command line; `path` holds the code's names from its theme down. */
export interface SegmentRow {
  document: string;
  case: string;
  path: string[];
  start: number;
  end: number;
  text: string;
  coder: string;
}

/** A table as CSV and the Excel workbook write it: header and rows of text, numbers and empty cells. */
export interface AnalysisTable {
  fields: string[];
  rows: CsvCell[][];
}

/** Columns theme, code (code 2, code 3… for deeper paths), one per matrix column, then total. */
export function matrixTable(matrix: CsvMatrix, headers: CsvHeaders = ENGLISH_CSV_HEADERS): AnalysisTable {
  const pathColumns = pathHeaders(matrix.rows, headers);
  return {
    fields: [...pathColumns, ...matrix.columns.map((column) => column.name), headers.total],
    rows: matrix.rows.map((row) => [...pathColumns.map((_, i) => row.path[i] ?? ""), ...row.values, row.total]),
  };
}

/** Theme, code, then code 2, code 3… as deep as the longest path goes. */
function pathHeaders(rows: readonly { path: string[] }[], headers: CsvHeaders): string[] {
  const depth = Math.max(2, ...rows.map((row) => row.path.length));
  return Array.from({ length: depth }, (_, i) => (i === 0 ? headers.segments.theme : i === 1 ? headers.segments.code : headers.codeLevel(i)));
}

export function matrixCsv(matrix: CsvMatrix, options: AnalysisCsvOptions): string {
  const { fields, rows } = matrixTable(matrix, options.headers);
  return writeCsv(fields, rows, options, MATRIX_LAYOUT);
}

/**
 * One row per coding that is not orphaned: document, case, the case attributes, theme, code, code_path, start, end
 * (code points), text, coder, created. An attribute named like a fixed column gets the suffix " (attribute)".
 */
/** What the coded segments are written from: a project's records, documents by id and name only. */
export type SegmentsSource = Pick<ProjectContent, "codes" | "codings" | "cases" | "caseDocuments" | "attributes" | "coders"> & {
  documents: { id: Id; name: string }[];
};

export function codedSegmentsCsv(content: SegmentsSource, options: AnalysisCsvOptions): string {
  const { fields, rows } = segmentsTable(content, options.headers);
  return writeCsv(fields, rows, options);
}

export function segmentsTable(content: SegmentsSource, headers: CsvHeaders = ENGLISH_CSV_HEADERS): AnalysisTable {
  const columns = SEGMENT_COLUMNS.map((column) => headers.segments[column]);
  const attributes = [...content.attributes].sort((a, b) => a.order - b.order);
  const fixed = new Set(columns.map(nameKey));
  const attributeColumns = attributes.map((a) => (fixed.has(nameKey(a.name)) ? headers.attributeColumn(a.name) : a.name));
  return {
    fields: [...columns.slice(0, 2), ...attributeColumns, ...columns.slice(2)],
    rows: segments(content).map(({ document, cases, path, coding, coder }) => [
      document.name,
      caseNames(cases),
      ...attributes.map((attribute) => attributeCell(attribute, cases)),
      path[0] ?? "",
      path.length > 1 ? path[path.length - 1]! : "",
      path.join(" / "),
      coding.start,
      coding.end,
      coding.quote,
      coder,
      coding.created ?? "",
    ]),
  };
}

/** The rows of codedSegmentsCsv, in the same order, as plain data. */
export function segmentsJsonRows(content: SegmentsSource): SegmentRow[] {
  return segments(content).map(({ document, cases, path, coding, coder }) => ({
    document: document.name,
    case: caseNames(cases),
    path,
    start: coding.start,
    end: coding.end,
    text: coding.quote,
    coder,
  }));
}

interface Segment {
  document: { id: Id; name: string };
  cases: Case[];
  path: string[];
  coding: Coding;
  coder: string;
}

/** Codings that are not orphaned, by document name (numeric-aware), start and code path. */
function segments(content: SegmentsSource): Segment[] {
  const documents = new Map(content.documents.map((d) => [d.id, d]));
  const codes = new Map(content.codes.map((c) => [c.id, c]));
  const cases = new Map(content.cases.map((c) => [c.id, c]));
  const coders = new Map(content.coders.map((c) => [c.id, c.name]));
  // Each document's cases and each code's path, once, not once per coding.
  const casesOf = new Map<Id, Case[]>();
  for (const link of content.caseDocuments) {
    const linked = cases.get(link.caseId);
    if (!linked) continue;
    const list = casesOf.get(link.documentId);
    if (list) list.push(linked);
    else casesOf.set(link.documentId, [linked]);
  }
  for (const list of casesOf.values()) list.sort((a, b) => nameCollator.compare(a.name, b.name));
  const paths = new Map<Id, string[]>();
  const pathOf = (codeId: Id) => paths.get(codeId) ?? paths.set(codeId, codePath(codes, codeId)).get(codeId)!;
  return content.codings
    .flatMap((coding) => {
      const document = documents.get(coding.documentId);
      if (coding.orphaned || !document) return [];
      return [{ document, cases: casesOf.get(document.id) ?? [], path: pathOf(coding.codeId), coding, coder: coders.get(coding.coderId) ?? "" }];
    })
    .sort(
      (a, b) =>
        nameCollator.compare(a.document.name, b.document.name) ||
        a.document.id.localeCompare(b.document.id) ||
        a.coding.start - b.coding.start ||
        nameCollator.compare(a.path.join(" / "), b.path.join(" / ")),
    );
}

/** Names from the top-level ancestor down to the code; a missing parent ends the climb. */
function codePath(codes: Map<Id, Code>, codeId: Id): string[] {
  const path: Code[] = [];
  for (let code = codes.get(codeId); code && !path.includes(code); code = codes.get(code.parentId ?? "")) {
    path.unshift(code);
  }
  return path.map((code) => code.name);
}

function caseNames(cases: Case[]): string {
  return cases.map((c) => c.name).join("; ");
}

/** The cases' distinct values (blanks left out) joined with "; "; one number value is a number, never neutralized. */
function attributeCell(attribute: AttributeDefinition, cases: Case[]): CsvCell {
  const values = new Map(cases.map((c) => c.attributes[attribute.id] ?? null).map((v) => [formatAttributeValue(attribute.type, v), v]));
  values.delete("");
  const [only] = values.values();
  return attribute.type === "number" && values.size === 1 && typeof only === "number" ? only : [...values.keys()].join("; ");
}

/** The co-occurrence table: a `code` column (the path joined with " / "), then one column per code. */
export function cooccurrenceCsv(table: { codes: { path: string[] }[]; counts: number[][] }, options: AnalysisCsvOptions): string {
  const names = table.codes.map((c) => c.path.join(" / "));
  const headers = options.headers ?? ENGLISH_CSV_HEADERS;
  return writeCsv([headers.segments.code, ...names], table.counts.map((row, i) => [names[i]!, ...row]), options, MATRIX_LAYOUT);
}

/** Counts and coverage: a plain decimal with at most 4 decimal places. */
const MATRIX_LAYOUT = { maximumFractionDigits: 4 };

/** One row of the coding comparison (core's AgreementRow), with its document's name (null for the pooled row). */
export type CsvAgreementRow = Pick<AgreementRow, "path" | "units" | "agreement" | "kappa" | "fleiss" | "alpha" | "aOnly" | "bOnly" | "both" | "neither"> & {
  document: string | null;
};

/**
 * Columns theme, code (code 2… for deeper paths), document (empty for a row pooled over the
 * documents), units, agreement (percent), kappa, fleiss, alpha (empty when undefined), a_only,
 * b_only, both, neither.
 */
export function agreementCsv(rows: readonly CsvAgreementRow[], options: AnalysisCsvOptions): string {
  const headers = options.headers ?? ENGLISH_CSV_HEADERS;
  const pathColumns = pathHeaders(rows, headers);
  return writeCsv(
    [...pathColumns, ...AGREEMENT_COLUMNS.map((column) => headers.agreement?.[column] ?? column)],
    rows.map((row) => [
      ...pathColumns.map((_, i) => row.path[i] ?? ""),
      row.document ?? "",
      row.units, row.agreement, row.kappa, row.fleiss, row.alpha, row.aOnly, row.bOnly, row.both, row.neither,
    ]),
    options,
    MATRIX_LAYOUT,
  );
}

/** One disagreement between two sides: where one side alone coded a code, and who on it did. */
export interface CsvDisagreementRow {
  document: string;
  path: string[];
  start: number;
  end: number;
  text: string;
  codedBy: string[];
}

/** Columns document, code (the path joined with " / "), start, end (code points), text, coded_by (names joined with "; "). */
export function disagreementsCsv(rows: readonly CsvDisagreementRow[], options: CsvOptions): string {
  return writeCsv(
    ["document", "code", "start", "end", "text", "coded_by"],
    rows.map((row) => [row.document, row.path.join(" / "), row.start, row.end, row.text, row.codedBy.join("; ")]),
    options,
  );
}
