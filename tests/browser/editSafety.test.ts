// Saving a text edit never blanks the workbench: edits at the start, middle and end of every demo
// transcript, with emoji before the edit, keep every coding on its passage (checked in the drawn
// transcript and in the stored records, apart from the app's code); and an error in any panel shows
// that panel's error message, leaves the other panels working, and "Reload" brings the panel back.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";
import { studyRows } from "../support/studyReference";
import { drawnPassages, transcript } from "../support/transcript";

const workbench = useBrowserWorkbench();
const DOCUMENTS = [...new Set(studyRows().map((r) => r.document))].sort();

interface StoredCoding {
  documentId: string;
  start: number;
  end: number;
}

/** The passages of the stored codings of a document, cut from its stored text by code points here. */
async function storedPassages(page: Page, documentName: string): Promise<string[]> {
  const documents = await readStore<{ id: string; name: string }>(page, "documents");
  const id = documents.find((d) => d.name === documentName)!.id;
  const text = (await readStore<{ id: string; text: string }>(page, "documentTexts")).find((t) => t.id === id)!.text;
  const points = Array.from(text);
  const codings = (await readStore<StoredCoding>(page, "codings")).filter((c) => c.documentId === id);
  return codings.map((c) => points.slice(c.start, c.end).join("")).sort();
}

/** Three edits: a note with an emoji at the start, one in the middle (at a paragraph's start), one at the end. */
const EDITS: { where: string; edit(text: string): string }[] = [
  { where: "start", edit: (text) => `Catatan 😀. ${text}` },
  {
    where: "middle",
    edit: (text) => {
      const at = text.indexOf("\n\n", Math.floor(text.length / 2)) + 2;
      return `${text.slice(0, at)}Catatan 👩🏽 di tengah. ${text.slice(at)}`;
    },
  },
  { where: "end", edit: (text) => `${text}Catatan akhir 🎉.` },
];

describe("saving a text edit", () => {
  it("keeps the workbench and every coding, at the start, middle and end of every demo transcript", async () => {
    const { context, page } = await openWorkbench(workbench());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const name of DOCUMENTS) {
      const passages = studyRows()
        .filter((r) => r.document === name)
        .map((r) => r.passage)
        .sort();
      await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: new RegExp(`^${name}`) }).click();
      await expect.poll(() => drawnPassages(page)).toEqual(passages);
      for (const { where, edit } of EDITS) {
        await transcript(page).getByRole("button", { name: "Edit text" }).click();
        const area = transcript(page).getByRole("textbox", { name: "Transcript text" });
        const edited = edit(await area.inputValue());
        await area.fill(edited);
        await transcript(page).getByRole("button", { name: "Save text" }).click();
        await expect.poll(() => page.locator(".notice").textContent(), { message: `${name}, ${where}` }).toContain(`${passages.length} codings found again, 0 orphaned`);
        await expect.poll(() => drawnPassages(page), { message: `${name}, ${where}` }).toEqual(passages);
        // The notice of the previous save reads the same: wait for this save's text to be drawn.
        await expect.poll(() => transcript(page).locator(".transcript-editor").textContent(), { message: `${name}, ${where}` }).toBe(edited.replace(/\n/g, ""));
        await expect.poll(() => drawnPassages(page), { message: `${name}, ${where}` }).toEqual(passages);
        expect(await storedPassages(page, name)).toEqual(passages);
        expect(errors).toEqual([]);
      }
    }
    await screenshot(page, "edit-safety");
    await context.close();
  });
});

/** Panels as the user knows them, and how to show each. */
const PANELS: { name: string; show?: string }[] = [
  { name: "Header" },
  { name: "Documents" },
  { name: "Codebook" },
  { name: "Transcript" },
  { name: "Cases", show: "Cases" },
  { name: "Matrix", show: "Matrix" },
  { name: "Co-occurrence", show: "Co-occurrence" },
  { name: "Concept map", show: "Concept map" },
];

describe("an error in a panel", () => {
  it("shows that panel's error with a way back, and never blanks the workbench", async () => {
    const { context, page } = await openWorkbench(workbench());
    page.removeAllListeners("pageerror");
    for (const { name, show } of PANELS) {
      if (show) await page.getByRole("button", { name: show, exact: true }).click();
      await page.evaluate((panel) => window.dispatchEvent(new CustomEvent("telaah:fault", { detail: panel })), name);
      const failed = page.getByRole("alert", { name: `${name}: something went wrong` });
      await failed.waitFor();
      expect(await failed.textContent()).toContain("Your work is saved");
      // The rest of the workbench is still there and working.
      if (name !== "Header") expect(await page.getByRole("banner").count()).toBe(1);
      if (name !== "Documents") expect(await page.getByRole("navigation", { name: "Documents" }).count()).toBe(1);
      if (name !== "Codebook") expect(await page.getByRole("complementary", { name: "Codebook" }).count()).toBe(1);
      if (name === "Transcript") await screenshot(page, "panel-error");
      await failed.getByRole("button", { name: `Reload ${name}` }).click();
      await expect.poll(() => failed.count()).toBe(0);
    }
    // Reloaded panels work: the documents list opens a transcript with its codings.
    await page.getByRole("button", { name: "Transcript", exact: true }).click();
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Informan A/ }).click();
    await expect.poll(() => drawnPassages(page)).toHaveLength(studyRows().filter((r) => r.document === "Informan A").length);
    await context.close();
  });
});
