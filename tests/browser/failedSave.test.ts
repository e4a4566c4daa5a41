// A coding whose save fails (the browser's storage full): the transcript draws it the moment it is
// applied, then takes it back when the save is refused, and says why; the stored codings are as
// they were. Writes are made to fail by IndexedDB's own QuotaExceededError, thrown by put and add.
import { describe, expect, it } from "vitest";
import { openWorkbench, readStore, useBrowserWorkbench } from "../support/browser";
import { backInTranscript, drawnPassages, newProjectWithTranscript } from "../support/transcript";

const workbench = useBrowserWorkbench();

describe("a coding that cannot be saved", () => {
  it("is drawn, then taken back from the transcript with a message, and the stored codings are as they were", async () => {
    const { context, page } = await openWorkbench(workbench());
    await newProjectWithTranscript(page, "Penuh", { name: "Penuh.txt", text: "alpha beta gamma\n" });
    await page.getByRole("textbox", { name: "Transcript text" }).locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+k");
    await page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" }).fill("Satu");
    await page.keyboard.press("Enter");
    await expect.poll(() => drawnPassages(page)).toEqual(["alpha"]);
    await backInTranscript(page);

    await page.evaluate(() => {
      for (const method of ["put", "add"] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (...args: Parameters<typeof original>) {
          if ((window as { failWrites?: boolean }).failWrites) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          return original.apply(this, args);
        };
      }
      (window as { failWrites?: boolean }).failWrites = true;
    });
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowRight"); // " beta"
    await page.keyboard.press("Control+k");
    await page.keyboard.press("1"); // the most recent code, Satu
    await expect.poll(() => page.getByText(/The browser has no room left for this project/).count()).toBeGreaterThan(0);
    await expect.poll(() => drawnPassages(page)).toEqual(["alpha"]);
    const penuh = (await readStore<{ id: string; name: string }>(page, "documents")).find((d) => d.name === "Penuh")!;
    const stored = (await readStore<{ start: number; end: number; documentId: string }>(page, "codings")).filter((c) => c.documentId === penuh.id);
    expect(stored.map((c) => [c.start, c.end])).toEqual([[0, 5]]);
    await context.close();
  });
});
