// Every CSV the workbench saves goes through one writer with the same options and note: here the
// codebook and the attribute table, with cells a spreadsheet would run as formulas.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();
const FORMULA = '=HYPERLINK("http://x","y")';

async function saveCsv(page: Page, exportName: string, shot?: string): Promise<string[][]> {
  await page.getByRole("button", { name: exportName }).click();
  const dialog = page.getByRole("dialog", { name: exportName });
  expect(await dialog.getByRole("checkbox", { name: "Neutralize cells a spreadsheet would run as formulas" }).isChecked()).toBe(true);
  expect(await dialog.textContent()).toContain("prefixed with ' so that spreadsheets show them as text");
  if (shot) await screenshot(page, shot);
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Save CSV" }).click()]);
  await dialog.getByRole("button", { name: "Close" }).click();
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { newline: "\r\n" }).data;
}

describe("CSV exports", () => {
  it("neutralizes a code named as a formula in the codebook CSV, and a case named so in the attribute table", async () => {
    const { context, page } = await openWorkbench(workbench());
    const tree = page.getByRole("tree", { name: "Codes" });
    await tree.getByRole("treeitem").filter({ hasText: "Pelayanan manual" }).first().click();
    await page.getByRole("button", { name: "New code", exact: true }).click();
    await page.getByLabel("Name of the new code").fill(FORMULA);
    await page.getByLabel("Name of the new code").press("Enter");
    await expect.poll(() => tree.locator(".code-name", { hasText: FORMULA }).count()).toBe(1);

    const codebook = await saveCsv(page, "Export codebook (CSV)", "csv-export-dialog");
    expect(codebook[0]).toEqual(["theme", "code", "description", "color"]);
    expect(codebook.filter((row) => row[1] === `'${FORMULA}`)).toHaveLength(1);
    expect(codebook.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);

    await page.getByRole("button", { name: "Cases", exact: true }).click();
    await page.getByLabel("Name of the new case").fill("@SUM(1+1)");
    await page.getByRole("button", { name: "Add case" }).click();
    const cases = await saveCsv(page, "Export attribute table (CSV)");
    expect(cases.map((row) => row[0])).toContain("'@SUM(1+1)");
    expect(cases.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    await context.close();
  });
});
