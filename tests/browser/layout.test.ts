// The workbench's layout, measured in the browser: side panels resized by keyboard and by
// dragging and kept after a reload; the cases sheet's case column frozen while its box scrolls;
// the CSV dialog's labels beside their boxes; one precision per measure in the matrix; and the
// selection handles clear of a passage's first and last letters.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

const width = (page: Page, selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);

describe("layout", () => {
  it("resizes the side panels by keyboard and by dragging, and keeps their sizes", async () => {
    const { context, page } = await openWorkbench(workbench());
    const separator = page.getByRole("separator", { name: "Width of the codebook panel" });
    const before = await width(page, ".codebook");
    expect(Number(await separator.getAttribute("aria-valuenow"))).toBe(Math.round(before));
    await separator.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => width(page, ".codebook")).toBe(before + 32);
    expect(Number(await separator.getAttribute("aria-valuenow"))).toBe(before + 32);
    await page.keyboard.press("Home");
    await expect.poll(() => separator.getAttribute("aria-valuenow")).toBe(await separator.getAttribute("aria-valuemin"));

    const documents = page.getByRole("separator", { name: "Width of the documents panel" });
    const docsBefore = await width(page, ".document-nav");
    const box = (await documents.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 40, box.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => width(page, ".document-nav")).toBe(docsBefore - 40);

    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    expect(await width(page, ".document-nav")).toBe(docsBefore - 40);
    expect(await width(page, ".codebook")).toBe(Number(await separator.getAttribute("aria-valuemin")));
    await context.close();
  });

  it("freezes the case column, puts labels beside their boxes, and shows one precision per measure", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("button", { name: "Cases", exact: true }).click();
    const sheet = page.getByRole("region", { name: "Cases" });
    const firstCase = sheet.locator("tbody th").first();
    await firstCase.waitFor();
    const scroller = sheet.locator(".table-scroll");
    const left = (await firstCase.boundingBox())!.x;
    await scroller.evaluate((e) => (e.scrollLeft = e.scrollWidth));
    expect(await scroller.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    expect((await firstCase.boundingBox())!.x).toBe(left);
    // Scrolled to its end, the "Coded passages" link lies wholly inside the box.
    const link = sheet.getByRole("button", { name: /^Coded passages of / }).first();
    const [linkBox, boxBox] = [(await link.boundingBox())!, (await scroller.boundingBox())!];
    expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(boxBox.x + boxBox.width);

    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matrix" });
    await matrix.locator("table").waitFor();
    await matrix.getByLabel("Measure").selectOption("coverage");
    const cells = () => matrix.locator("tbody td, tfoot td").allTextContents();
    await expect.poll(async () => (await cells()).every((c) => /^\d+\.\d$/.test(c))).toBe(true);
    await matrix.getByLabel("Decimals").selectOption("2");
    await expect.poll(async () => (await cells()).every((c) => /^\d+\.\d\d$/.test(c))).toBe(true);
    await matrix.getByLabel("Measure").selectOption("references");
    await expect.poll(async () => (await cells()).every((c) => /^\d+$/.test(c))).toBe(true);

    await matrix.getByRole("button", { name: "Export CSV" }).click();
    const dialog = page.getByRole("dialog", { name: "Export CSV" });
    for (const name of ["UTF-8 BOM (for Excel)", "Neutralize cells a spreadsheet would run as formulas"]) {
      const box = (await dialog.getByRole("checkbox", { name }).boundingBox())!;
      const label = (await dialog.locator("label", { hasText: name }).boundingBox())!;
      // Beside: the label's text starts right of the box, on the same line.
      expect(label.y).toBeLessThanOrEqual(box.y);
      expect(label.y + label.height).toBeGreaterThanOrEqual(box.y + box.height);
      expect(label.height).toBeLessThan(box.height * 3);
    }
    await context.close();
  });

  it("keeps the selection handles clear of a passage's first and last letters", async () => {
    const { context, page } = await openWorkbench(workbench());
    const region = page.getByRole("region", { name: "Transcript" });
    // A passage at one code only, so that the selection is that coding.
    const passage = region.locator("span.coded:not([title*=','])").first();
    await passage.click();
    const start = region.locator(".coding-handle-start");
    await start.waitFor();
    // The first and last letters of the coded passage, as drawn.
    const letters = await region.locator(".coded-selected").evaluateAll((spans) => {
      const range = document.createRange();
      const text = (span: Element) => span.firstChild as Text;
      const first = text(spans[0]!);
      const last = text(spans[spans.length - 1]!);
      range.setStart(first, 0);
      range.setEnd(first, 1);
      const a = range.getBoundingClientRect();
      range.setStart(last, last.length - 1);
      range.setEnd(last, last.length);
      const b = range.getBoundingClientRect();
      return { firstLeft: a.left, lastRight: b.right };
    });
    const startBox = (await start.boundingBox())!;
    const endBox = (await region.locator(".coding-handle-end").boundingBox())!;
    expect(startBox.x + startBox.width).toBeLessThanOrEqual(letters.firstLeft + 0.5);
    expect(endBox.x).toBeGreaterThanOrEqual(letters.lastRight - 0.5);
    await context.close();
  });
});
