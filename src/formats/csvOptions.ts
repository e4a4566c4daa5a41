// The options every CSV Telaah writes shares (csvWrite.ts writes them), their defaults and the note
// on formula neutralizing; apart from the writer, so that the export dialog loads without PapaParse.

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
