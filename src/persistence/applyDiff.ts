// Writing a command's diff to the database in one transaction, after checking that the stored
// records are still those the diff was computed from (and noting the project's unbacked work);
// and loading the models commands work on.
import { createCaseModel, type CaseModel } from "../core/commands/caseCommands";
import {
  caseLink,
  describeRecord,
  diffRecords,
  type DiffRecord,
  findConflict,
  type CaseLink,
  type DocumentText,
  type ProjectDiff,
  type RecordChanges,
} from "../core/commands/diff";
import { createModel, type CodingModel } from "../core/commands/model";
import type { TextDocument } from "../core/model/types";
import { codePointLength } from "../core/text/offsets";
import { documentWithText, toDocumentRecord } from "./documents";
import { noteUnbackedWork } from "./backups";
import type { Table } from "dexie";
import type { TelaahDatabase } from "./schema";

/** A diff refused because a record it names was changed since the diff was made (in another tab, or by a colleague). */
export class ConflictError extends Error {
  constructor(readonly record: DiffRecord) {
    super(`${describeRecord(record)} was changed elsewhere (another tab?); nothing was saved.`);
  }
}

/** Applies a diff to a project's records, entirely or (when any record has changed meanwhile) not at all. */
export async function applyProjectDiff(db: TelaahDatabase, projectId: string, diff: ProjectDiff): Promise<void> {
  const foreign = diffRecords(diff).find((record) => record.projectId !== projectId);
  if (foreign) throw new Error(`${describeRecord(foreign)} belongs to another project; nothing was saved.`);
  const touchesCases = diff.cases !== undefined || diff.attributes !== undefined || diff.caseLinks !== undefined;
  const tables: Table[] = [db.projects, db.codes, db.codings];
  if (diff.texts || diff.documents) tables.push(db.documents, db.documentTexts);
  if (touchesCases) tables.push(db.cases, db.attributes, db.caseDocuments);
  if (diff.coders) tables.push(db.coders);
  if (diff.mapViews) tables.push(db.mapViews);
  if (diff.memos) tables.push(db.memos);
  if (diff.savedQueries) tables.push(db.savedQueries);
  await db.transaction("rw", tables, async () => {
    const named = <T>(changes: RecordChanges<T> | undefined): T[] =>
      changes ? [...changes.added, ...changes.removed, ...changes.updated.map((u) => u.before)] : [];
    const keys = <T extends { id: string }>(changes: RecordChanges<T> | undefined) => named(changes).map((r): [string, string] => [projectId, r.id]);
    /** The stored records the changes name, by id (none read when the diff leaves the table alone). */
    const stored = async <T extends { id: string }>(table: ProjectTable<T>, changes: RecordChanges<T> | undefined) => byId(changes ? await table.bulkGet(keys(changes)) : []);
    const codes = await stored(db.codes, diff.codes);
    const codings = await stored(db.codings, diff.codings);
    const texts = byId(diff.texts ? await db.documentTexts.bulkGet(keys(diff.texts)) : []);
    const documents = byId(diff.documents ? await readDocumentsByKey(db, keys(diff.documents)) : []);
    const cases = await stored(db.cases, diff.cases);
    const attributes = await stored(db.attributes, diff.attributes);
    const linkKeys = named(diff.caseLinks).map((l): [string, string, string] => [projectId, l.caseId, l.documentId]);
    const coders = await stored(db.coders, diff.coders);
    const mapViews = await stored(db.mapViews, diff.mapViews);
    const memos = await stored(db.memos, diff.memos);
    const savedQueries = await stored(db.savedQueries, diff.savedQueries);
    const links = byId(diff.caseLinks ? (await db.caseDocuments.bulkGet(linkKeys)).map((l) => l && caseLink(projectId, l.caseId, l.documentId)) : []);
    const conflict = findConflict(
      {
        code: (id) => codes.get(id),
        coding: (id) => codings.get(id),
        text: (id) => texts.get(id),
        document: (id) => documents.get(id),
        case: (id) => cases.get(id),
        attribute: (id) => attributes.get(id),
        caseLink: (id) => links.get(id),
        coder: (id) => coders.get(id),
        mapView: (id) => mapViews.get(id),
        memo: (id) => memos.get(id),
        savedQuery: (id) => savedQueries.get(id),
      },
      diff,
    );
    if (conflict) throw new ConflictError(conflict);
    await writeRecordChanges(db.codes, projectId, diff.codes);
    await writeRecordChanges(db.codings, projectId, diff.codings);
    await writeRecordChanges(db.cases, projectId, diff.cases);
    await writeRecordChanges(db.attributes, projectId, diff.attributes);
    await writeRecordChanges(db.coders, projectId, diff.coders);
    await writeRecordChanges(db.mapViews, projectId, diff.mapViews);
    await writeRecordChanges(db.memos, projectId, diff.memos);
    await writeRecordChanges(db.savedQueries, projectId, diff.savedQueries);
    const now = new Date().toISOString();
    if (diff.documents) await writeDocumentChanges(db, projectId, diff.documents);
    if (diff.texts) await writeTextChanges(db, projectId, diff.texts, now);
    if (diff.caseLinks) await writeCaseLinkChanges(db, projectId, diff.caseLinks);
    await noteUnbackedWork(db, projectId, now);
  });
}

/** Whole documents (record and text) deleted, or put back as they were. */
async function writeDocumentChanges(db: TelaahDatabase, projectId: string, documents: RecordChanges<TextDocument>): Promise<void> {
  const keys = documents.removed.map((d): [string, string] => [projectId, d.id]);
  await db.documents.bulkDelete(keys);
  await db.documentTexts.bulkDelete(keys);
  const written = [...documents.updated.map((u) => u.after), ...documents.added];
  await db.documents.bulkPut(written.map(toDocumentRecord));
  await db.documentTexts.bulkPut(written.map((d) => ({ projectId, id: d.id, text: d.text })));
}

/** Documents with their texts, as commands hold them; a missing one is left out. */
async function readDocumentsByKey(db: TelaahDatabase, keys: [string, string][]): Promise<TextDocument[]> {
  const [records, texts] = await Promise.all([db.documents.bulkGet(keys), db.documentTexts.bulkGet(keys)]);
  return records.flatMap((record, i) => {
    const text = texts[i];
    return record && text ? [documentWithText(record, text.text)] : [];
  });
}

/** New texts, with the document records' character counts and modification times that follow from them. */
async function writeTextChanges(db: TelaahDatabase, projectId: string, texts: RecordChanges<DocumentText>, now: string): Promise<void> {
  if (texts.added.length > 0 || texts.removed.length > 0) throw new Error("A document's text can be changed, not added or removed, by a command.");
  for (const { after } of texts.updated) {
    await db.documentTexts.put({ projectId, id: after.id, text: after.text });
    await db.documents.update([projectId, after.id], { characters: codePointLength(after.text), modified: now });
  }
}

/** A table of project records keyed [projectId+id]. */
type ProjectTable<T> = Table<T, [string, string]>;

/** Records stored as the diff holds them: the removed deleted, the updated and added put. */
async function writeRecordChanges<T extends { id: string }>(table: ProjectTable<T>, projectId: string, changes: RecordChanges<T> | undefined): Promise<void> {
  if (!changes) return;
  await table.bulkDelete(changes.removed.map((r): [string, string] => [projectId, r.id]));
  await table.bulkPut([...changes.updated.map((u) => u.after), ...changes.added]);
}

async function writeCaseLinkChanges(db: TelaahDatabase, projectId: string, caseLinks: RecordChanges<CaseLink>): Promise<void> {
  const stored = ({ caseId, documentId }: CaseLink) => ({ projectId, caseId, documentId });
  await db.caseDocuments.bulkDelete(caseLinks.removed.map((l): [string, string, string] => [projectId, l.caseId, l.documentId]));
  await db.caseDocuments.bulkPut([...caseLinks.updated.map((u) => stored(u.after)), ...caseLinks.added.map(stored)]);
}

/** The cases, attribute definitions and case–document links of a project, for case commands. */
export async function loadCaseModel(db: TelaahDatabase, projectId: string): Promise<CaseModel> {
  return db.transaction("r", db.cases, db.attributes, db.caseDocuments, async () => {
    const [cases, attributes, links] = await Promise.all([
      db.cases.where("projectId").equals(projectId).toArray(),
      db.attributes.where("projectId").equals(projectId).toArray(),
      db.caseDocuments.where("projectId").equals(projectId).toArray(),
    ]);
    return createCaseModel(projectId, cases, attributes, links.map((l) => caseLink(projectId, l.caseId, l.documentId)));
  });
}

/**
 * The model commands work on, read in one transaction: every code and coder, and the codings and
 * document texts of the whole project or only of the given scope.
 */
export async function loadCodingModel(db: TelaahDatabase, projectId: string, scope?: ModelScope): Promise<CodingModel> {
  return db.transaction("r", db.codes, db.codings, db.coders, db.documentTexts, async () => {
    const codes = await db.codes.where("projectId").equals(projectId).toArray();
    const coders = await db.coders.where("projectId").equals(projectId).toArray();
    if (!scope) {
      const [codings, texts] = await Promise.all([
        db.codings.where("projectId").equals(projectId).toArray(),
        db.documentTexts.where("projectId").equals(projectId).toArray(),
      ]);
      return createModel(codes, codings, new Map(texts.map((t) => [t.id, t.text])), coders);
    }
    const inDocuments = await Promise.all((scope.documentIds ?? []).map((id) => db.codings.where("[projectId+documentId]").equals([projectId, id]).toArray()));
    const ofCodes = await Promise.all((scope.codeIds ?? []).map((id) => db.codings.where("[projectId+codeId]").equals([projectId, id]).toArray()));
    const codings = new Map([...inDocuments.flat(), ...ofCodes.flat()].map((c) => [c.id, c]));
    const documentIds = new Set([...(scope.documentIds ?? []), ...[...codings.values()].map((c) => c.documentId)]);
    const texts = await db.documentTexts.bulkGet([...documentIds].map((id): [string, string] => [projectId, id]));
    return createModel(codes, codings.values(), new Map(texts.filter((t) => t !== undefined).map((t) => [t.id, t.text])), coders);
  });
}

/** What a command needs beyond the codes: the codings of some documents and of some codes (with those documents' texts). */
export interface ModelScope {
  documentIds?: string[];
  codeIds?: string[];
}

function byId<T extends { id: string }>(records: (T | undefined)[]): Map<string, T> {
  return new Map(records.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
}
