// The options every CSV export shares, apart from the writer (csvWrite.ts) so that the export
// dialog can offer them without loading PapaParse with the page.

export interface CsvOptions {
  bom: boolean;
  delimiter: "," | ";";
  neutralizeFormulas: boolean;
  /** Numbers written 1,5 rather than 1.5, as spreadsheets in an Indonesian (or German, …) locale read them. */
  decimalComma?: boolean;
}

/** What every CSV export starts with: a BOM for Excel, commas, formula cells neutralized. */
export const DEFAULT_CSV_OPTIONS: CsvOptions = { bom: true, delimiter: ",", neutralizeFormulas: true };
