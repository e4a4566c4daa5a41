// Case-attribute tables as CSV: reading a headed CSV file into its header and line-numbered rows
// (the codebook reader uses this too), and writing a project's cases with their attribute values.
import Papa from "papaparse";
import { formatAttributeValue } from "../core/model/attributes";
import type { AttributeTableRow } from "../core/model/attributeTable";
import type { AttributeDefinition, Case } from "../core/model/types";
import { cleanName } from "../core/text/names";
import type { CsvOptions } from "./csvOptions";
import { restoreNeutralized, writeCsv } from "./csvWrite";
import { FileProblem } from "./importTypes";
import type { ProblemCode, ProblemValues } from "./problems";
import { INPUT_LIMITS } from "./inputLimits";

export interface CsvTable {
  header: string[];
  rows: AttributeTableRow[];
}

/** How many rows are read between two progress reports. */
const PROGRESS_ROWS = 2000;

const QUOTE_PROBLEMS: Partial<Record<Papa.ParseError["code"], ProblemCode>> = {
  MissingQuotes: "csvQuoteNotClosed",
  InvalidQuotes: "csvTextAfterQuote",
};

/**
 * Reads a CSV file whose delimiter (comma, semicolon or tab) is detected. A BOM is dropped, line endings become LF,
 * blank lines (also ones holding only delimiters) are skipped; each row keeps the line it starts on. A cell the
 * writer neutralized (`'=…`) is read without its '.
 * Malformed quotes, and a file, a row count or a row longer than the limits (see inputLimits), throw a FileProblem
 * naming that line; the header's names lose control characters.
 */
export function parseAttributeCsv(fileName: string, text: string, onProgress?: (fraction: number) => void): CsvTable {
  if (text.length > INPUT_LIMITS.csvBytes) {
    throw new FileProblem(fileName, "csvTooLarge", { limitBytes: INPUT_LIMITS.csvBytes });
  }
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: AttributeTableRow[] = [];
  let refusal: { code: ProblemCode; values?: ProblemValues } | null = null;
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    newline: "\n",
    step: (result, parser) => {
      const error = result.errors.find((e) => e.type === "Quotes");
      if (error) {
        refusal = QUOTE_PROBLEMS[error.code] ? { code: QUOTE_PROBLEMS[error.code]!, values: { line } } : { code: "csvUnreadable", values: { line, detail: error.message } };
        parser.abort();
        return;
      }
      if (result.data.length > INPUT_LIMITS.csvColumns) {
        refusal = { code: "csvTooManyColumns", values: { line, columns: result.data.length, limit: INPUT_LIMITS.csvColumns } };
        parser.abort();
        return;
      }
      if (result.data.some((cell) => cell.trim() !== "")) {
        if (records.length >= INPUT_LIMITS.csvRows) {
          refusal = { code: "csvTooManyRows", values: { limit: INPUT_LIMITS.csvRows } };
          parser.abort();
          return;
        }
        records.push({ line, cells: result.data.map(restoreNeutralized) });
        if (onProgress && records.length % PROGRESS_ROWS === 0) onProgress(result.meta.cursor / body.length);
      }
      line += countLineBreaks(body, start, result.meta.cursor);
      start = result.meta.cursor;
    },
  });
  const refused = refusal as { code: ProblemCode; values?: ProblemValues } | null; // set in the parser's callback
  if (refused !== null) throw new FileProblem(fileName, refused.code, refused.values);
  const [header, ...rows] = records;
  return { header: (header?.cells ?? []).map(cleanName), rows };
}

/** Header "case" and the attribute names in their order, then one row per case; number values as numbers. */
export function exportAttributeCsv(cases: Case[], attributes: AttributeDefinition[], options: CsvOptions): string {
  const ordered = [...attributes].sort((a, b) => a.order - b.order);
  return writeCsv(
    ["case", ...ordered.map((attribute) => attribute.name)],
    cases.map((c) => [
      c.name,
      ...ordered.map((attribute) => {
        const value = c.attributes[attribute.id] ?? null;
        return attribute.type === "number" && typeof value === "number" ? value : formatAttributeValue(attribute.type, value);
      }),
    ]),
    options,
  );
}

function detectDelimiter(body: string): string {
  return Papa.parse<string[]>(body, { delimitersToGuess: [",", ";", "\t"], skipEmptyLines: "greedy", preview: 20 }).meta
    .delimiter;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
