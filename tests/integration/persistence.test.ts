// Dexie repositories on fake-indexeddb: projects, whole-project writes, documents with case
// links, and that a failed write leaves the database as it was.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { listCoders } from "../../src/persistence/coders";
import { createCoder, renameCoder } from "../../src/core/commands/coderCommands";
import { parseProjectFile } from "../../src/formats/projectFile";
import { addImportedDocument, readDocument } from "../../src/persistence/documents";
import { caseLink, invertDiff } from "../../src/core/commands/diff";
import { deleteDocument as deleteDocumentCommand, describeDocument, renameDocument } from "../../src/core/commands/documentCommands";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import {
  createProject,
  deleteProject,
  listProjects,
  readProjectContent,
  renameProject,
  summarizeProject,
  writeProjectContent,
} from "../../src/persistence/projects";
import { TelaahDatabase } from "../../src/persistence/schema";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { stepText } from "../../src/lang";

const opened: TelaahDatabase[] = [];
let counter = 0;
function freshDatabase(): TelaahDatabase {
  const db = new TelaahDatabase(`test-${process.pid}-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const demo = () => parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));

async function countAll(db: TelaahDatabase): Promise<number[]> {
  return Promise.all([db.projects.count(), ...db.projectTables.map((t) => t.count())]);
}

describe("projects", () => {
  it("creates, lists, renames and deletes projects; a new project has the default coder", async () => {
    const db = freshDatabase();
    const b = await createProject(db, "  Study B ");
    const a = await createProject(db, "Study A");
    expect((await listProjects(db)).map((p) => p.name)).toEqual(["Study A", "Study B"]);
    expect(await db.coders.where("projectId").equals(b.id).toArray()).toMatchObject([{ name: "Coder 1" }]);
    await renameProject(db, a.id, "Study C");
    expect((await listProjects(db)).map((p) => p.name)).toEqual(["Study B", "Study C"]);
    await deleteProject(db, b.id);
    expect((await listProjects(db)).map((p) => p.id)).toEqual([a.id]);
    expect(await db.coders.count()).toBe(1);
  });

  it("writes a whole project and reads it back unchanged", async () => {
    const db = freshDatabase();
    const content = await demo();
    await writeProjectContent(db, content);
    const back = await readProjectContent(db, content.project.id);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(back.documents)).toEqual(byId(content.documents));
    expect(byId(back.codings)).toEqual(byId(content.codings));
    expect(byId(back.codes)).toEqual(byId(content.codes));
    expect(back.caseDocuments).toHaveLength(6);
    expect(await summarizeProject(db, content.project.id)).toEqual({ documents: 6, codes: 18, codings: 30, cases: 6 });
  });

  it("loads the same project twice as two projects with the same record ids, the second named … (2), a third … (3)", async () => {
    const db = freshDatabase();
    const content = await demo();
    const first = await writeProjectContent(db, content);
    const second = await writeProjectContent(db, content);
    expect(second.id).not.toBe(first.id);
    expect([first.name, second.name]).toEqual([content.project.name, `${content.project.name} (2)`]);
    const third = await writeProjectContent(db, { ...content, project: { ...content.project, id: "another id" } });
    expect(third.name).toBe(`${content.project.name} (3)`);
    await deleteProject(db, third.id);
    expect(await db.codings.count()).toBe(60);
    await deleteProject(db, first.id);
    expect(await db.codings.count()).toBe(30);
    expect((await readProjectContent(db, second.id)).codings.map((c) => c.id).sort()).toEqual(content.codings.map((c) => c.id).sort());
  });

  it("writes nothing when any part of a project cannot be written", async () => {
    const db = freshDatabase();
    const content = await demo();
    const before = await countAll(db);
    const broken = { ...content, codings: [...content.codings, content.codings[0]!] }; // duplicate key
    await expect(writeProjectContent(db, broken)).rejects.toThrow();
    expect(await countAll(db)).toEqual(before);
  });
});

describe("documents", () => {
  const transcript = { name: "Interview 1", text: "Pewawancara: Halo\nInforman A: Saya 😀 setuju\n", sourceName: "Interview 1.txt", sourceType: "txt" as const, notes: [] };

  it("adds a document with its text, under a name of its own", async () => {
    const db = freshDatabase();
    const project = await createProject(db, "P");
    const first = await addImportedDocument(db, project.id, transcript);
    const second = await addImportedDocument(db, project.id, transcript);
    expect(second.name).toBe("Interview 1 (2)");
    expect((await readDocument(db, project.id, first.id))?.text).toBe(transcript.text);
    expect((await db.documents.get([project.id, first.id]))?.characters).toBe(Array.from(transcript.text).length);
  });

  it("refuses a document for a project that is gone, writing nothing", async () => {
    const db = freshDatabase();
    await expect(addImportedDocument(db, "missing", transcript)).rejects.toThrow(/no longer exists/);
    expect(await countAll(db)).toEqual(new Array(db.projectTables.length + 1).fill(0));
  });

  it("deletes a document with its text, codings and case links, and its inverse brings all back", async () => {
    const db = freshDatabase();
    const content = await demo();
    const project = await writeProjectContent(db, content);
    const target = content.documents.find((d) => d.name === "Informan B")!;
    const expectedLeft = content.codings.filter((c) => c.documentId !== target.id).length;
    const links = content.caseDocuments.map((l) => caseLink(project.id, l.caseId, l.documentId));
    const { diff } = deleteDocumentCommand({ ...target, projectId: project.id }, content.codings.map((c) => ({ ...c, projectId: project.id })), links);
    const before = await readProjectContent(db, project.id);
    await applyProjectDiff(db, project.id, diff);
    expect(await db.codings.count()).toBe(expectedLeft);
    expect(await db.documentTexts.count()).toBe(5);
    expect(await db.caseDocuments.count()).toBe(5);
    expect(await db.cases.count()).toBe(6);
    await applyProjectDiff(db, project.id, invertDiff(diff));
    const after = await readProjectContent(db, project.id);
    const sorted = (records: readonly object[]) => records.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
    for (const table of ["documents", "codings", "caseDocuments", "cases", "codes"] as const) {
      expect(sorted(after[table])).toEqual(sorted(before[table]));
    }
    // Deleting it again from a stale diff is refused: the document is back, but the diff's
    // codings would have to be gone already for its inverse to apply.
    await expect(applyProjectDiff(db, project.id, invertDiff(diff))).rejects.toThrow(/changed elsewhere/);
  });
});

describe("renaming and describing a document", () => {
  it("writes the new name and description, and the inverse puts the record back exactly", async () => {
    const db = freshDatabase();
    const project = await createProject(db, "P");
    const added = await addImportedDocument(db, project.id, { name: "Wawancara 1", text: "Informan A: Ya.\n", sourceName: "w1.txt", sourceType: "txt", notes: [] });
    await addImportedDocument(db, project.id, { name: "Wawancara 2", text: "Informan B: Tidak.\n", sourceName: "w2.txt", sourceType: "txt", notes: [] });
    const stored = await readDocument(db, project.id, added.id);
    expect(() => renameDocument(stored!, "  ", "2026-01-01T00:00:00Z", [])).toThrow(/needs a name/);
    expect(() => renameDocument(stored!, "wawancara 2", "2026-01-01T00:00:00Z", ["Wawancara 2"])).toThrow(/already exists/);

    const rename = renameDocument(stored!, "  Informan A, Serang ", "2026-01-01T00:00:00Z", ["Wawancara 2"]);
    await applyProjectDiff(db, project.id, rename.diff);
    const renamed = await readDocument(db, project.id, added.id);
    expect(renamed).toEqual({ ...stored, name: "Informan A, Serang", modified: "2026-01-01T00:00:00Z" });
    const described = describeDocument(renamed!, " Kepala desa, 52 tahun ", "2026-01-02T00:00:00Z");
    await applyProjectDiff(db, project.id, described.diff);
    expect((await readDocument(db, project.id, added.id))?.description).toBe("Kepala desa, 52 tahun");
    // An empty description removes the field.
    const cleared = describeDocument((await readDocument(db, project.id, added.id))!, "  ", "2026-01-03T00:00:00Z");
    expect("description" in cleared.diff.documents!.updated[0]!.after).toBe(false);

    await applyProjectDiff(db, project.id, invertDiff(described.diff));
    await applyProjectDiff(db, project.id, invertDiff(rename.diff));
    expect(await readDocument(db, project.id, added.id)).toEqual(stored);
    // The rename's inverse no longer fits once undone: a stale diff is refused.
    await expect(applyProjectDiff(db, project.id, invertDiff(rename.diff))).rejects.toThrow(/changed elsewhere/);
  });
});

describe("coders", () => {
  it("renames the default coder as a command that undoes, and refuses a name another coder has", async () => {
    const db = freshDatabase();
    const project = await createProject(db, "P");
    const [me] = await listCoders(db, project.id);
    const rename = renameCoder(await loadCodingModel(db, project.id), me!.id, "  Dewi ");
    expect(stepText(rename.label)).toBe("Rename the coder “Coder 1” to “Dewi”");
    await applyProjectDiff(db, project.id, rename.diff);
    expect((await listCoders(db, project.id)).map((c) => c.name)).toEqual(["Dewi"]);
    await applyProjectDiff(db, project.id, createCoder(await loadCodingModel(db, project.id), { id: "other", projectId: project.id, name: "Arif" }).diff);
    const model = await loadCodingModel(db, project.id);
    expect(() => renameCoder(model, me!.id, "arif")).toThrow(/already exists/);
    expect(() => renameCoder(model, me!.id, " ")).toThrow(/needs a name/);
    expect(() => createCoder(model, { id: "third", projectId: project.id, name: "DEWI" })).toThrow(/already exists/);
    // The rename undone while the name is as it left it; refused once it has changed again.
    await applyProjectDiff(db, project.id, invertDiff(rename.diff));
    expect((await listCoders(db, project.id)).map((c) => c.name).sort()).toEqual(["Arif", "Coder 1"]);
    await expect(applyProjectDiff(db, project.id, invertDiff(rename.diff))).rejects.toThrow(/The coder “Dewi” was changed elsewhere/);
  });
});
