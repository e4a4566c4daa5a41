// The transcript in the browser tests: a fresh project with one transcript, the focus coming back
// to it, and its coded passages as drawn.
import type { Page } from "playwright-core";
import { expect } from "vitest";

export const transcript = (page: Page) => page.getByRole("region", { name: "Transcript" });

/** The text of each coded passage drawn in the transcript, joining the segments of one coding, sorted. */
export function drawnPassages(page: Page): Promise<string[]> {
  return transcript(page)
    .locator(".transcript-editor")
    .evaluate((root) => {
      const byCoding = new Map<string, string>();
      for (const span of root.querySelectorAll<HTMLElement>("span.coded")) {
        for (const id of (span.dataset.codingIds ?? "").split(" ")) byCoding.set(id, (byCoding.get(id) ?? "") + span.textContent);
      }
      return [...byCoding.values()].sort();
    });
}

/** Makes a new project (the Projects dialog) and imports one plain-text transcript into it. */
export async function newProjectWithTranscript(page: Page, project: string, file: { name: string; text: string }): Promise<void> {
  await page.getByRole("button", { name: /^Project/ }).click();
  const dialog = page.getByRole("dialog", { name: "Projects" });
  await dialog.getByLabel("Name of the new project").fill(project);
  await dialog.getByRole("button", { name: "New project", exact: true }).click();
  await page.locator("#import-files").setInputFiles({ name: file.name, mimeType: "text/plain", buffer: Buffer.from(file.text) });
  await expect.poll(() => page.getByRole("region", { name: "Import" }).locator("li[data-status=imported]").count()).toBe(1);
}

/** The accessible name (else the tag) of the focused element. */
export const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName);

/**
 * Waits for the focus to be in the transcript (tabbed into, or back after a code was applied), and a
 * moment more: the editor puts its selection back just after it gains the focus, and a person's
 * next key comes later than that.
 */
export async function backInTranscript(page: Page): Promise<void> {
  await expect.poll(() => focusedLabel(page)).toBe("Transcript text");
  await page.waitForTimeout(100);
}
