// The Explore view's tables as CSV, through the one CSV writer: search hits (with their context) and
// query passages, the word table, words compared per group (one count column per group) and the
// saturation curve; column headers in the UI's language (English machine names by default).
import type { WordCount } from "../core/analysis/wordFrequency";
import type { CsvOptions } from "./csvOptions";
import { writeCsv } from "./csvWrite";

const COLUMNS = ["document", "start", "end", "text", "before", "after", "word", "count", "documents", "new_codes", "new_code_count", "codes_so_far"] as const;
export type ExploreColumn = (typeof COLUMNS)[number];
export type ExploreHeaders = Record<ExploreColumn, string>;

export const ENGLISH_EXPLORE_HEADERS = Object.fromEntries(COLUMNS.map((c) => [c, c])) as ExploreHeaders;

export interface PassageRow {
  document: string;
  start: number;
  end: number;
  text: string;
  before?: string;
  after?: string;
}

/** Hits or passages, one row each; the context columns only when the rows have context. */
export function passagesCsv(rows: readonly PassageRow[], options: CsvOptions, headers = ENGLISH_EXPLORE_HEADERS): string {
  const context = rows.some((r) => r.before !== undefined);
  const header = [headers.document, headers.start, headers.end, headers.text, ...(context ? [headers.before, headers.after] : [])];
  return writeCsv(header, rows.map((r) => [r.document, r.start, r.end, r.text, ...(context ? [r.before ?? "", r.after ?? ""] : [])]), options);
}

export function wordsCsv(words: readonly WordCount[], options: CsvOptions, headers = ENGLISH_EXPLORE_HEADERS): string {
  return writeCsv([headers.word, headers.count, headers.documents], words.map((w) => [w.word, w.count, w.documents]), options);
}

/** Words against groups: a count column per group, in the groups' order. */
export function wordComparisonCsv(words: readonly string[], groups: readonly { name: string; counts: ReadonlyMap<string, number> }[], options: CsvOptions, headers = ENGLISH_EXPLORE_HEADERS): string {
  return writeCsv([headers.word, ...groups.map((g) => g.name)], words.map((w) => [w, ...groups.map((g) => g.counts.get(w) ?? 0)]), options);
}

export function saturationCsv(points: readonly { document: string; newCodes: readonly string[]; total: number }[], options: CsvOptions, headers = ENGLISH_EXPLORE_HEADERS): string {
  return writeCsv(
    [headers.document, headers.new_code_count, headers.new_codes, headers.codes_so_far],
    points.map((p) => [p.document, p.newCodes.length, p.newCodes.join("; "), p.total]),
    options,
  );
}
