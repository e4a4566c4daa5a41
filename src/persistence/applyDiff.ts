// Writing a command's diff to the database in one transaction, after checking that the stored
// records are still those the diff was computed from (and noting the project's unbacked work);
// and loading the model commands work on.
import { describeRecord, findConflict, type ProjectDiff, type RecordChanges } from "../core/commands/diff";
import { createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";
import { noteUnbackedWork } from "./backups";
import type { TelaahDatabase } from "./schema";

/** Applies a diff to a project's codes and codings, entirely or (when any record has changed meanwhile) not at all. */
export async function applyProjectDiff(db: TelaahDatabase, projectId: string, diff: ProjectDiff): Promise<void> {
  const records = [diff.codes, diff.codings].flatMap((c) => [...c.added, ...c.removed, ...c.updated.flatMap((u) => [u.before, u.after])]);
  const foreign = records.find((record) => record.projectId !== projectId);
  if (foreign) throw new Error(`${describeRecord(foreign)} belongs to another project; nothing was saved.`);
  await db.transaction("rw", db.projects, db.codes, db.codings, async () => {
    const keys = (changes: RecordChanges<Code | Coding>) =>
      [...changes.added, ...changes.removed, ...changes.updated.map((u) => u.before)].map((r): [string, string] => [projectId, r.id]);
    const codes = byId(await db.codes.bulkGet(keys(diff.codes)));
    const codings = byId(await db.codings.bulkGet(keys(diff.codings)));
    const conflict = findConflict({ code: (id) => codes.get(id), coding: (id) => codings.get(id) }, diff);
    if (conflict) throw new Error(`${describeRecord(conflict)} was changed elsewhere (another tab?); nothing was saved.`);
    await db.codes.bulkDelete(diff.codes.removed.map((c) => [projectId, c.id]));
    await db.codings.bulkDelete(diff.codings.removed.map((c) => [projectId, c.id]));
    await db.codes.bulkPut([...diff.codes.updated.map((u) => u.after), ...diff.codes.added]);
    await db.codings.bulkPut([...diff.codings.updated.map((u) => u.after), ...diff.codings.added]);
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}

/**
 * The model commands work on, read in one transaction: every code, and the codings and document
 * texts of the whole project or only of the given scope.
 */
export async function loadCodingModel(db: TelaahDatabase, projectId: string, scope?: ModelScope): Promise<CodingModel> {
  return db.transaction("r", db.codes, db.codings, db.documentTexts, async () => {
    const codes = await db.codes.where("projectId").equals(projectId).toArray();
    if (!scope) {
      const [codings, texts] = await Promise.all([
        db.codings.where("projectId").equals(projectId).toArray(),
        db.documentTexts.where("projectId").equals(projectId).toArray(),
      ]);
      return createModel(codes, codings, new Map(texts.map((t) => [t.id, t.text])));
    }
    const inDocuments = await Promise.all((scope.documentIds ?? []).map((id) => db.codings.where("[projectId+documentId]").equals([projectId, id]).toArray()));
    const ofCodes = await Promise.all((scope.codeIds ?? []).map((id) => db.codings.where("[projectId+codeId]").equals([projectId, id]).toArray()));
    const codings = new Map([...inDocuments.flat(), ...ofCodes.flat()].map((c) => [c.id, c]));
    const documentIds = new Set([...(scope.documentIds ?? []), ...[...codings.values()].map((c) => c.documentId)]);
    const texts = await db.documentTexts.bulkGet([...documentIds].map((id): [string, string] => [projectId, id]));
    return createModel(codes, codings.values(), new Map(texts.filter((t) => t !== undefined).map((t) => [t.id, t.text])));
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
