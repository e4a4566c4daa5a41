// Writing a command's diff to the database in one transaction, after checking that the stored
// records are still those the diff was computed from (and noting the project's unbacked work);
// and loading the models commands work on.
import { createCaseModel, type CaseModel } from "../core/commands/caseCommands";
import {
  caseLink,
  describeRecord,
  diffRecords,
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

/** Applies a diff to a project's records, entirely or (when any record has changed meanwhile) not at all. */
export async function applyProjectDiff(db: TelaahDatabase, projectId: string, diff: ProjectDiff): Promise<void> {
  const foreign = diffRecords(diff).find((record) => record.projectId !== projectId);
  if (foreign) throw new Error(`${describeRecord(foreign)} belongs to another project; nothing was saved.`);
  const touchesCases = diff.cases !== undefined || diff.attributes !== undefined || diff.caseLinks !== undefined;
  const tables: Table[] = [db.projects, db.codes, db.codings];
  if (diff.texts || diff.documents) tables.push(db.documents, db.documentTexts);
  if (touchesCases) tables.push(db.cases, db.attributes, db.caseDocuments);
  if (diff.coders) tables.push(db.coders);
  await db.transaction("rw", tables, async () => {
    const named = <T>(changes: RecordChanges<T> | undefined): T[] =>
      changes ? [...changes.added, ...changes.removed, ...changes.updated.map((u) => u.before)] : [];
    const keys = <T extends { id: string }>(changes: RecordChanges<T> | undefined) => named(changes).map((r): [string, string] => [projectId, r.id]);
    const codes = byId(await db.codes.bulkGet(keys(diff.codes)));
    const codings = byId(await db.codings.bulkGet(keys(diff.codings)));
    const texts = byId(diff.texts ? await db.documentTexts.bulkGet(keys(diff.texts)) : []);
    const documents = byId(diff.documents ? await readDocumentsByKey(db, keys(diff.documents)) : []);
    const cases = byId(touchesCases ? await db.cases.bulkGet(keys(diff.cases)) : []);
    const attributes = byId(touchesCases ? await db.attributes.bulkGet(keys(diff.attributes)) : []);
    const linkKeys = named(diff.caseLinks).map((l): [string, string, string] => [projectId, l.caseId, l.documentId]);
    const coders = byId(diff.coders ? await db.coders.bulkGet(keys(diff.coders)) : []);
    const links = byId(touchesCases ? (await db.caseDocuments.bulkGet(linkKeys)).map((l) => l && caseLink(projectId, l.caseId, l.documentId)) : []);
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
      },
      diff,
    );
    if (conflict) throw new Error(`${describeRecord(conflict)} was changed elsewhere (another tab?); nothing was saved.`);
    await db.codes.bulkDelete(diff.codes.removed.map((c) => [projectId, c.id]));
    await db.codings.bulkDelete(diff.codings.removed.map((c) => [projectId, c.id]));
    await db.codes.bulkPut([...diff.codes.updated.map((u) => u.after), ...diff.codes.added]);
    await db.codings.bulkPut([...diff.codings.updated.map((u) => u.after), ...diff.codings.added]);
    const now = new Date().toISOString();
    if (diff.documents) await writeDocumentChanges(db, projectId, diff.documents);
    if (diff.texts) await writeTextChanges(db, projectId, diff.texts, now);
    if (touchesCases) await writeCaseChanges(db, projectId, diff);
    if (diff.coders) {
      await db.coders.bulkDelete(diff.coders.removed.map((c) => [projectId, c.id]));
      await db.coders.bulkPut([...diff.coders.updated.map((u) => u.after), ...diff.coders.added]);
    }
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

async function writeCaseChanges(db: TelaahDatabase, projectId: string, diff: ProjectDiff): Promise<void> {
  const { cases, attributes, caseLinks } = diff;
  if (cases) {
    await db.cases.bulkDelete(cases.removed.map((c) => [projectId, c.id]));
    await db.cases.bulkPut([...cases.updated.map((u) => u.after), ...cases.added]);
  }
  if (attributes) {
    await db.attributes.bulkDelete(attributes.removed.map((a) => [projectId, a.id]));
    await db.attributes.bulkPut([...attributes.updated.map((u) => u.after), ...attributes.added]);
  }
  if (caseLinks) {
    const stored = ({ caseId, documentId }: CaseLink) => ({ projectId, caseId, documentId });
    await db.caseDocuments.bulkDelete(caseLinks.removed.map((l): [string, string, string] => [projectId, l.caseId, l.documentId]));
    await db.caseDocuments.bulkPut([...caseLinks.updated.map((u) => stored(u.after)), ...caseLinks.added.map(stored)]);
  }
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
