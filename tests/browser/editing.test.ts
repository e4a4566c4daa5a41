// Editing a coded transcript's text in a real browser: every coding is found again or listed as
// orphaned, none is moved or dropped silently, and the edit is undone and redone as one step; and the coded passages of a code, retrieved and
// opened from the list.
import { describe, expect, it } from "vitest";
import { countRecords, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { referenceCount, studyRows } from "../support/studyReference";
import { drawnPassages, transcript } from "../support/transcript";

const workbench = useBrowserWorkbench();

describe("editing a coded transcript", () => {
  it("finds the codings again, lists the one whose passage was deleted, and lets it be deleted", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Informan A/ }).click();
    const passages = studyRows().filter((r) => r.document === "Informan A").map((r) => r.passage);
    await expect.poll(() => drawnPassages(page)).toEqual([...passages].sort());

    const removed = studyRows().find((r) => r.document === "Informan A" && r.code === "Gratifikasi")!.passage;
    await transcript(page).getByRole("button", { name: "Edit text" }).click();
    const area = transcript(page).getByRole("textbox", { name: "Transcript text" });
    const original = await area.inputValue();
    await area.fill(`Catatan wawancara 😀\n${original.replace(removed, "")}`);
    await transcript(page).getByRole("button", { name: "Save text" }).click();

    await expect.poll(() => page.locator(".notice").textContent()).toContain(`${passages.length - 1} codings found again, 1 orphaned`);
    await expect.poll(() => drawnPassages(page)).toEqual(passages.filter((p) => p !== removed).sort());
    const orphans = page.getByRole("region", { name: "Orphaned codings" });
    await expect.poll(() => orphans.locator("q").allTextContents()).toEqual([removed]);
    await screenshot(page, "orphaned-codings");

    // The edit is one step of undo: the text and every coding come back as they were, and again.
    await transcript(page).locator("h1").click();
    await page.keyboard.press("Control+z");
    await expect.poll(() => drawnPassages(page)).toEqual([...passages].sort());
    await expect.poll(() => orphans.count()).toBe(0);
    expect(await transcript(page).locator(".transcript-editor").textContent()).not.toContain("Catatan wawancara");
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => drawnPassages(page)).toEqual(passages.filter((p) => p !== removed).sort());
    await expect.poll(() => orphans.locator("q").allTextContents()).toEqual([removed]);
    expect(await transcript(page).locator(".transcript-editor").textContent()).toContain("Catatan wawancara 😀");

    await orphans.getByRole("button", { name: "Delete coding" }).click();
    await expect.poll(() => orphans.count()).toBe(0);
    await context.close();
  });
});

describe("retrieval", () => {
  it("lists a code's passages with their document and opens one in the transcript", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.getByRole("tree", { name: "Codes" }).getByRole("treeitem").filter({ hasText: "Efisiensi layanan" }).click();
    await page.getByRole("button", { name: "Coded passages" }).click();
    const list = page.getByRole("region", { name: "Coded passages" });
    const expected = studyRows().filter((r) => r.code === "Efisiensi layanan");
    await expect.poll(() => list.locator("mark").allTextContents()).toHaveLength(referenceCount(["Efisiensi layanan"]).references);
    expect((await list.locator("mark").allTextContents()).sort()).toEqual(expected.map((r) => r.passage).sort());
    expect(await list.locator(".passage-source").first().textContent()).toContain(expected[0]!.document);
    await screenshot(page, "retrieval");
    const first = await list.locator("mark").first().textContent();
    await list.locator("button.passage").first().click();
    await expect.poll(() => transcript(page).locator("h1").textContent()).toBe(expected[0]!.document);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(first);
    await context.close();
  });
});

describe("deleting a document", () => {
  it("deletes a document with its codings after asking, and undo brings everything back", async () => {
    const { context, page } = await openWorkbench(workbench());
    const documents = page.getByRole("navigation", { name: "Documents" }).locator("button.document-link");
    await expect.poll(() => documents.count()).toBe(6);
    const before = await countRecords(page);
    const ofB = studyRows().filter((r) => r.document === "Informan B");

    // The delete button shows on hover (or keyboard focus) of its document.
    await documents.filter({ hasText: "Informan B" }).hover();
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: "Delete document Informan B" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete “Informan B”?" });
    expect(await confirm.textContent()).toContain(`its ${ofB.length} codings`);
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect.poll(() => documents.count()).toBe(5);
    await expect.poll(async () => (await countRecords(page)).codings).toBe(before.codings! - ofB.length);

    await page.locator("body").press("Control+z");
    await expect.poll(() => documents.count()).toBe(6);
    expect(await countRecords(page)).toEqual(before);
    await documents.filter({ hasText: "Informan B" }).click();
    await expect.poll(() => drawnPassages(page)).toEqual(ofB.map((r) => r.passage).sort());
    await context.close();
  });
});
