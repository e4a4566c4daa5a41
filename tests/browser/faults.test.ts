// Faults in the middle of work. A crash: thirty transcripts of 1 MB being imported and a burst of
// 200 codings being saved when the renderer is killed (CDP Page.crash); reopened, every document is
// whole or absent, no coding points at a missing document or code, and every coding whose save was
// acknowledged is there. A reload right after Enter on a new code's name in the palette (0, 10 and
// 50 ms, ten times each): the code and its coding are both kept or both gone.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readStore, useBrowserWorkbench, openWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

interface Row {
  id: string;
  projectId: string;
  name?: string;
  documentId?: string;
  codeId?: string;
}

/** The text of transcript `i` of the crash test: 1 MB, the same on both sides (built in the page too). */
const bigText = (i: number) => `Informan ${i}: ${"kata ".repeat(210_000)}`.slice(0, 1024 * 1024);

/**
 * The burst, through the app's own command runner (the modules the page runs, imported by their dev
 * server paths): a new code, then 200 codings of it on the open document, each acknowledged to the
 * test once its save resolved. Kept as text, so that the test runner leaves its imports alone.
 */
const BURST = `(async () => {
  const { runCommand, loadModel } = await import("/src/app/commandRunner.ts");
  const { createCode } = await import("/src/core/commands/codebookCommands.ts");
  const { applyCode } = await import("/src/core/commands/codingCommands.ts");
  const { useWorkbench } = await import("/src/state/workbenchStore.ts");
  const { appDatabase } = await import("/src/persistence/database.ts");
  const { projectId, documentId } = useWorkbench.getState();
  if (!projectId || !documentId) throw new Error("no open document");
  const [coder] = await appDatabase().coders.where("projectId").equals(projectId).toArray();
  const codeId = crypto.randomUUID();
  await runCommand(projectId, async () =>
    createCode(await loadModel(projectId, {}), { id: codeId, projectId, name: "Burst", parentId: null, color: null, description: "" }));
  for (let i = 0; i < 200; i++) {
    const id = crypto.randomUUID();
    // Passages two characters long, a character apart: none touches another, so none is merged.
    const saved = await runCommand(projectId, async () =>
      applyCode(await loadModel(projectId, { documentIds: [documentId] }), {
        id, projectId, documentId, codeId, coderId: coder.id, created: new Date().toISOString(), start: i * 3, end: i * 3 + 2,
      }));
    if (saved) await window.acknowledge(id);
  }
})()`;

async function reopened(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 120_000 });
  await page.getByRole("navigation", { name: "Documents" }).waitFor({ timeout: 60_000 });
  return page;
}

describe("a crash during an import and a burst of codings", () => {
  it("leaves whole documents or none, no dangling coding, and every acknowledged coding", async () => {
    const { context, page } = await openWorkbench(workbench());
    const acknowledged: string[] = [];
    await page.exposeFunction("acknowledge", (id: string) => void acknowledged.push(id));

    const files = Array.from({ length: 30 }, (_, i) => ({ name: `Besar ${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(bigText(i)) }));
    await page.locator("#import-files").setInputFiles(files, { timeout: 120_000 });
    // The burst, through the app's own command runner (the same modules the page runs).
    void page.evaluate(BURST).catch(() => {}); // ends with the crash
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
    const imported = page.getByRole("region", { name: "Import" }).locator("li[data-status=imported]");
    await expect.poll(() => imported.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const cdp = await context.newCDPSession(page);
    void cdp.send("Page.crash").catch(() => {});
    await page.waitForEvent("crash", { timeout: 10_000 }).catch(() => {});
    const seenBeforeCrash = acknowledged.length;

    const after = await reopened(context, workbench().url);
    const documents = await readStore<Row>(after, "documents");
    const texts = await readStore<Row>(after, "documentTexts");
    const codes = await readStore<Row>(after, "codes");
    const codings = await readStore<Row>(after, "codings");
    const key = (row: Row) => `${row.projectId}/${row.id}`;
    // Whole or absent: a record has its text and a text its record, and a big text is all there.
    expect(new Set(documents.map(key))).toEqual(new Set(texts.map(key)));
    const bigOnes = await after.evaluate(() =>
      new Promise<{ name: string; length: number; head: string; tail: string }[]>((resolve, reject) => {
        const request = indexedDB.open("telaah");
        request.onsuccess = () => {
          const tx = request.result.transaction(["documents", "documentTexts"], "readonly");
          const docs = tx.objectStore("documents").getAll();
          const all = tx.objectStore("documentTexts").getAll();
          tx.oncomplete = () => {
            const textOf = new Map((all.result as { id: string; text: string }[]).map((t) => [t.id, t.text]));
            resolve(
              (docs.result as { id: string; name: string }[])
                .filter((d) => d.name.startsWith("Besar "))
                .map((d) => {
                  const text = textOf.get(d.id) ?? "";
                  return { name: d.name, length: text.length, head: text.slice(0, 40), tail: text.slice(-40) };
                }),
            );
            request.result.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    );
    for (const document of bigOnes) {
      const expected = bigText(Number(document.name.slice("Besar ".length)));
      expect(document, document.name).toEqual({ name: document.name, length: expected.length, head: expected.slice(0, 40), tail: expected.slice(-40) });
    }
    const documentKeys = new Set(documents.map(key));
    const codeKeys = new Set(codes.map(key));
    expect(codings.filter((c) => !documentKeys.has(`${c.projectId}/${c.documentId}`) || !codeKeys.has(`${c.projectId}/${c.codeId}`))).toEqual([]);
    const codingIds = new Set(codings.map((c) => c.id));
    expect(seenBeforeCrash).toBeGreaterThanOrEqual(20);
    expect(acknowledged.filter((id) => !codingIds.has(id))).toEqual([]);
    await context.close();
  }, 300_000);
});

describe("create a code and apply it, then reload at once", () => {
  it("keeps both or neither, at 0, 10 and 50 ms after Enter, ten times each", async () => {
    const { context, page } = await openWorkbench(workbench());
    for (const delay of [0, 10, 50]) {
      for (let trial = 0; trial < 10; trial++) {
        const name = `Segera ${delay}-${trial}`;
        const editor = page.getByRole("textbox", { name: "Transcript text" });
        await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
        await page.keyboard.press("Home");
        await page.keyboard.press("Shift+End");
        await page.keyboard.press("Control+k");
        const combobox = page.getByRole("dialog", { name: "Apply code" }).getByRole("combobox", { name: "Code name" });
        await combobox.fill(name);
        await combobox.press("Enter");
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        await page.reload();
        await page.getByRole("navigation", { name: "Documents" }).waitFor({ timeout: 60_000 });
        const code = (await readStore<Row>(page, "codes")).find((c) => c.name === name);
        const codings = (await readStore<Row>(page, "codings")).filter((c) => code && c.codeId === code.id);
        expect(codings.length, `${name}: codings of the code`).toBe(code ? 1 : 0);
      }
    }
    await context.close();
  }, 600_000);
});
