// Writing a command's diff to the database in one transaction, after checking that the stored
// records are still those the diff was computed from; and loading the model commands work on.
import { describeRecord, findConflict, type ProjectDiff, type RecordChanges } from "../core/commands/diff";
import { createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";
import type { TelaahDatabase } from "./schema";

/** Applies a diff to a project's codes and codings, entirely or (when any record has changed meanwhile) not at all. */
export async function applyProjectDiff(db: TelaahDatabase, projectId: string, diff: ProjectDiff): Promise<void> {
  const records = [diff.codes, diff.codings].flatMap((c) => [...c.added, ...c.removed, ...c.updated.flatMap((u) => [u.before, u.after])]);
  const foreign = records.find((record) => record.projectId !== projectId);
  if (foreign) throw new Error(`${describeRecord(foreign)} belongs to another project; nothing was saved.`);
  await db.transaction("rw", db.codes, db.codings, async () => {
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
  });
}

/** A project's codes, codings and document texts, as the model commands work on. */
export async function loadCodingModel(db: TelaahDatabase, projectId: string): Promise<CodingModel> {
  return db.transaction("r", db.codes, db.codings, db.documentTexts, async () => {
    const [codes, codings, texts] = await Promise.all([
      db.codes.where("projectId").equals(projectId).toArray(),
      db.codings.where("projectId").equals(projectId).toArray(),
      db.documentTexts.where("projectId").equals(projectId).toArray(),
    ]);
    return createModel(codes, codings, new Map(texts.map((t) => [t.id, t.text])));
  });
}

function byId<T extends { id: string }>(records: (T | undefined)[]): Map<string, T> {
  return new Map(records.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
}
