// Merging a second coder's .qdpx into the Banten demo in a real browser: the colleague's file is
// made here from the study's own project file (their coder, part of the study's codings, one new
// code and one new document); merged through the codebook's button and dialog, their codings come
// in as theirs and the first coder's stay exactly as they were; one undo takes the merge back.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import type { Coder, Coding, ProjectContent } from "../../src/core/model/types";
import { parseProjectFile } from "../../src/formats/projectFile";
import { exportQdpx } from "../../src/formats/refiQda/qdpx";
import { openWorkbench, readStore, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

/** Budi's project: Informan A and B with the study's codings there, as Budi's, and a coding at a code of his own in a document of his own. */
async function budisProject(): Promise<{ content: ProjectContent; expected: number }> {
  const study = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const projectId = "budi-project";
  const budi: Coder = { id: "budi", projectId, name: "Budi" };
  const kept = study.documents.filter((d) => d.name === "Informan A" || d.name === "Informan B");
  const keptIds = new Set(kept.map((d) => d.id));
  const extra = { ...kept[0]!, id: "extra", name: "Informan G", text: "Saya lebih suka datang langsung ke kantor.\n" };
  const newCode = { id: "new-code", projectId, name: "Kunjungan langsung", parentId: null, color: null, description: "", order: 99 };
  const codings: Coding[] = study.codings
    .filter((c) => keptIds.has(c.documentId))
    .map((c) => ({ ...c, id: `budi-${c.id}`, projectId, coderId: budi.id }));
  const expected = codings.length;
  codings.push({ ...codings[0]!, id: "budi-extra", documentId: "extra", codeId: newCode.id, start: 0, end: 4, quote: "Saya", before: "", after: " lebih suka" });
  const content: ProjectContent = {
    ...study,
    project: { ...study.project, id: projectId, name: "Banten (Budi)" },
    coders: [budi],
    documents: [...kept, extra].map((d) => ({ ...d, projectId })),
    codes: [...study.codes, newCode].map((c) => ({ ...c, projectId })),
    codings,
    cases: [],
    caseDocuments: [],
    attributes: [],
  };
  return { content, expected };
}

describe("merging a colleague's coding", () => {
  it("adds a second coder's codings from a .qdpx without touching the first coder's, in one undo step", async () => {
    const { context, page } = await openWorkbench(workbench());
    const documents = page.getByRole("navigation", { name: "Documents" }).locator("button.document-link");
    await expect.poll(() => documents.count()).toBe(6);
    const before = await readStore<Coding>(page, "codings");
    const codersBefore = await readStore<Coder>(page, "coders");
    expect(codersBefore).toHaveLength(1);

    const { content, expected } = await budisProject();
    const qdpx = Buffer.from(await exportQdpx(content, {}));
    await page.getByLabel("Merge a colleague's coding (.qdpx or project file)").setInputFiles({ name: "budi.qdpx", mimeType: "application/zip", buffer: qdpx });
    const dialog = page.getByRole("dialog", { name: "Merge the coding in “budi.qdpx”" });
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("“Informan A” is “Informan A” (same text)");
    expect(text).toContain("“Informan G” is not in this project (1 coding)");
    expect(text).toContain("Kunjungan langsung (1 coding): add it");
    expect(await dialog.getByLabel(/come in as coder/).inputValue()).toBe("Budi");
    await screenshot(page, "merge-coding-dialog");
    // Leave the new document and code out: Budi's codings in the study's documents come in.
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();

    await expect.poll(async () => (await readStore<Coding>(page, "codings")).length).toBe(before.length + expected);
    const after = await readStore<Coding>(page, "codings");
    const coders = await readStore<Coder>(page, "coders");
    const newCoder = coders.find((c) => c.name === "Budi")!;
    expect(coders.filter((c) => c.id !== newCoder.id)).toEqual(codersBefore);
    const first = codersBefore[0]!.id;
    expect(after.filter((c) => c.coderId === first).sort(byId)).toEqual([...before].sort(byId));
    const merged = after.filter((c) => c.coderId === newCoder.id);
    expect(merged).toHaveLength(expected);
    // Each of Budi's codings sits on a passage the first coder coded at the same code (Budi's file copied them).
    const key = (c: Coding) => `${c.documentId} ${c.codeId} ${c.start} ${c.end}`;
    expect(new Set(merged.map(key))).toEqual(new Set(before.filter((c) => content.codings.some((b) => b.id === `budi-${c.id}`)).map(key)));
    await expect.poll(() => page.locator(".notice").textContent()).toContain(`Merged ${expected} codings from budi.qdpx.`);
    await screenshot(page, "merge-coding-done");

    await page.getByRole("navigation", { name: "Documents" }).focus();
    await page.keyboard.press("Control+z");
    await expect.poll(async () => (await readStore<Coding>(page, "codings")).length).toBe(before.length);
    expect(await readStore<Coder>(page, "coders")).toEqual(codersBefore);
    await context.close();
  }, 120_000);
});

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
