// The one CSV writer of Telaah: every table it writes (matrix, segments, co-occurrence, codebook,
// attribute table, in the app and on the command line) goes through writeCsv, with a BOM, a
// delimiter and formula neutralizing (OWASP "CSV injection") as options. Text cells that begin with
// = + - @, a tab or a line break get a leading ' so a spreadsheet shows them as text; number cells are
// written as numbers (with a decimal comma when asked) and never prefixed, so a column of negative
// numbers stays a column of numbers.
import Papa from "papaparse";

export interface CsvOptions {
  bom: boolean;
  delimiter: "," | ";";
  neutralizeFormulas: boolean;
  /** Numbers written 1,5 rather than 1.5, as spreadsheets in an Indonesian (or German, …) locale read them. */
  decimalComma?: boolean;
}

/** What every CSV export starts with: a BOM for Excel, commas, formula cells neutralized. */
export const DEFAULT_CSV_OPTIONS: CsvOptions = { bom: true, delimiter: ",", neutralizeFormulas: true };

export const FORMULA_NOTE =
  "Text cells that begin with = + - @, a tab or a line break are prefixed with ' so that spreadsheets show them as text (transcript lines often begin with -); numbers are written as numbers.";

/** A text cell (neutralized when it could start a formula), a number (never), or an empty cell. */
export type CsvCell = string | number | null;

export interface CsvLayout {
  /** Numbers are rounded to at most this many decimal places; exact (shortest round trip) when left out. */
  maximumFractionDigits?: number;
}

const FORMULA_START = /^[=+\-@\t\r\n]/;
/** A cell the writer neutralized: ' then a formula start; the readers take the ' off again. */
const NEUTRALIZED = /^'(?=[=+\-@\t\r\n])/;

/** RFC 4180 (cells with delimiters, quotes or line breaks quoted), rows ending with CRLF, no grouping in numbers. */
export function writeCsv(header: CsvCell[], rows: CsvCell[][], options: CsvOptions, layout: CsvLayout = {}): string {
  const numbers = new Intl.NumberFormat("en-US", {
    useGrouping: false,
    signDisplay: "negative",
    ...(layout.maximumFractionDigits === undefined
      ? { maximumSignificantDigits: 21 }
      : { maximumFractionDigits: layout.maximumFractionDigits }),
  });
  const cell = (value: CsvCell): string => {
    if (value === null) return "";
    if (typeof value === "number") return options.decimalComma ? numbers.format(value).replace(".", ",") : numbers.format(value);
    return options.neutralizeFormulas ? neutralizeFormula(value) : value;
  };
  const csv = Papa.unparse({ fields: header.map(cell), data: rows.map((row) => row.map(cell)) }, {
    delimiter: options.delimiter,
    newline: "\r\n",
    quotes: false,
  });
  return (options.bom ? "\uFEFF" : "") + csv;
}

/** A text that could start a spreadsheet formula, prefixed with '. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse for a cell read back from a file this writer neutralized: `'=x` is `=x` again. */
export function restoreNeutralized(cell: string): string {
  return cell.replace(NEUTRALIZED, "");
}
