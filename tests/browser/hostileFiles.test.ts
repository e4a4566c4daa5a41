// A representative dozen of the hostile corpus (tests/hostile/corpus.ts) imported through the
// workbench's own file inputs: each is refused with a message naming it, IndexedDB holds exactly
// what it held before, and the tab still answers a round trip within a second afterwards.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HOSTILE_CORPUS } from "../hostile/corpus";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

/** Where each file goes in: the projects dialog, the transcript import, the cases sheet or the codebook. */
const DOZEN: [string, "project" | "transcript" | "attributes" | "codebook"][] = [
  ["better-zip-bomb.qdpx", "project"],
  ["deflate-overrun.qdpx", "project"],
  ["huge-attribute.qdpx", "project"],
  ["deep-xml.qde", "project"],
  ["deep-codes-10000.qde", "project"],
  ["deep-json.telaah.json", "project"],
  ["doctype-after-comment.qdpx", "project"],
  ["xxe.qdpx", "project"],
  ["zip-slip.qdpx", "project"],
  ["truncated.qdpx", "project"],
  ["missing-code.qdpx", "project"],
  ["binary.txt", "transcript"],
  ["million-columns.csv", "attributes"],
  ["too-many-rows.csv", "codebook"],
];

/** Every record of every object store, read with the raw IndexedDB API, as one JSON text. */
function databaseDump(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open("telaah");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = Array.from(db.objectStoreNames).sort();
          const tx = db.transaction(names, "readonly");
          const dump: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (dump[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(dump));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Whether the page answers a round trip within a second. */
async function answersWithinASecond(page: Page): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 1000)));
  const answer = page.evaluate(() => true);
  const result = await Promise.race([answer, late]);
  clearTimeout(timer);
  return result;
}

describe("hostile files in the workbench", () => {
  it("refuses each with a message naming it, changes nothing and stays responsive", async () => {
    const { context, page } = await openWorkbench(workbench());
    const before = await databaseDump(page);
    const alert = page.getByRole("alert");
    for (const [name, route] of DOZEN) {
      const file = HOSTILE_CORPUS.find((candidate) => candidate.name === name)!;
      if (!("refused" in file.expect)) throw new Error(`${name} is not a refused file`);
      const buffer = Buffer.from(await file.make());
      const upload = { name, mimeType: "application/octet-stream", buffer };
      if (route === "project") {
        await page.getByRole("button", { name: /^Project/ }).click();
        await page.getByRole("dialog", { name: "Projects" }).getByLabel("Import project file").setInputFiles(upload);
        await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain(`${name}: `);
        expect(await alert.textContent()).toMatch(file.expect.refused);
      } else if (route === "transcript") {
        await page.locator("#import-files").setInputFiles(upload);
        const result = page.getByRole("region", { name: "Import" }).locator("li", { hasText: name });
        await expect.poll(() => result.getAttribute("data-status"), { timeout: 60_000 }).toBe("failed");
      } else if (route === "attributes") {
        await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Cases" }).click();
        await page.getByLabel("Import attribute table (CSV)").setInputFiles(upload);
        await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain(`${name}: `);
        expect(await alert.textContent()).toMatch(file.expect.refused);
      } else {
        await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Transcript" }).click();
        await page.getByLabel("Import codebook (CSV or .qdc)").setInputFiles(upload);
        await expect.poll(() => alert.textContent(), { timeout: 60_000 }).toContain(`${name}: `);
        expect(await alert.textContent()).toMatch(file.expect.refused);
      }
      expect(await answersWithinASecond(page), `the tab answers after ${name}`).toBe(true);
      expect(await databaseDump(page), `IndexedDB after ${name}`).toBe(before);
    }
    await screenshot(page, "hostile-refused");
    await context.close();
  }, 600_000);
});
