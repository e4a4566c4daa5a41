// Cases and case–document links written by transcript imports (a case suggested for an imported
// document). Every other change to cases and attributes is a command (core/commands/caseCommands).
// Each write notes the project's unbacked work in its transaction.
import { newId } from "../core/model/ids";
import type { Case } from "../core/model/types";
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
