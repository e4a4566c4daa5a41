// Documents: adding an imported transcript (record and text) in one transaction that notes the
// project's unbacked work, and reading documents with their texts. Deleting one is a command.
import { inProjectOrder, nextPosition } from "../core/model/documentOrder";
import { newId } from "../core/model/ids";
import type { TextDocument } from "../core/model/types";
import type { ImportedTranscript } from "../formats/importTypes";
import { codePointLength } from "../core/text/offsets";
import { noteUnbackedWork } from "./backups";
import type { DocumentRecord, TelaahDatabase } from "./schema";

export async function addImportedDocument(
  db: TelaahDatabase,
  projectId: string,
  transcript: ImportedTranscript,
): Promise<TextDocument> {
  return db.transaction("rw", [db.projects, db.documents, db.documentTexts], async () => {
    if (!(await db.projects.get(projectId))) throw new Error("That project no longer exists.");
    const now = new Date().toISOString();
    const document: TextDocument = {
      id: newId(),
      projectId,
      position: nextPosition(await db.documents.where("projectId").equals(projectId).toArray()),
      name: await uniqueDocumentName(db, projectId, transcript.name),
      text: transcript.text,
      sourceName: transcript.sourceName,
      sourceType: transcript.sourceType,
      created: now,
      modified: now,
    };
    await db.documents.add(toDocumentRecord(document));
    await db.documentTexts.add({ projectId, id: document.id, text: document.text });
    await db.projects.update(projectId, { modified: now });
    await noteUnbackedWork(db, projectId, now);
    return document;
  });
}

export function toDocumentRecord({ text, ...rest }: TextDocument): DocumentRecord {
  return { ...rest, characters: codePointLength(text) };
}

/** A stored document record with its text, as the rest of the app holds documents. */
export function documentWithText({ characters: _characters, ...rest }: DocumentRecord, text: string): TextDocument {
  return { ...rest, text };
}

/** A document with its text, or null when it does not exist. */
export async function readDocument(db: TelaahDatabase, projectId: string, documentId: string): Promise<TextDocument | null> {
  return db.transaction("r", db.documents, db.documentTexts, async () => {
    const [record, text] = await Promise.all([db.documents.get([projectId, documentId]), db.documentTexts.get([projectId, documentId])]);
    if (!record || !text) return null;
    return documentWithText(record, text.text);
  });
}

export async function readDocuments(db: TelaahDatabase, projectId: string): Promise<TextDocument[]> {
  const [records, texts] = await Promise.all([
    db.documents.where("projectId").equals(projectId).toArray(),
    db.documentTexts.where("projectId").equals(projectId).toArray(),
  ]);
  const textById = new Map(texts.map((t) => [t.id, t.text]));
  return inProjectOrder(records).map((record) => documentWithText(record, textById.get(record.id) ?? ""));
}

/** Texts already read for views that recount on every change, by project and document, with the document's modification time then. */
const textsRead = new Map<string, { modified: string | undefined; text: string }>();

/** True when a text read before is still the document's (an imported document may have no modification time until edited). */
function isFresh(read: { modified: string | undefined } | undefined, modified: string | undefined): boolean {
  return read !== undefined && read.modified === modified;
}

/**
 * The project's documents with their texts, like readDocuments, but reading again only the texts of
 * documents added or modified (every text edit sets `modified`) since they were last read here:
 * a view that recounts after each coding then reads the documents' records, not all their texts.
 */
export async function readDocumentsReusingTexts(db: TelaahDatabase, projectId: string): Promise<TextDocument[]> {
  const read = await db.transaction("r", db.documents, db.documentTexts, async () => {
    const records = await db.documents.where("projectId").equals(projectId).toArray();
    return { records, texts: await textsReusedOf(db, projectId, records) };
  });
  return inProjectOrder(read.records.map((record, i) => documentWithText(record, read.texts[i] ?? "")));
}

/** One document with its text, like readDocument, reading the text again only when the document was modified since. */
export async function readDocumentReusingText(db: TelaahDatabase, projectId: string, documentId: string): Promise<TextDocument | null> {
  return db.transaction("r", db.documents, db.documentTexts, async () => {
    const record = await db.documents.get([projectId, documentId]);
    const [text] = record ? await textsReusedOf(db, projectId, [record]) : [];
    return record && text !== undefined ? documentWithText(record, text) : null;
  });
}

/** The records' texts (undefined for one the database lacks), read again only for those changed since they were read here. */
async function textsReusedOf(db: TelaahDatabase, projectId: string, records: readonly DocumentRecord[]): Promise<(string | undefined)[]> {
  const key = (id: string) => `${projectId}\u001f${id}`;
  const stale = records.filter((record) => !isFresh(textsRead.get(key(record.id)), record.modified));
  if (stale.length > 0) {
    const texts = await db.documentTexts.bulkGet(stale.map((record): [string, string] => [projectId, record.id]));
    stale.forEach((record, i) => {
      const text = texts[i]?.text;
      if (text === undefined) textsRead.delete(key(record.id));
      else textsRead.set(key(record.id), { modified: record.modified, text });
    });
  }
  return records.map((record) => textsRead.get(key(record.id))?.text);
}

/** The name itself when no document of the project has it, else the name with the first free " (n)". */
async function uniqueDocumentName(db: TelaahDatabase, projectId: string, name: string): Promise<string> {
  const taken = (candidate: string) => db.documents.where("[projectId+name]").equals([projectId, candidate]).count();
  if ((await taken(name)) === 0) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if ((await taken(candidate)) === 0) return candidate;
  }
}
