// Memos in the database: written, changed and deleted by commands in one transaction each, read back
// with the project; a stale change is refused and leaves the memo as stored; deleting a code or a
// document a memo is linked to keeps the memo and its link, and undoing the deletion finds it whole.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { invertDiff } from "../../src/core/commands/diff";
import { deleteCode } from "../../src/core/commands/codebookCommands";
import { deleteDocument } from "../../src/core/commands/documentCommands";
import { createMemo, deleteMemo, editMemo, linkMemo } from "../../src/core/commands/memoCommands";
import { memoDocFromPlainText, type Memo } from "../../src/core/model/memo";
import { parseProjectFile } from "../../src/formats/projectFile";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import { deleteProject, readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

const opened: TelaahDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function demoDatabase() {
  const db = new TelaahDatabase(`memos-${process.pid}-${opened.length}`);
  opened.push(db);
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  await writeProjectContent(db, content);
  return { db, content, projectId: content.project.id };
}

const memosOf = (db: TelaahDatabase, projectId: string) => db.memos.where("projectId").equals(projectId).toArray();

describe("memos in the database", () => {
  it("are created, edited, linked and deleted by commands, and read back with the project", async () => {
    const { db, content, projectId } = await demoDatabase();
    const code = content.codes.find((c) => c.parentId !== null)!;
    const coding = content.codings[0]!;
    const created = createMemo({ id: "m1", projectId, title: "On slow replies", text: memoDocFromPlainText("Admins answer late."), author: content.coders[0]!.id, links: [{ kind: "code", id: code.id }], now: "2026-12-01T10:00:00.000Z" });
    await applyProjectDiff(db, projectId, created.diff);
    const memo = (await memosOf(db, projectId))[0]!;
    expect(memo).toEqual(created.diff.memos!.added[0]);
    const linked = linkMemo(memo, { kind: "coding", id: coding.id }, "2026-12-01T11:00:00.000Z");
    await applyProjectDiff(db, projectId, linked.diff);
    expect((await readProjectContent(db, projectId)).memos).toEqual([linked.diff.memos!.updated[0]!.after]);

    // Computed from the memo before the link: refused, and nothing changes.
    const stale = editMemo(memo, { title: "Renamed" }, "2026-12-01T12:00:00.000Z");
    await expect(applyProjectDiff(db, projectId, stale.diff)).rejects.toThrow(/The memo “On slow replies” was changed elsewhere/);
    expect(await memosOf(db, projectId)).toEqual([linked.diff.memos!.updated[0]!.after]);

    await applyProjectDiff(db, projectId, invertDiff(linked.diff));
    expect(await memosOf(db, projectId)).toEqual([memo]);
    await applyProjectDiff(db, projectId, deleteMemo(memo).diff);
    expect(await memosOf(db, projectId)).toEqual([]);
  });

  it("outlive a deleted code or document, keeping the link, which works again when the deletion is undone", async () => {
    const { db, content, projectId } = await demoDatabase();
    const coding = content.codings[0]!;
    const document = content.documents.find((d) => d.id === coding.documentId)!;
    const links = [{ kind: "code", id: coding.codeId }, { kind: "coding", id: coding.id }, { kind: "document", id: document.id }] as Memo["links"];
    await applyProjectDiff(db, projectId, createMemo({ id: "m1", projectId, title: "Kept", text: memoDocFromPlainText("x"), author: coding.coderId, links, now: "t" }).diff);
    const model = await loadCodingModel(db, projectId);
    const codeDeleted = deleteCode(model, coding.codeId);
    await applyProjectDiff(db, projectId, codeDeleted.diff);
    const codingsNow = (await readProjectContent(db, projectId)).codings.filter((c) => c.documentId === document.id);
    const documentDeleted = deleteDocument(document, codingsNow, []);
    await applyProjectDiff(db, projectId, documentDeleted.diff);
    const after = await readProjectContent(db, projectId);
    expect(after.codes.some((c) => c.id === coding.codeId)).toBe(false);
    expect(after.documents.some((d) => d.id === document.id)).toBe(false);
    expect(after.memos).toMatchObject([{ id: "m1", title: "Kept", links }]);

    await applyProjectDiff(db, projectId, invertDiff(documentDeleted.diff));
    await applyProjectDiff(db, projectId, invertDiff(codeDeleted.diff));
    const back = await readProjectContent(db, projectId);
    expect(back.codings.some((c) => c.id === coding.id)).toBe(true);
    expect(back.codes.some((c) => c.id === coding.codeId)).toBe(true);
    expect(back.memos![0]!.links).toEqual(links);
  });

  it("go with their project when it is deleted", async () => {
    const { db, projectId } = await demoDatabase();
    await applyProjectDiff(db, projectId, createMemo({ id: "m1", projectId, title: "A", text: memoDocFromPlainText(""), author: "a", links: [{ kind: "project", id: projectId }], now: "t" }).diff);
    expect(await db.memos.count()).toBe(1);
    await deleteProject(db, projectId);
    expect(await db.memos.count()).toBe(0);
  });
});
