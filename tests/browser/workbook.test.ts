// The Excel workbook from the matrix view, in Indonesian: downloaded, read back with exceljs in
// Node, its sheets named in Indonesian, and its matrix the same figures as the CSV export beside it.
// The CSV export's Indonesian defaults (semicolon, decimal comma) are checked on the way.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe("the Excel workbook", () => {
  it("has the matrix, segments, codebook and notes sheets, with the CSV's figures as numbers", async () => {
    const context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto(workbench().url);
    await page.getByRole("navigation", { name: "Dokumen" }).waitFor();
    await page.getByRole("button", { name: "Matriks", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matriks" });
    await matrix.getByRole("button", { name: "Ekspor CSV" }).click();
    const dialog = page.getByRole("dialog", { name: "Ekspor CSV" });
    expect(await dialog.getByLabel("Pemisah").inputValue()).toBe(";");
    expect(await dialog.getByLabel(/Koma desimal/).isChecked()).toBe(true);

    const csv = await download(page, () => dialog.getByRole("button", { name: "Matriks seperti yang ditampilkan" }).click());
    expect(csv.name).toMatch(/ - matriks \(Referensi\)\.csv$/);
    const parsed = Papa.parse<string[]>(csv.bytes.toString("utf8").replace(/^\ufeff/, ""), { delimiter: ";", skipEmptyLines: true });
    const [csvHeader, ...csvRows] = parsed.data;
    expect(csvHeader![0]).toBe("tema");

    await page.keyboard.press("Escape");
    const xlsx = await download(page, () => matrix.getByRole("button", { name: "Buku kerja Excel (.xlsx)" }).click());
    expect(xlsx.name).toMatch(/ - analisis\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Matriks", "Segmen berkode", "Buku kode", "Keterangan"]);
    const sheet = workbook.getWorksheet("Matriks")!;
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
    expect(rows[0]).toEqual(csvHeader);
    // The CSV's decimal-comma text and the workbook's numbers are the same figures.
    expect(rows.slice(1).map((row) => row.map((v) => (v === undefined || v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v))))).toEqual(csvRows);
    expect(rows.slice(1).every((row) => row.slice(2).every((v) => typeof v === "number"))).toBe(true);
    const about = workbook.getWorksheet("Keterangan")!;
    expect(String(about.getRow(4).getCell(2).value)).toBe("Referensi");
    await context.close();
  });
});
