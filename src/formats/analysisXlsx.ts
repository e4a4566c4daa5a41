// Excel workbooks of the analysis (exceljs): the matrix with its theme rows in bold, the coded
// segments with case attributes, the codebook, and a sheet that says how the figures were counted
// and with which options. Numbers are numbers; the header row and first column are frozen; column
// widths fit their contents. Text cells that could start a formula are neutralized as the CSV's are
// (csvWrite.ts), when asked.
import ExcelJS from "exceljs";
import type { AnalysisTable } from "./analysisCsv";
import { neutralizeFormula, type CsvCell } from "./csvWrite";

type NamedTable = AnalysisTable & { name: string };

export interface WorkbookSheets {
  matrix: NamedTable & { /** Per row: true for a theme's row. */ themeRows: boolean[] };
  segments: NamedTable;
  codebook: NamedTable;
  /** Label and value pairs: the counting rules and the export's options. */
  about: { name: string; fields: [string, string]; rows: [string, string][] };
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

export async function analysisWorkbook(sheets: WorkbookSheets, created: Date, options: { neutralizeFormulas: boolean }): Promise<Uint8Array> {
  const text = (cell: CsvCell) => (typeof cell === "string" && options.neutralizeFormulas ? neutralizeFormula(cell) : cell);
  const addSheet = (table: NamedTable, styleRow?: (row: ExcelJS.Row, index: number) => void) => {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
    sheet.addRow(table.fields.map(text)).font = { bold: true };
    table.rows.forEach((values, index) => {
      const row = sheet.addRow(values.map(text));
      styleRow?.(row, index);
    });
    table.fields.forEach((field, i) => {
      sheet.getColumn(i + 1).width = fittedWidth([text(field), ...table.rows.map((row) => text(row[i] ?? null))]);
    });
  };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Telaah";
  workbook.created = created;
  addSheet(sheets.matrix, (row, index) => {
    if (sheets.matrix.themeRows[index]) row.font = { bold: true };
  });
  addSheet(sheets.segments);
  addSheet(sheets.codebook);
  const about = workbook.addWorksheet(sheets.about.name);
  about.addRow(sheets.about.fields).font = { bold: true };
  for (const row of sheets.about.rows) about.addRow(row.map(text));
  about.getColumn(1).width = fittedWidth([sheets.about.fields[0], ...sheets.about.rows.map((r) => r[0])]);
  about.getColumn(2).width = MAX_WIDTH * 2;
  about.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The width of a column, in characters: its longest line, within bounds. */
function fittedWidth(cells: CsvCell[]): number {
  const longest = Math.max(0, ...cells.map((cell) => Math.max(...String(cell ?? "").split("\n").map((line) => [...line].length))));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
