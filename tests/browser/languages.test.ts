// Both languages in Chromium, with the browser's locale en-US and id-ID: every view and dialog
// (transcript, palette, codebook with a code's details, retrieval, cases, matrix, co-occurrence, map,
// projects, paste, CSV export) appears in that language, is checked by axe-core (0 serious or
// critical violations) and photographed. In Indonesian no string of the English table shows, and any
// visible text that comes from neither the language's table nor the project's own data is listed.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { en } from "../../src/lang/en";
import { id } from "../../src/lang/id";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { seriousViolations } from "../support/axe";
import { screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

type Table = Record<string, string>;
const TABLES: Record<"en" | "id", Table> = { en, id };

/** The study's own words: names, descriptions, values and transcript texts (data, not UI text). */
const fixture = JSON.parse(readFileSync(BANTEN_FIXTURE, "utf8")) as { content: Record<string, unknown[]> };
const dataStrings = new Set<string>();
const collect = (value: unknown): void => {
  if (typeof value === "string") dataStrings.add(value);
  else if (typeof value === "number") dataStrings.add(String(value));
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === "object") Object.values(value).forEach(collect);
};
collect(fixture.content);
const dataTexts = [...dataStrings];

/** Text that is only numbers, symbols and punctuation carries no language. */
const NEUTRAL = /^[\p{N}\p{P}\p{S}\s]*$/u;

function literalParts(value: string): string[] {
  return value.split(/\{\w+\}/).map((p) => p.trim()).filter((p) => p.length > 0);
}

function pattern(value: string): RegExp {
  const escaped = value.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[\\s\\S]*")}$`);
}

/** Whether a piece of visible text can come from the table: a whole string of it, or a literal part of one. */
function fromTable(text: string, table: Table): boolean {
  return Object.values(table).some((value) => pattern(value).test(text) || literalParts(value).some((part) => part === text || part.includes(text) && text.length > 3));
}

/** Whether text is the project's data: a name, value or passage, or code paths joined by " / ", or a separator and a name. */
function fromData(text: string): boolean {
  const one = (part: string) => dataTexts.some((d) => d === part || (part.length > 3 && d.includes(part.replace(/…$/, ""))));
  return text
    .replace(/^[·•]\s*/, "")
    .split(" / ")
    .every(one);
}

/** Every visible text node and every aria-label, title and placeholder of the page, trimmed. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !visible(parent) || parent.closest(".ProseMirror, .cm-content, script, style, [lang]:not(html)")) continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) out.add(text);
    }
    // Text that CSS adds (::before, ::after) shows too.
    for (const el of document.body.querySelectorAll("*")) {
      if (!visible(el)) continue;
      for (const pseudo of ["::before", "::after"]) {
        const content = getComputedStyle(el, pseudo).content;
        const text = /^"(.*)"$/.exec(content)?.[1]?.trim();
        if (text) out.add(text);
      }
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (!visible(el) || el.closest(".ProseMirror, .cm-content")) continue;
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name)?.replace(/\s+/g, " ").trim();
        if (value) out.add(value);
      }
    }
    return [...out];
  });
}


const VIEWS = {
  en: { documents: "Documents", transcript: "Transcript", cases: "Cases", matrix: "Matrix", cooccurrence: "Co-occurrence", map: "Concept map", codes: "Codes", palette: "Apply code", projects: "Projects", project: /^Project/, paste: "Paste text", pasteTitle: "Paste a transcript", exportCsv: "Export CSV", passages: "Coded passages", details: "Details of Gratifikasi" },
  id: { documents: "Dokumen", transcript: "Transkrip", cases: "Kasus", matrix: "Matriks", cooccurrence: "Kemunculan bersama", map: "Peta konsep", codes: "Kode", palette: "Terapkan kode", projects: "Proyek", project: /^Proyek/, paste: "Tempel teks", pasteTitle: "Tempel transkrip", exportCsv: "Ekspor CSV", passages: "Kutipan berkode", details: "Rincian Gratifikasi" },
} as const;

for (const [locale, language] of [["en-US", "en"], ["id-ID", "id"]] as const) {
  describe(`the workbench in ${locale}`, () => {
    it("speaks the browser's language in every view and dialog, with no serious accessibility violation", async () => {
      const names = VIEWS[language];
      const context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
      const page = await context.newPage();
      await page.goto(workbench().url);
      await page.getByRole("navigation", { name: names.documents }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);

      const report: Record<string, { violations: string[]; foreign: string[]; unknown: string[] }> = {};
      const check = async (view: string) => {
        const texts = await visibleTexts(page);
        const table = TABLES[language];
        report[view] = {
          violations: await seriousViolations(page),
          // In Indonesian: text of the English table that is not Indonesian too.
          foreign: language === "id" ? texts.filter((s) => !NEUTRAL.test(s) && fromTable(s, en) && !fromTable(s, id) && !fromData(s)) : [],
          unknown: texts.filter((s) => !NEUTRAL.test(s) && !fromTable(s, table) && !fromData(s)),
        };
        await screenshot(page, `${language}-${view}`);
      };

      await page.getByRole("navigation", { name: names.documents }).getByRole("button", { name: /^Informan A/ }).click();
      await page.getByRole("textbox", { name: TABLES[language].transcriptText }).waitFor();
      await check("transcript");

      const editor = page.getByRole("textbox", { name: TABLES[language].transcriptText });
      await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
      await page.keyboard.press("Home");
      for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Control+k");
      await page.getByRole("dialog", { name: names.palette }).waitFor();
      await check("palette");
      await page.keyboard.press("Escape");

      const tree = page.getByRole("tree", { name: names.codes });
      await tree.getByRole("treeitem").filter({ hasText: "Gratifikasi" }).first().click();
      await page.getByRole("region", { name: names.details }).waitFor();
      await check("codebook-details");
      await page.getByRole("region", { name: names.details }).getByRole("button", { name: names.passages, exact: true }).click();
      await page.getByRole("region", { name: new RegExp(`${names.passages}`) }).first().waitFor();
      await check("retrieval");

      for (const [view, name] of [["cases", names.cases], ["matrix", names.matrix], ["cooccurrence", names.cooccurrence], ["map", names.map]] as const) {
        await page.getByRole("button", { name, exact: true }).click();
        await page.getByRole("heading", { level: 1, name }).waitFor();
        if (view === "map") await page.locator('svg g[data-role="nodes"] > g').first().waitFor();
        await check(view);
      }

      await page.getByRole("button", { name: names.matrix, exact: true }).click();
      await page.getByRole("button", { name: names.exportCsv }).click();
      await page.getByRole("dialog", { name: names.exportCsv }).waitFor();
      await check("csv-export");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: names.paste, exact: true }).click();
      await page.getByRole("dialog", { name: names.pasteTitle }).waitFor();
      await check("paste");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: names.project }).click();
      await page.getByRole("dialog", { name: names.projects }).waitFor();
      await check("projects");
      await page.keyboard.press("Escape");

      const problems = Object.entries(report).filter(([, r]) => r.violations.length || r.foreign.length || r.unknown.length);
      expect(Object.fromEntries(problems)).toEqual({});
      await context.close();
    });
  });
}

describe("the workbench in id-ID, after a change and a bad file", () => {
  it("names the step it undoes, announces it, and refuses a bad file naming it, all in Indonesian", async () => {
    const context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto(workbench().url);
    await page.getByRole("navigation", { name: "Dokumen" }).getByRole("button", { name: /^Informan A/ }).click();
    const editor = page.getByRole("textbox", { name: id.transcriptText });
    await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    for (let i = 0; i < 8; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+k");
    await page.getByRole("dialog", { name: "Terapkan kode" }).waitFor();
    await page.keyboard.type("Uji bahasa");
    await page.keyboard.press("Enter");
    const undo = page.getByRole("button", { name: "Urungkan", exact: true }).first();
    await expect.poll(() => undo.getAttribute("title")).toBe("Urungkan Buat dan terapkan “Uji bahasa”");
    await undo.click();
    await expect.poll(() => page.getByTestId("announcer").textContent()).toBe("Diurungkan: Buat dan terapkan “Uji bahasa”");

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await page.locator("#import-files").setInputFiles({ name: "foto-wawancara.txt", mimeType: "text/plain", buffer: png });
    const failed = page.getByRole("region", { name: "Impor" }).locator("li[data-status=failed]");
    await expect.poll(() => failed.locator(".import-message").textContent()).toBe("foto-wawancara.txt: berupa gambar PNG, bukan teks");
    await context.close();
  });
});
