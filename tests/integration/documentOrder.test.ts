// The project's own order of documents, on fake-indexeddb: a .qdpx's <Sources> order survives the
// import into the browser (where records are kept by id), a transcript imported later comes last,
// the saturation curve's "project" order and a new .qdpx export follow it, and the project file
// carries it.
import "fake-indexeddb/auto";
import { strFromU8, unzipSync } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { orderDocuments } from "../../src/core/analysis/saturation";
import { appDatabase } from "../../src/persistence/database";
import { addImportedDocument, readDocuments } from "../../src/persistence/documents";
import { deleteProject, listProjects, readProjectContent, writeProjectContent } from "../../src/persistence/projects";
import { parseProjectFile, serializeProjectFile } from "../../src/formats/projectFile";
import { exportQdpx } from "../../src/formats/refiQda/qdpx";
import { importQdpx } from "../../src/formats/refiQda/qdpxImport";
import { zipOf } from "../support/refiFiles";

const db = appDatabase();
beforeEach(async () => {
  for (const p of await listProjects(db)) await deleteProject(db, p.id);
});

// Sources neither in order of name nor of GUID.
const ORDER = [
  { guid: "00000000-0000-4000-8000-00000000000c", name: "Informan B" },
  { guid: "00000000-0000-4000-8000-00000000000a", name: "Informan C" },
  { guid: "00000000-0000-4000-8000-00000000000b", name: "Informan A" },
];
const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Order"><Sources>${ORDER.map((s) => `<TextSource guid="${s.guid}" name="${s.name}"><PlainTextContent>Teks ${s.name}.</PlainTextContent></TextSource>`).join("")}</Sources></Project>`;
let counter = 0;
const options = { now: "2026-12-01T00:00:00.000Z", newId: () => `00000000-0000-4000-9000-${String(++counter).padStart(12, "0")}` };
const sourceNames = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)["project.qde"]!).matchAll(/<TextSource [^>]*name="([^"]*)"/g)].map((m) => m[1]);

describe("the project's order of documents", () => {
  it("is the .qdpx's <Sources> order, with later imports after, in the saturation curve, a new export and the project file", async () => {
    const { content } = importQdpx("order.qdpx", zipOf({ "project.qde": qde }), options);
    const project = await writeProjectContent(db, content);
    const names = (list: { name: string }[]) => list.map((d) => d.name);
    expect(names(await readDocuments(db, project.id))).toEqual(ORDER.map((s) => s.name));

    await addImportedDocument(db, project.id, { name: "Informan 0", text: "Teks baru.\n", sourceName: "baru.txt", sourceType: "txt", notes: [] });
    const expected = [...ORDER.map((s) => s.name), "Informan 0"];
    const documents = await readDocuments(db, project.id);
    expect(names(documents)).toEqual(expected);
    expect(documents.map((d) => d.position)).toEqual([0, 1, 2, 3]);
    // Read in any order, the curve's "project" order is the same; by name it is another.
    expect(names(orderDocuments([...documents].reverse(), { by: "project" }))).toEqual(expected);
    expect(names(orderDocuments(documents, { by: "name" }))).toEqual(["Informan 0", "Informan A", "Informan B", "Informan C"]);

    const stored = await readProjectContent(db, project.id);
    const exported = await exportQdpx(stored);
    expect(sourceNames(exported)).toEqual(expected);
    // Imported again, into another browser's project, the order holds.
    const { content: again } = importQdpx("again.qdpx", exported, options);
    expect(names(again.documents)).toEqual(expected);

    const file = await parseProjectFile("order.telaah.json", await serializeProjectFile(stored));
    expect(file.documents.map((d) => [d.name, d.position])).toEqual(expected.map((name, i) => [name, i]));
  });
});
