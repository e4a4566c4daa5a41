// Backups on fake-indexeddb: every kind of change to a project's data notes when unbacked work
// began, in the change's own transaction (a refused change notes nothing) and only when none was
// noted; a loaded project has none; an export clears it unless the project changed after the read.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { saveEditedText } from "../../src/app/documentActions";
import { renameCode } from "../../src/core/commands/codebookCommands";
import * as caseCommands from "../../src/core/commands/caseCommands";
import type { CommandResult } from "../../src/core/commands/diff";
import { newId } from "../../src/core/model/ids";
import { applyProjectDiff, loadCaseModel, loadCodingModel } from "../../src/persistence/applyDiff";
import { noteUnbackedWork, recordBackup, snoozeBackupReminder } from "../../src/persistence/backups";
import { renameCoder } from "../../src/core/commands/coderCommands";
import { appDatabase } from "../../src/persistence/database";
import { addImportedDocument } from "../../src/persistence/documents";
import { caseLink } from "../../src/core/commands/diff";
import { deleteDocument } from "../../src/core/commands/documentCommands";
import { deleteProject, listProjects, readProjectContent, renameProject, writeProjectContent } from "../../src/persistence/projects";
import { parseProjectFile } from "../../src/formats/projectFile";
import type { ProjectContent } from "../../src/core/model/types";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

const db = appDatabase();
const demoText = readFileSync(BANTEN_FIXTURE, "utf8");
const EARLIER = "2024-01-02T03:04:05.000Z";

beforeEach(async () => {
  for (const p of await listProjects(db)) await deleteProject(db, p.id);
});

/** The Banten study loaded as a fresh project. */
async function loadDemo(): Promise<ProjectContent> {
  const content = await parseProjectFile("banten-study.json", demoText);
  await writeProjectContent(db, content);
  return content;
}

const projectRecord = async (id: string) => (await db.projects.get(id))!;

/** A change made by a case command, applied as the workbench applies it. */
const caseChange = (make: (model: caseCommands.CaseModel, demo: ProjectContent) => CommandResult) => async (demo: ProjectContent) =>
  applyProjectDiff(db, demo.project.id, make(await loadCaseModel(db, demo.project.id), demo).diff);

/** One change of each kind the workbench makes, on the demo project. */
const changes: [string, (demo: ProjectContent) => Promise<unknown>][] = [
  ["a coding or codebook command", async (d) => {
    const model = await loadCodingModel(db, d.project.id);
    await applyProjectDiff(db, d.project.id, renameCode(model, d.codes[0]!.id, "Renamed").diff);
  }],
  ["an imported transcript", (d) => addImportedDocument(db, d.project.id, { name: "New", text: "Halo.\n", sourceName: "new.txt", sourceType: "txt", notes: [] })],
  ["an edited text", (d) => saveEditedText(d.project.id, d.documents[0]!.id, `${d.documents[0]!.text}Tambahan.\n`)],
  ["a deleted document", (d) => {
    const links = d.caseDocuments.map((l) => caseLink(d.project.id, l.caseId, l.documentId));
    return applyProjectDiff(db, d.project.id, deleteDocument(d.documents[0]!, d.codings, links).diff);
  }],
  ["a case linked on import", caseChange((m, d) => caseCommands.linkDocumentToCaseNamed(m, d.documents[1]!.id, "Informan G", newId))],
  ["a new case", caseChange((m) => caseCommands.createCase(m, "Informan G", newId))],
  ["a renamed case", caseChange((m, d) => caseCommands.renameCase(m, d.cases[0]!.id, "Informan Z"))],
  ["a case description", caseChange((m, d) => caseCommands.describeCase(m, d.cases[0]!.id, "Mahasiswa di Serang"))],
  ["a deleted case", caseChange((m, d) => caseCommands.deleteCase(m, d.cases[0]!.id))],
  ["an attribute value", caseChange((m, d) => caseCommands.setCaseAttribute(m, d.cases[0]!.id, d.attributes[0]!.id, "Milenial"))],
  ["a new attribute", caseChange((m) => caseCommands.addAttribute(m, "Age", "number", [], newId))],
  ["a deleted attribute", caseChange((m, d) => caseCommands.deleteAttribute(m, d.attributes[0]!.id))],
  ["a case linked to a document", caseChange((m, d) => caseCommands.linkCaseDocument(m, d.cases[0]!.id, d.documents[1]!.id, true))],
  ["a renamed coder", async (d) => applyProjectDiff(db, d.project.id, renameCoder(await loadCodingModel(db, d.project.id), d.coders[0]!.id, "Dewi").diff)],
  ["a renamed project", (d) => renameProject(db, d.project.id, "Renamed study")],
];

describe("unbacked work", () => {
  it("is none in a project loaded from a file, whatever backup fields the content carried", async () => {
    const content = await parseProjectFile("banten-study.json", demoText);
    content.project = { ...content.project, unbackedSince: EARLIER, lastBackup: EARLIER, backupReminderSnoozedUntil: EARLIER };
    await writeProjectContent(db, content);
    expect(Object.keys(await projectRecord(content.project.id)).sort()).toEqual(["created", "id", "modified", "name"]);
  });

  it.each(changes)("is noted by %s, in its transaction", async (_kind, change) => {
    const demo = await loadDemo();
    expect((await projectRecord(demo.project.id)).unbackedSince).toBeUndefined();
    await change(demo);
    const noted = (await projectRecord(demo.project.id)).unbackedSince;
    expect(typeof noted).toBe("string");
    expect(Number.isNaN(Date.parse(noted!))).toBe(false);
  });

  it.each(changes)("keeps the time it began when %s follows", async (_kind, change) => {
    const demo = await loadDemo();
    await db.projects.update(demo.project.id, { unbackedSince: EARLIER });
    await change(demo);
    expect((await projectRecord(demo.project.id)).unbackedSince).toBe(EARLIER);
  });

  it("is not noted by a change that was refused", async () => {
    const demo = await loadDemo();
    await expect(caseChange((m, d) => caseCommands.renameCase(m, d.cases[0]!.id, d.cases[1]!.name))(demo)).rejects.toThrow(/already exists/);
    const model = await loadCodingModel(db, demo.project.id);
    const stale = renameCode(model, demo.codes[0]!.id, "First");
    await db.codes.update([demo.project.id, demo.codes[0]!.id], { name: "Changed meanwhile" });
    await expect(applyProjectDiff(db, demo.project.id, stale.diff)).rejects.toThrow(/changed elsewhere/);
    expect((await projectRecord(demo.project.id)).unbackedSince).toBeUndefined();
  });

  it("is noted only inside a transaction that includes the project", async () => {
    const demo = await loadDemo();
    await expect(db.transaction("rw", db.cases, () => noteUnbackedWork(db, demo.project.id, EARLIER))).rejects.toThrow();
    expect((await projectRecord(demo.project.id)).unbackedSince).toBeUndefined();
  });
});

describe("backups", () => {
  it("clear the unbacked work an export covered and record when it was made", async () => {
    const demo = await loadDemo();
    await caseChange((m) => caseCommands.createCase(m, "Informan G", newId))(demo);
    const read = await readProjectContent(db, demo.project.id);
    expect(read.project.unbackedSince).toBeDefined();
    await recordBackup(db, demo.project.id, "2024-05-06T07:08:09.000Z", read.project.unbackedSince);
    const after = await projectRecord(demo.project.id);
    expect(after.lastBackup).toBe("2024-05-06T07:08:09.000Z");
    expect("unbackedSince" in after).toBe(false);
  });

  it("keep unbacked work that began after the export read the project", async () => {
    const demo = await loadDemo();
    const read = await readProjectContent(db, demo.project.id);
    await caseChange((m) => caseCommands.createCase(m, "Informan G", newId))(demo);
    const noted = (await projectRecord(demo.project.id)).unbackedSince;
    await recordBackup(db, demo.project.id, "2024-05-06T07:08:09.000Z", read.project.unbackedSince);
    expect(await projectRecord(demo.project.id)).toMatchObject({ lastBackup: "2024-05-06T07:08:09.000Z", unbackedSince: noted });
  });

  it("record a snoozed reminder on the project", async () => {
    const demo = await loadDemo();
    await snoozeBackupReminder(db, demo.project.id, "2024-05-07T07:08:09.000Z");
    expect((await projectRecord(demo.project.id)).backupReminderSnoozedUntil).toBe("2024-05-07T07:08:09.000Z");
    expect((await projectRecord(demo.project.id)).unbackedSince).toBeUndefined();
  });
});

describe("case descriptions", () => {
  it("are saved trimmed, and an empty one removes the description", async () => {
    const demo = await loadDemo();
    const key: [string, string] = [demo.project.id, demo.cases[0]!.id];
    await caseChange((m, d) => caseCommands.describeCase(m, d.cases[0]!.id, "  Mahasiswa,\nSerang  "))(demo);
    expect((await db.cases.get(key))!.description).toBe("Mahasiswa,\nSerang");
    await caseChange((m, d) => caseCommands.describeCase(m, d.cases[0]!.id, "   "))(demo);
    const record = (await db.cases.get(key))!;
    expect("description" in record).toBe(false);
    expect(record.attributes).toEqual(demo.cases[0]!.attributes);
  });
});
