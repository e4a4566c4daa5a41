// Cases (informants), their descriptions, attribute definitions and values, and their links to
// documents. Each write notes the project's unbacked work in its transaction.
import { newId } from "../core/model/ids";
import type { AttributeDefinition, AttributeType, AttributeValue, Case } from "../core/model/types";
import { noteUnbackedWork } from "./backups";
import { findCaseByName } from "./documents";
import type { TelaahDatabase } from "./schema";

export async function createCase(db: TelaahDatabase, projectId: string, name: string): Promise<Case> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A case needs a name.");
  return db.transaction("rw", db.projects, db.cases, async () => {
    if (await findCaseByName(db, projectId, trimmed)) throw new Error(`A case named "${trimmed}" already exists.`);
    const record: Case = { id: newId(), projectId, name: trimmed, attributes: {} };
    await db.cases.add(record);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
    return record;
  });
}

export async function renameCase(db: TelaahDatabase, projectId: string, caseId: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A case needs a name.");
  await db.transaction("rw", db.projects, db.cases, async () => {
    const other = await findCaseByName(db, projectId, trimmed);
    if (other && other.id !== caseId) throw new Error(`A case named "${trimmed}" already exists.`);
    await db.cases.update([projectId, caseId], { name: trimmed });
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

/** Sets a case's description; an empty one (after trimming) removes it. */
export async function setCaseDescription(db: TelaahDatabase, projectId: string, caseId: string, description: string): Promise<void> {
  const trimmed = description.trim();
  await db.transaction("rw", db.projects, db.cases, async () => {
    const record = await db.cases.get([projectId, caseId]);
    if (!record) throw new Error("That case no longer exists.");
    const { description: _previous, ...rest } = record;
    await db.cases.put(trimmed ? { ...rest, description: trimmed } : rest);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

/** Deletes a case and its document links; the documents and their codings stay. */
export async function deleteCase(db: TelaahDatabase, projectId: string, caseId: string): Promise<void> {
  await db.transaction("rw", db.projects, db.cases, db.caseDocuments, async () => {
    await db.caseDocuments.where("projectId").equals(projectId).filter((l) => l.caseId === caseId).delete();
    await db.cases.delete([projectId, caseId]);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

export async function setCaseAttribute(
  db: TelaahDatabase,
  projectId: string,
  caseId: string,
  attributeId: string,
  value: AttributeValue,
): Promise<void> {
  await db.transaction("rw", db.projects, db.cases, async () => {
    const record = await db.cases.get([projectId, caseId]);
    if (!record) throw new Error("That case no longer exists.");
    await db.cases.put({ ...record, attributes: { ...record.attributes, [attributeId]: value } });
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

export async function addAttribute(
  db: TelaahDatabase,
  projectId: string,
  name: string,
  type: AttributeType,
  choices: string[],
): Promise<AttributeDefinition> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("An attribute needs a name.");
  return db.transaction("rw", db.projects, db.attributes, async () => {
    const existing = await db.attributes.where("projectId").equals(projectId).toArray();
    if (existing.some((a) => a.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      throw new Error(`An attribute named "${trimmed}" already exists.`);
    }
    const order = existing.reduce((max, a) => Math.max(max, a.order + 1), 0);
    const record: AttributeDefinition = { id: newId(), projectId, name: trimmed, type, choices, order };
    await db.attributes.add(record);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
    return record;
  });
}

/** Deletes an attribute definition and its value on every case. */
export async function deleteAttribute(db: TelaahDatabase, projectId: string, attributeId: string): Promise<void> {
  await db.transaction("rw", db.projects, db.attributes, db.cases, async () => {
    await db.cases
      .where("projectId")
      .equals(projectId)
      .modify((c: Case) => {
        delete c.attributes[attributeId];
      });
    await db.attributes.delete([projectId, attributeId]);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

export async function setCaseDocumentLink(
  db: TelaahDatabase,
  projectId: string,
  caseId: string,
  documentId: string,
  linked: boolean,
): Promise<void> {
  await db.transaction("rw", db.projects, db.caseDocuments, async () => {
    if (linked) await db.caseDocuments.put({ projectId, caseId, documentId });
    else await db.caseDocuments.delete([projectId, caseId, documentId]);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

/** Replaces a project's cases and attribute definitions by the result of an attribute-table import, at once. */
export async function writeCasesAndAttributes(
  db: TelaahDatabase,
  projectId: string,
  cases: Case[],
  attributes: AttributeDefinition[],
): Promise<void> {
  await db.transaction("rw", db.projects, db.cases, db.attributes, async () => {
    await db.cases.bulkPut(cases.map((c) => ({ ...c, projectId })));
    await db.attributes.bulkPut(attributes.map((a) => ({ ...a, projectId })));
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}
