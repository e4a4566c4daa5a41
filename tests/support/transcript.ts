// Reading the transcript as the browser draws it, for the browser tests.
import type { Page } from "playwright-core";

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
