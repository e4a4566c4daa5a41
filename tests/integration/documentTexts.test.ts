// The analysis views' document read on fake-indexeddb: texts read once, read again only for a
// document whose text was edited (its `modified` moves), and always the stored text.
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renameCode } from "../../src/core/commands/codebookCommands";
import { editDocumentText } from "../../src/core/commands/textCommands";
import { applyProjectDiff, loadCodingModel } from "../../src/persistence/applyDiff";
import { appDatabase } from "../../src/persistence/database";
import { readDocuments, readDocumentsReusingTexts } from "../../src/persistence/documents";
import { deleteProject, listProjects, writeProjectContent } from "../../src/persistence/projects";
import { parseProjectFile } from "../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";

const db = appDatabase();

beforeEach(async () => {
  for (const p of await listProjects(db)) await deleteProject(db, p.id);
});

describe("readDocumentsReusingTexts", () => {
  it("reads each text once, and again only after it was edited", async () => {
    const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    await writeProjectContent(db, content);
    const projectId = content.project.id;
    const read = vi.spyOn(db.documentTexts, "bulkGet");
    /** The documents' texts as the view reads them, and the text keys that read asked the database for. */
    let asked: unknown[][] = [];
    const texts = async () => {
      read.mockClear();
      const documents = await readDocumentsReusingTexts(db, projectId);
      asked = read.mock.calls.map(([keys]) => keys as unknown[]);
      return documents.map((d) => [d.id, d.text]);
    };
    const stored = async () => (await readDocuments(db, projectId)).map((d) => [d.id, d.text]);

    expect(await texts()).toEqual(await stored());
    expect(asked.map((keys) => keys.length)).toEqual([content.documents.length]);

    // A codebook change: no text is read again.
    await applyProjectDiff(db, projectId, renameCode(await loadCodingModel(db, projectId), content.codes[0]!.id, "Renamed").diff);
    expect(await texts()).toEqual(await stored());
    expect(asked).toEqual([]);

    // A text edit: that document's text alone is read again, and it is the new one.
    const edited = content.documents[2]!;
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later modification time
    const model = await loadCodingModel(db, projectId, { documentIds: [edited.id] });
    await applyProjectDiff(db, projectId, editDocumentText(model, projectId, edited.id, `${edited.text}Tambahan.\n`, edited.name).diff);
    const after = await texts();
    expect(after).toEqual(await stored());
    expect(after.find(([id]) => id === edited.id)![1]).toBe(`${edited.text}Tambahan.\n`);
    expect(asked).toEqual([[[projectId, edited.id]]]);
  });
});
