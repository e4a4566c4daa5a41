// The workbench by keyboard alone, with no mouse event at all: import a transcript into the Banten
// study, code three passages (one under a new code placed under a chosen theme, typed as
// "Theme / Code"), open the matrix by document and export it as CSV. The file itself is handed
// to the file input behind the button the keyboard reached; every other step is a key press.
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, useBrowserWorkbench } from "../support/browser";
import { backInTranscript } from "../support/transcript";

const workbench = useBrowserWorkbench();

const TEXT = "Kami antre sejak pagi di kantor kelurahan. Petugas baru datang jam sembilan. Lalu sistemnya mati lagi.\n";

/** Presses Tab until the focused element fits, and fails when it never does. */
async function tabTo(page: Page, describe: string, fits: (element: Element) => boolean, backwards = false): Promise<void> {
  const fitsSource = fits.toString();
  for (let i = 0; i < 80; i++) {
    const ok = await page.evaluate((source) => {
      const test = new Function(`return (${source})`)() as (element: Element) => boolean;
      return document.activeElement !== null && test(document.activeElement);
    }, fitsSource);
    if (ok) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${describe}`);
}

async function press(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

const named = (name: string) => `(e) => (e.getAttribute("aria-label") ?? e.textContent ?? "").trim() === ${JSON.stringify(name)}`;
const byName = (name: string) => new Function(`return ${named(name)}`)() as (element: Element) => boolean;

/** The coded passages of the open transcript, as drawn. */
const codedText = async (page: Page) => (await page.getByRole("region", { name: "Transcript" }).locator("span.coded").allTextContents()).join("|");

describe("keyboard only", () => {
  it("imports, codes three passages (one under a new code in a chosen theme), and exports the matrix", async () => {
    const context = await workbench().browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Every mouse or pointer event, counted from the page's first script on.
    await context.addInitScript(() => {
      const counts = ((window as unknown as { mouseEvents: number }).mouseEvents = 0);
      void counts;
      for (const type of ["mousedown", "mouseup", "pointerdown", "pointerup", "dblclick", "contextmenu", "wheel"]) {
        window.addEventListener(type, () => ((window as unknown as { mouseEvents: number }).mouseEvents += 1), true);
      }
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(workbench().url);
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    await page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").first().waitFor();

    // Import: Tab to the header's button; the file goes to the input behind it (no chooser in a headless browser).
    await tabTo(page, "Import transcripts", byName("Import transcripts"));
    await page.locator("#import-files").setInputFiles({ name: "Antrean kelurahan.txt", mimeType: "text/plain", buffer: Buffer.from(TEXT) });
    await expect.poll(() => page.getByRole("region", { name: "Import" }).locator("li[data-status=imported]").count()).toBe(1);

    // Open it from the documents list, then Tab into its text.
    await tabTo(page, "the new document", (e) => e.classList.contains("document-link") && (e.textContent ?? "").startsWith("Antrean kelurahan"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("region", { name: "Transcript" }).getByRole("heading", { level: 1 }).textContent()).toBe("Antrean kelurahan");
    await expect.poll(() => page.getByRole("textbox", { name: "Transcript text" }).textContent()).toBe(TEXT.trim());
    await tabTo(page, "the transcript", (e) => e.getAttribute("aria-label") === "Transcript text");
    await backInTranscript(page);
    // The caret starts at the beginning of the text.
    expect(await page.evaluate(() => window.getSelection()?.anchorOffset === 0 && window.getSelection()?.anchorNode?.textContent?.startsWith("Kami"))).toBe(true);

    // 1: "Kami antre sejak pagi" at an existing code.
    await press(page, "Shift+ArrowRight", 21);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Respon admin lambat");
    await page.keyboard.press("Enter");
    await expect.poll(() => codedText(page)).toBe("Kami antre sejak pagi");
    await backInTranscript(page);
    // 2: after " di kantor kelurahan. ", "Petugas baru datang jam sembilan" at a new code under a chosen theme.
    await press(page, "ArrowRight", 22);
    await press(page, "Shift+ArrowRight", 32);
    await page.keyboard.press("Control+k");
    await page.keyboard.type("Kendala tata kelola / Antrean panjang");
    await page.keyboard.press("Enter");
    await expect.poll(() => codedText(page)).toBe("Kami antre sejak pagi|Petugas baru datang jam sembilan");
    await backInTranscript(page);
    // 3: after ". ", "Lalu sistemnya mati lag" (snapped to the whole word) at the most recent code, key 1.
    await press(page, "ArrowRight", 2);
    await press(page, "Shift+ArrowRight", 23);
    await page.keyboard.press("Control+k");
    await page.keyboard.press("1");
    await expect.poll(() => codedText(page)).toBe("Kami antre sejak pagi|Petugas baru datang jam sembilan|Lalu sistemnya mati lagi");
    const tree = page.getByRole("tree", { name: "Codes" });
    const antrean = tree.getByRole("treeitem").filter({ has: page.locator(".code-name", { hasText: /^Antrean panjang$/ }) });
    expect(await antrean.getAttribute("aria-level")).toBe("2");
    await screenshot(page, "keyboard-only-coded");

    // The matrix, by document, exported as shown.
    await tabTo(page, "Matrix", byName("Matrix"), true);
    await page.keyboard.press("Enter");
    const matrix = page.getByRole("region", { name: "Matrix" });
    await matrix.locator("table").waitFor();
    await tabTo(page, "the columns list", (e) => e.tagName === "SELECT" && (e.parentElement?.textContent ?? "").startsWith("Columns"));
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => matrix.locator("thead th").allTextContents()).toContain("Antrean kelurahan");
    await tabTo(page, "Export CSV", byName("Export CSV"));
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: "Export CSV" }).waitFor();
    await tabTo(page, "Matrix as shown", byName("Matrix as shown"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    const csv = await readFile((await download.path())!, "utf8");
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true }).data;
    const cell = (code: string) => Number(rows.find((r) => r.code === code)?.["Antrean kelurahan"]);
    expect(cell("Respon admin lambat")).toBe(1);
    expect(cell("Antrean panjang")).toBe(2);
    expect(rows.find((r) => r.code === "Antrean panjang")?.theme).toBe("Kendala tata kelola");

    expect(await page.evaluate(() => (window as unknown as { mouseEvents: number }).mouseEvents)).toBe(0);
    await context.close();
  });
});
