// The analysis views in a real browser, on the Banten demo: the references-by-informant matrix
// equals an independent count of the study's data, a cell drills down to its passages, both CSV
// exports parse back, and co-occurrence finds the Kompetensi × Peningkatan link of weight 2.
import Papa from "papaparse";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench, writeStore } from "../support/browser";
import type { Coder, Coding } from "../../src/core/model/types";
import { referenceCountIn, studyRows } from "../support/studyReference";

const workbench = useBrowserWorkbench();
const INFORMANTS = ["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`);
const THEMES = [...new Set(studyRows().map((r) => r.theme))];

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFile((await file.path())!, "utf8");
}

describe("matrix coding", () => {
  it("counts a second coder's codings of the same passages as references of their own, or once when asked", async () => {
    const { context, page } = await openWorkbench(workbench());
    const [me] = await readStore<Coder>(page, "coders");
    const codings = await readStore<Coding>(page, "codings");
    await writeStore(page, "coders", [{ ...me!, id: "second-coder", name: "Sari" }]);
    await writeStore(page, "codings", codings.map((c) => ({ ...c, id: `sari-${c.id}`, coderId: "second-coder" })));
    await page.reload();
    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matrix" });
    await matrix.locator("table").waitFor();
    const cell = (code: string, informant: string, value: number) => matrix.getByRole("button", { name: `${code} × ${informant}: ${value}`, exact: true });
    const once = referenceCountIn(["Respon admin lambat"], "Informan C");
    expect(once).toBeGreaterThan(0);
    await expect.poll(() => cell("Respon admin lambat", "Informan C", 2 * once).count()).toBe(1);
    await matrix.getByLabel("Count a passage once whatever its coder").check();
    await expect.poll(() => cell("Respon admin lambat", "Informan C", once).count()).toBe(1);
    await screenshot(page, "matrix-merge-coders");
    await context.close();
  });

  it("reproduces the study's references by informant, drills down and exports CSV", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matrix" });
    await matrix.locator("table").waitFor();
    expect(await matrix.locator("thead th").allTextContents()).toEqual(["Codes", ...INFORMANTS, "Total"]);

    // Every cell, codes and themes, against the independent count.
    for (const row of studyRows().map((r) => ({ theme: r.theme, code: r.code }))) {
      for (const informant of INFORMANTS) {
        const expected = referenceCountIn([row.code], informant);
        await expect.poll(() => matrix.getByRole("button", { name: `${row.code} × ${informant}: ${expected}`, exact: true }).count()).toBe(1);
      }
    }
    for (const theme of THEMES) {
      const codes = [...new Set(studyRows().filter((r) => r.theme === theme).map((r) => r.code))];
      for (const informant of INFORMANTS) {
        const expected = referenceCountIn(codes, informant);
        expect(await matrix.getByRole("button", { name: `${theme} × ${informant}: ${expected}`, exact: true }).count()).toBe(1);
      }
    }

    // Drill into a cell.
    await matrix.getByRole("button", { name: /^Efisiensi layanan × Informan B: / }).click();
    const drill = page.getByRole("region", { name: /Efisiensi layanan × Informan B/ });
    expect((await drill.locator("mark").allTextContents()).sort()).toEqual(
      studyRows().filter((r) => r.code === "Efisiensi layanan" && r.document === "Informan B").map((r) => r.passage).sort(),
    );
    await screenshot(page, "matrix");

    // Both exports parse back.
    await matrix.getByRole("button", { name: "Export CSV" }).click();
    const dialog = page.getByRole("dialog", { name: "Export CSV" });
    const matrixCsv = await download(page, () => dialog.getByRole("button", { name: "Matrix as shown" }).click());
    const parsed = Papa.parse<Record<string, string>>(matrixCsv.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(["theme", "code", ...INFORMANTS, "total"]);
    const gratifikasi = parsed.data.find((r) => r.code === "Gratifikasi")!;
    expect(Number(gratifikasi["Informan A"])).toBe(referenceCountIn(["Gratifikasi"], "Informan A"));
    const segmentsCsv = await download(page, () => dialog.getByRole("button", { name: "Coded segments (one row per coding)" }).click());
    const segments = Papa.parse<Record<string, string>>(segmentsCsv.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true }).data;
    expect(segments).toHaveLength(studyRows().length);
    expect(segments.map((s) => s.text).sort()).toEqual(studyRows().map((r) => r.passage).sort());
    await context.close();
  });
});

describe("co-occurrence", () => {
  it("counts the passage Kompetensi aparatur kurang shares with Peningkatan kompetensi", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Co-occurrence", exact: true }).click();
    const region = page.getByRole("region", { name: "Co-occurrence" });
    await expect.poll(() => region.getByRole("button", { name: "Kompetensi aparatur kurang × Peningkatan kompetensi: 2", exact: true }).count()).toBe(1);
    await region.getByRole("button", { name: "Kompetensi aparatur kurang × Peningkatan kompetensi: 2", exact: true }).click();
    const shared = studyRows().filter((r) => r.code === "Kompetensi aparatur kurang").map((r) => r.passage)
      .filter((p) => studyRows().some((r) => r.code === "Peningkatan kompetensi" && r.passage === p));
    expect((await page.getByRole("region", { name: /Kompetensi aparatur kurang × Peningkatan kompetensi/ }).locator("mark").allTextContents()).sort()).toEqual(shared.sort());
    await context.close();
  });
});
