// The Explore view in a real browser: a search for "kompetensi" lists every occurrence (counted here
// from the study's transcripts), all hits are coded at a new code in one undo step; the coding query
// "Kompetensi aparatur kurang" AND "Peningkatan kompetensi" gives the demo's two passages and is saved
// as a code, and kept as a saved query (run again, renamed, deleted, each undone); a scope limits the
// search to one transcript; hits and passages export as CSV; word frequency and the saturation curve
// show what the transcripts hold.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, readStore, ROOT, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();
const FOLDER = join(ROOT, "fixtures", "banten", "transcripts");
const files = readdirSync(FOLDER).filter((f) => f.endsWith(".txt"));
const texts = files.map((f) => readFileSync(join(FOLDER, f), "utf8"));
const countIn = (text: string, word: string) => text.toLowerCase().match(new RegExp(word, "g"))?.length ?? 0;
const occurrences = (word: string) => texts.reduce((sum, text) => sum + countIn(text, word), 0);

const explore = (page: Page) => page.getByRole("region", { name: "Explore" });

/** Saves the CSV behind an export button and reads it back (BOM taken off). */
async function saveCsv(page: Page, exportName: string): Promise<string[][]> {
  await explore(page).getByRole("button", { name: exportName }).click();
  const dialog = page.getByRole("dialog", { name: exportName });
  const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Save CSV" }).click()]);
  await dialog.getByRole("button", { name: "Close" }).click();
  const text = await readFile((await download.path())!, "utf8");
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { newline: "\r\n", skipEmptyLines: true }).data;
}

async function codingsAt(page: Page, codeName: string): Promise<{ start: number; end: number }[]> {
  const codes = await readStore<{ id: string; name: string }>(page, "codes");
  const code = codes.find((c) => c.name === codeName);
  if (!code) return [];
  return (await readStore<{ codeId: string; start: number; end: number }>(page, "codings")).filter((c) => c.codeId === code.id);
}

describe("the Explore view", () => {
  it("searches, codes every hit, runs and saves a coding query, counts words and draws the saturation curve", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Explore", exact: true }).click();

    // Search: every occurrence, case-insensitive.
    const expected = occurrences("kompetensi");
    expect(expected).toBeGreaterThan(1);
    await explore(page).getByRole("searchbox", { name: "Search the transcripts" }).fill("kompetensi");
    await explore(page).getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => explore(page).locator("li.hit").count()).toBe(expected);
    expect((await explore(page).locator("li.hit mark").allTextContents()).every((m) => m.toLowerCase() === "kompetensi")).toBe(true);
    await screenshot(page, "explore-search");

    // The hits as CSV, one row each with its context.
    const hitRows = await saveCsv(page, "Export hits (CSV)");
    expect(hitRows[0]).toEqual(["document", "start", "end", "text", "before", "after"]);
    expect(hitRows.slice(1).map((r) => r[3]!.toLowerCase())).toEqual(Array(expected).fill("kompetensi"));

    // A scope of one transcript: only its hits.
    const busiest = files.map((f, i) => ({ name: f.replace(/\.txt$/, ""), count: countIn(texts[i]!, "kompetensi") })).sort((a, b) => b.count - a.count)[0]!;
    expect(busiest.count).toBeLessThan(expected);
    await explore(page).locator(".scope-picker summary").click();
    await explore(page).getByRole("group", { name: "Documents" }).getByRole("checkbox", { name: busiest.name }).check();
    await expect.poll(() => explore(page).locator("li.hit").count()).toBe(busiest.count);
    expect(await explore(page).locator(".scope-picker summary").textContent()).toContain("1 document");
    await screenshot(page, "explore-search-scope");
    await explore(page).getByRole("button", { name: "Clear the scope" }).click();
    await expect.poll(() => explore(page).locator("li.hit").count()).toBe(expected);

    // Code all hits at a new code, spread to their words: one coding per hit, one undo step.
    await explore(page).getByRole("textbox", { name: "New code name" }).fill("Kompetensi (pencarian)");
    await explore(page).getByRole("button", { name: `Code the chosen hits (${expected})` }).click();
    await expect.poll(async () => (await codingsAt(page, "Kompetensi (pencarian)")).length).toBe(expected);
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await readStore<{ name: string }>(page, "codes")).some((c) => c.name === "Kompetensi (pencarian)")).toBe(false);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(async () => (await codingsAt(page, "Kompetensi (pencarian)")).length).toBe(expected);

    // A coding query, saved as a code.
    await explore(page).getByRole("tab", { name: "Coding query" }).click();
    await explore(page).getByRole("textbox", { name: "Query", exact: true }).fill('"Kompetensi aparatur kurang" AND "Peningkatan kompetensi"');
    await explore(page).getByRole("button", { name: "Run query" }).click();
    await expect.poll(() => explore(page).locator(".passages li").count()).toBe(2);
    await explore(page).getByRole("textbox", { name: "Name of the new code" }).fill("Kompetensi bersama");
    await explore(page).getByRole("button", { name: "Save the passages as a new code" }).click();
    await expect.poll(async () => (await codingsAt(page, "Kompetensi bersama")).length).toBe(2);
    const passageRows = await saveCsv(page, "Export passages (CSV)");
    expect(passageRows[0]).toEqual(["document", "start", "end", "text"]);
    expect(passageRows).toHaveLength(3);

    // Kept as a saved query, run again, renamed and deleted: each an undo step.
    const savedNames = async () => (await readStore<{ name: string }>(page, "savedQueries")).map((q) => q.name);
    await explore(page).getByRole("textbox", { name: "Name of the query" }).fill("Kompetensi ganda");
    await explore(page).getByRole("button", { name: "Save query" }).click();
    await expect.poll(savedNames).toEqual(["Kompetensi ganda"]);
    await screenshot(page, "explore-query");
    await explore(page).getByRole("textbox", { name: "Query", exact: true }).fill('"Harapan dan rekomendasi"');
    await explore(page).getByRole("button", { name: "Run the saved query “Kompetensi ganda”" }).click();
    expect(await explore(page).getByRole("textbox", { name: "Query", exact: true }).inputValue()).toBe('"Kompetensi aparatur kurang" AND "Peningkatan kompetensi"');
    await expect.poll(() => explore(page).locator(".passages li").count()).toBe(2);
    await explore(page).getByRole("button", { name: "Rename the saved query “Kompetensi ganda”" }).click();
    await explore(page).getByRole("textbox", { name: "New name of “Kompetensi ganda”" }).fill("Dua kode kompetensi");
    await explore(page).getByRole("textbox", { name: "New name of “Kompetensi ganda”" }).press("Enter");
    await expect.poll(savedNames).toEqual(["Dua kode kompetensi"]);
    await explore(page).getByRole("button", { name: "Run query" }).focus();
    await page.keyboard.press("Control+z");
    await expect.poll(savedNames).toEqual(["Kompetensi ganda"]);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(savedNames).toEqual(["Dua kode kompetensi"]);
    await explore(page).getByRole("button", { name: "Delete the saved query “Dua kode kompetensi”" }).click();
    await expect.poll(savedNames).toEqual([]);
    await page.keyboard.press("Control+z");
    await expect.poll(savedNames).toEqual(["Dua kode kompetensi"]);
    await explore(page).getByRole("textbox", { name: "Query", exact: true }).fill('"Kompetensi aparatur kurang" AND');
    await explore(page).getByRole("button", { name: "Run query" }).click();
    await expect.poll(() => explore(page).getByRole("alert").textContent()).toContain("a code is missing at position");

    // Word frequency: "admin" as often as the transcripts have it as a word.
    await explore(page).getByRole("tab", { name: "Word frequency" }).click();
    const admin = texts.reduce((sum, text) => sum + (text.toLowerCase().match(/(?<![\p{L}\p{N}])admin(?![\p{L}\p{N}])/gu)?.length ?? 0), 0);
    const row = explore(page).locator("tr", { has: page.getByRole("button", { name: "Search for “admin”" }) });
    await expect.poll(() => row.locator("td").first().textContent()).toBe(String(admin));
    await screenshot(page, "explore-words");
    const wordRows = await saveCsv(page, "Export word frequency (CSV)");
    expect(wordRows[0]).toEqual(["word", "count", "documents"]);
    expect(wordRows.find((r) => r[0] === "admin")?.[1]).toBe(String(admin));

    // Side by side per case (each informant is a case of one transcript): admin's count in each.
    const adminIn = (text: string) => text.toLowerCase().match(/(?<![\p{L}\p{N}])admin(?![\p{L}\p{N}])/gu)?.length ?? 0;
    await explore(page).getByRole("radio", { name: "Side by side" }).check();
    const comparison = explore(page).locator(".word-comparison table");
    const headers = (await comparison.locator("thead th").allTextContents()).slice(1);
    expect(headers).toEqual(files.map((f) => f.replace(/\.txt$/, "")).sort());
    const adminRow = comparison.locator("tr", { has: page.getByRole("button", { name: "Search for “admin”" }) });
    expect(await adminRow.locator("td").allTextContents()).toEqual(headers.map((name) => String(adminIn(texts[files.indexOf(`${name}.txt`)]!))));
    await screenshot(page, "explore-words-compare");

    // The word cloud: titled and described, the same words as buttons; a word searches for itself.
    await explore(page).getByRole("radio", { name: "Word cloud" }).check();
    const wordCloud = explore(page).getByRole("group", { name: /^Word cloud of the \d+ most frequent words$/ });
    await expect.poll(async () => Number(await wordCloud.getAttribute("data-placed"))).toBeGreaterThan(10);
    expect(await wordCloud.locator("desc").textContent()).toContain("The table view lists the same counts");
    const placedBefore = await wordCloud.locator("text[role=button]").evaluateAll((nodes) => nodes.map((n) => `${n.textContent}@${n.getAttribute("transform")}`));
    await screenshot(page, "explore-words-cloud");
    await explore(page).getByRole("radio", { name: "Table" }).check();
    await explore(page).getByRole("radio", { name: "Word cloud" }).check();
    // Seeded: the same counts are laid out the same way again.
    await expect.poll(() => wordCloud.locator("text[role=button]").evaluateAll((nodes) => nodes.map((n) => `${n.textContent}@${n.getAttribute("transform")}`))).toEqual(placedBefore);
    await wordCloud.getByRole("button", { name: "Search for “admin”" }).click();
    await expect.poll(() => explore(page).getByRole("searchbox").inputValue()).toBe("admin");

    // Saturation: one mark per document.
    await explore(page).getByRole("tab", { name: "Saturation" }).click();
    await expect.poll(() => explore(page).locator("svg [data-document]").count()).toBe(texts.length);
    await screenshot(page, "explore-saturation");
    const [png] = await Promise.all([page.waitForEvent("download"), explore(page).getByRole("button", { name: "Export chart (PNG)" }).click()]);
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe("PNG");
    const curve = await saveCsv(page, "Export curve (CSV)");
    expect(curve[0]).toEqual(["document", "new_code_count", "new_codes", "codes_so_far"]);
    expect(curve).toHaveLength(texts.length + 1);

    // Everything made here is kept across a reload.
    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    expect((await codingsAt(page, "Kompetensi (pencarian)")).length).toBe(expected);
    expect((await codingsAt(page, "Kompetensi bersama")).length).toBe(2);
    expect(await savedNames()).toEqual(["Dua kode kompetensi"]);
    await context.close();
  });

  it("speaks Bahasa Indonesia in every tab", async () => {
    const context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto(workbench().url);
    await page.getByRole("navigation", { name: "Dokumen" }).waitFor();
    await page.getByRole("button", { name: "Telusuri", exact: true }).click();
    const region = page.getByRole("region", { name: "Telusuri" });
    await region.getByRole("searchbox", { name: "Cari di transkrip" }).fill("kompetensi");
    await region.getByRole("button", { name: "Cari", exact: true }).click();
    await expect.poll(() => region.locator("li.hit").count()).toBe(occurrences("kompetensi"));
    await region.locator(".scope-picker summary").click();
    await screenshot(page, "explore-search-id");
    await region.getByRole("tab", { name: "Kueri pengodean" }).click();
    await region.getByRole("textbox", { name: "Kueri", exact: true }).fill('"Kompetensi aparatur kurang" AND "Peningkatan kompetensi"');
    await region.getByRole("button", { name: "Jalankan kueri" }).click();
    await region.getByRole("textbox", { name: "Nama kueri" }).fill("Kompetensi ganda");
    await region.getByRole("button", { name: "Simpan kueri" }).click();
    await region.getByRole("button", { name: "Jalankan kueri tersimpan “Kompetensi ganda”" }).waitFor();
    await screenshot(page, "explore-query-id");
    await region.getByRole("tab", { name: "Frekuensi kata" }).click();
    await region.getByRole("radio", { name: "Awan kata" }).check();
    await expect.poll(async () => Number(await region.getByRole("group", { name: /^Awan kata dari \d+ kata tersering$/ }).getAttribute("data-placed"))).toBeGreaterThan(10);
    await screenshot(page, "explore-words-cloud-id");
    await region.getByRole("radio", { name: "Berdampingan" }).check();
    await region.locator(".word-comparison table").waitFor();
    await screenshot(page, "explore-words-compare-id");
    await region.getByRole("tab", { name: "Kejenuhan" }).click();
    await region.getByRole("button", { name: "Ekspor grafik (PNG)" }).waitFor();
    await screenshot(page, "explore-saturation-id");
    await context.close();
  });
});
