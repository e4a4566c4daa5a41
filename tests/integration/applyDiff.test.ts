// Command diffs in the database on fake-indexeddb: apply and undo round trip, the model loaded back,
// and a stale diff or one for another project refused with nothing written.
import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { createCode } from "../../src/core/commands/codebookCommands";
import { adjustCoding, applyCode } from "../../src/core/commands/codingCommands";
import { invertDiff } from "../../src/core/commands/diff";
import { applyDiffToModel } from "../../src/core/commands/model";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import { addImportedDocument } from "../../src/persistence/documents";
import { createProject } from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";

const opened: TelaahDatabase[] = [];
let counter = 0;
function freshDatabase(): TelaahDatabase {
  const db = new TelaahDatabase(`apply-diff-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const TEXT = "Informan A: Saya 😀 setuju\n";

/** A project with one document and one code "Efisiensi", as stored. */
async function setUp(db: TelaahDatabase) {
  const project = await createProject(db, "P");
  const document = await addImportedDocument(db, project.id, { name: "A", text: TEXT, sourceName: "A.txt", sourceType: "txt", notes: [] });
  const empty = await loadCodingModel(db, project.id);
  const code = { id: "k1", projectId: project.id, name: "Efisiensi", parentId: null, color: null, description: "", order: 0 };
  await applyProjectDiff(db, project.id, createCode(empty, code).diff);
  return { projectId: project.id, documentId: document.id };
}

const storedCodings = async (db: TelaahDatabase, projectId: string) =>
  (await db.codings.where("projectId").equals(projectId).toArray()).map((c) => [c.id, c.start, c.end, c.quote]).sort();

describe("applyProjectDiff", () => {
  it("writes a command's diff and undoes it with the inverse; the model loads back as the commands see it", async () => {
    const db = freshDatabase();
    const { projectId, documentId } = await setUp(db);
    const model = await loadCodingModel(db, projectId);
    expect(model.documentText(documentId)).toBe(TEXT);
    expect([...model.codes.keys()]).toEqual(["k1"]);

    const args = { projectId, documentId, codeId: "k1", coderId: "me", created: "2024-03-01" };
    const first = applyCode(model, { ...args, id: "c1", start: 12, end: 18 });
    await applyProjectDiff(db, projectId, first.diff);
    const afterFirst = await loadCodingModel(db, projectId);
    expect(await storedCodings(db, projectId)).toEqual([["c1", 12, 18, "Saya 😀"]]);

    const merged = applyCode(afterFirst, { ...args, id: "c2", start: 18, end: 25 });
    await applyProjectDiff(db, projectId, merged.diff);
    expect(await storedCodings(db, projectId)).toEqual([["c2", 12, 25, "Saya 😀 setuju"]]);
    const loaded = await loadCodingModel(db, projectId);
    expect([...loaded.codings.values()]).toEqual([...applyDiffToModel(afterFirst, merged.diff).codings.values()]);

    await applyProjectDiff(db, projectId, invertDiff(merged.diff));
    expect(await storedCodings(db, projectId)).toEqual([["c1", 12, 18, "Saya 😀"]]);
    await applyProjectDiff(db, projectId, invertDiff(first.diff));
    expect(await db.codings.count()).toBe(0);
    expect(await db.codes.count()).toBe(1);
  });

  it("refuses a stale diff, writing nothing of it", async () => {
    const db = freshDatabase();
    const { projectId, documentId } = await setUp(db);
    const model = await loadCodingModel(db, projectId);
    const added = applyCode(model, { id: "c1", projectId, documentId, codeId: "k1", start: 12, end: 16, coderId: "me", created: "" });
    await applyProjectDiff(db, projectId, added.diff);
    const current = await loadCodingModel(db, projectId);
    const stale = adjustCoding(current, "c1", 12, 25, "me").diff;
    // Meanwhile, another tab moves the same coding, and a second tab would add a new one.
    await applyProjectDiff(db, projectId, adjustCoding(current, "c1", 12, 18, "me").diff);
    const withNewCode = { ...stale, codes: { added: [{ id: "k2", projectId, name: "Baru", parentId: null, color: null, description: "", order: 1 }], removed: [], updated: [] } };
    await expect(applyProjectDiff(db, projectId, withNewCode)).rejects.toThrow(
      "The coding “Saya” was changed elsewhere (another tab?); nothing was saved.",
    );
    expect(await storedCodings(db, projectId)).toEqual([["c1", 12, 18, "Saya 😀"]]);
    expect(await db.codes.count()).toBe(1);
    await expect(applyProjectDiff(db, projectId, added.diff)).rejects.toThrow(/was changed elsewhere/);
  });

  it("refuses records of another project", async () => {
    const db = freshDatabase();
    const { projectId } = await setUp(db);
    const model = await loadCodingModel(db, projectId);
    const foreign = createCode(model, { id: "k2", projectId: "other", name: "Baru", parentId: null, color: null, description: "" }).diff;
    await expect(applyProjectDiff(db, projectId, foreign)).rejects.toThrow("The code “Baru” belongs to another project; nothing was saved.");
    expect(await db.codes.count()).toBe(1);
  });
});

describe("loadCodingModel with a scope", () => {
  it("reads every code, and only the codings and texts of the given documents and codes", async () => {
    const db = freshDatabase();
    const { projectId, documentId } = await setUp(db);
    const other = await addImportedDocument(db, projectId, { name: "B", text: "Informan B: Tidak\n", sourceName: "B.txt", sourceType: "txt", notes: [] });
    const full = await loadCodingModel(db, projectId);
    const second = createCode(full, { id: "k2", projectId, name: "Gratifikasi", parentId: null, color: null, description: "" });
    await applyProjectDiff(db, projectId, second.diff);
    const args = { projectId, coderId: "me", created: "2024-03-01" };
    const withBoth = await loadCodingModel(db, projectId);
    for (const [id, document, code, start, end] of [["a1", documentId, "k1", 0, 7], ["b1", other.id, "k1", 0, 7], ["b2", other.id, "k2", 12, 17]] as const) {
      await applyProjectDiff(db, projectId, applyCode(await loadCodingModel(db, projectId), { ...args, id, documentId: document, codeId: code, start, end }).diff);
    }
    expect(withBoth.codes.size).toBe(2);

    const ofDocument = await loadCodingModel(db, projectId, { documentIds: [documentId] });
    expect([...ofDocument.codes.keys()].sort()).toEqual(["k1", "k2"]);
    expect([...ofDocument.codings.keys()]).toEqual(["a1"]);
    expect(ofDocument.documentText(documentId)).toBe(TEXT);
    expect(ofDocument.documentText(other.id)).toBeUndefined();

    const ofCode = await loadCodingModel(db, projectId, { codeIds: ["k2"] });
    expect([...ofCode.codings.keys()]).toEqual(["b2"]);
    expect(ofCode.documentText(other.id)).toBe("Informan B: Tidak\n");
    expect(ofCode.documentText(documentId)).toBeUndefined();
  });
});
