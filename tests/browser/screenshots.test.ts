// Every view of the workbench at 1440×900 and 1024×768, light and dark (the system's
// prefers-color-scheme, then the header's switch), saved to tests/.artifacts/views/ to be looked
// at; in each, no panel's content runs out sideways and no text is cut short without a tooltip.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

/** Elements whose content is wider than their box and that do not scroll it: clipped content. */
function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden" || element.closest("svg, .visually-hidden, dialog:not([open])")) continue;
      const scrolls = ["auto", "scroll"].includes(style.overflowX);
      const cut = style.overflowX === "hidden" || style.overflowX === "clip";
      const over = element.scrollWidth > element.clientWidth + 1;
      // Text cut with an ellipsis is fine when its full form is in a tooltip.
      if (over && cut && !scrolls && !element.title && !element.closest("[title]")) found.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    return found;
  });
}

async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole("group", { name: "View" }).getByRole("button", { name, exact: true }).click();
}

describe("screenshots of every view", () => {
  for (const viewport of VIEWPORTS) {
    for (const scheme of ["light", "dark"] as const) {
      it(`at ${viewport.width}×${viewport.height}, ${scheme}`, async () => {
        const context = await workbench().browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        page.on("pageerror", (error) => {
          throw error;
        });
        await page.goto(workbench().url);
        await page.getByRole("navigation", { name: "Documents" }).waitFor();
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        const shot = (view: string) => screenshot(page, `views/${view}-${viewport.width}x${viewport.height}-${scheme}`);
        const check = async (view: string) => {
          await shot(view);
          expect(await clippedElements(page), view).toEqual([]);
        };

        await page.getByRole("region", { name: "Transcript" }).locator("span.coded").first().waitFor();
        await check("transcript");
        await page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").nth(1).click();
        await check("transcript-code-details");
        await page.getByRole("textbox", { name: "Transcript text" }).locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
        await page.keyboard.press("Shift+End");
        await page.keyboard.press("Control+k");
        await page.getByRole("dialog", { name: "Apply code" }).waitFor();
        await check("palette");
        await page.keyboard.press("Escape");

        await showView(page, "Cases");
        await page.getByRole("region", { name: "Cases" }).waitFor();
        await check("cases");
        await showView(page, "Matrix");
        await page.getByRole("region", { name: "Matrix" }).locator("table").waitFor();
        await check("matrix");
        await page.getByRole("region", { name: "Matrix" }).getByLabel("Measure").selectOption("coverage");
        await check("matrix-coverage");
        await page.getByRole("region", { name: "Matrix" }).getByRole("button", { name: "Export CSV" }).click();
        await check("matrix-csv-dialog");
        await page.keyboard.press("Escape");
        await showView(page, "Co-occurrence");
        await page.getByRole("region", { name: "Co-occurrence" }).locator("table").waitFor();
        await check("cooccurrence");
        await showView(page, "Concept map");
        await page.locator('svg.concept-map-svg[data-settled="true"]').waitFor();
        await check("concept-map");

        // An empty project.
        await page.getByRole("button", { name: /^Project/ }).click();
        const dialog = page.getByRole("dialog", { name: "Projects" });
        await check("projects-dialog");
        await dialog.getByLabel("Name of the new project").fill("Kosong");
        await dialog.getByRole("button", { name: "New project", exact: true }).click();
        await page.getByRole("heading", { level: 1, name: "No documents in this project yet" }).waitFor();
        await check("empty-project");

        // The header's switch turns the other scheme on, and it is kept after a reload.
        const other = scheme === "light" ? "dark" : "light";
        await page.getByRole("switch", { name: "Dark mode" }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
        await page.reload();
        await page.getByRole("navigation", { name: "Documents" }).waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(other);
        expect(await page.getByRole("switch", { name: "Dark mode" }).getAttribute("aria-checked")).toBe(String(other === "dark"));
        await context.close();
      });
    }
  }
});
