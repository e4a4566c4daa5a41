// The Excel workbook read back with exceljs: one sheet per table plus the sheet on counting rules
// and options, numbers stored as numbers, frozen header row and first column, fitted widths, theme
// rows in bold, and text cells neutralized like the CSV's. Counts come from the Banten study's own
// files (tests/support/studyReference), not from the app's matrix.
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { codingMatrix } from "../../../src/core/analysis/matrix";
import { matrixTable, segmentsTable } from "../../../src/formats/analysisCsv";
import { analysisWorkbook } from "../../../src/formats/analysisXlsx";
import { codebookRows } from "../../../src/formats/codebookCsv";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { setLanguage } from "../../../src/lang";
import { exportHeaders } from "../../../src/lang/exportHeaders";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { referenceCountIn, studyRows } from "../../support/studyReference";

const INFORMANTS = ["Informan A", "Informan B", "Informan C", "Informan D", "Informan E", "Informan F"];

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe("the analysis workbook", () => {
  afterAll(() => setLanguage("en"));

  it("holds the matrix, the segments, the codebook and the notes, with numbers as numbers, frozen panes and fitted widths", async () => {
    await setLanguage("id");
    const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    const matrix = codingMatrix(content, { columns: { kind: "cases" }, measure: "references" });
    // A code name that a spreadsheet would run as a formula.
    const withFormula = { ...content, codes: content.codes.map((c, i) => (i === 0 ? { ...c, name: "=1+1" } : c)) };
    const headers = exportHeaders();
    const bytes = await analysisWorkbook(
      {
        matrix: { name: "Matriks", ...matrixTable(matrix, headers), themeRows: matrix.rows.map((r) => r.isTheme) },
        segments: { name: "Segmen berkode", ...segmentsTable(withFormula, headers) },
        codebook: { name: "Buku kode", fields: ["tema", "kode", "Deskripsi", "Warna"], rows: codebookRows(withFormula.codes) },
        about: { name: "Keterangan", fields: ["Butir", "Isi"], rows: [["Ukuran", "Referensi"], ["Penetralan rumus", "aktif"]] },
      },
      new Date("2024-11-03T10:00:00Z"),
      { neutralizeFormulas: true },
    );
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Matriks", "Segmen berkode", "Buku kode", "Keterangan"]);

    const sheet = workbook.getWorksheet("Matriks")!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(["tema", "kode", ...INFORMANTS, "jumlah"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.rowCount).toBe(1 + matrix.rows.length);
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const theme = String(row.getCell(1).value);
      const code = String(row.getCell(2).value ?? "");
      const codes = code ? [code] : [...new Set(studyRows().filter((s) => s.theme === theme).map((s) => s.code))];
      INFORMANTS.forEach((informant, i) => {
        const cell = row.getCell(3 + i);
        expect(cell.type).toBe(ExcelJS.ValueType.Number);
        expect(cell.value).toBe(referenceCountIn(codes, informant));
      });
      expect(row.font?.bold ?? false).toBe(code === "");
    }
    // Widths fit the longest cell of each column (within 6 to 60 characters).
    const longestCode = Math.max(...matrix.rows.map((r) => (r.path[1] ?? "").length));
    expect(sheet.getColumn(2).width).toBe(Math.min(60, Math.max(6, longestCode + 2)));

    const segments = workbook.getWorksheet("Segmen berkode")!;
    const segmentHeader = (segments.getRow(1).values as unknown[]).slice(1) as string[];
    expect(segmentHeader.slice(0, 2)).toEqual(["dokumen", "kasus"]);
    expect(segments.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    const start = segmentHeader.indexOf("awal") + 1;
    expect(segments.rowCount - 1).toBe(studyRows().length);
    for (let r = 2; r <= segments.rowCount; r++) expect(segments.getRow(r).getCell(start).type).toBe(ExcelJS.ValueType.Number);
    const codeColumn = segmentHeader.indexOf("kode") + 1;
    const themeColumn = segmentHeader.indexOf("tema") + 1;
    const cells = Array.from({ length: segments.rowCount - 1 }, (_, i) => segments.getRow(i + 2));
    const neutralized = cells.flatMap((row) => [row.getCell(themeColumn).value, row.getCell(codeColumn).value]).filter((v) => String(v).includes("=1+1"));
    expect(neutralized.length).toBeGreaterThan(0);
    expect(new Set(neutralized)).toEqual(new Set(["'=1+1"]));
    expect(cells.every((row) => row.getCell(themeColumn).type !== ExcelJS.ValueType.Formula)).toBe(true);

    const codebook = workbook.getWorksheet("Buku kode")!;
    expect(codebook.rowCount - 1).toBe(content.codes.length);
    const about = workbook.getWorksheet("Keterangan")!;
    expect(about.getRow(2).values).toEqual([undefined, "Ukuran", "Referensi"]);
  });
});
