// Changes that reach the shared doc from elsewhere (a colleague, or this browser's saved copy of
// the doc) become a diff like any other: for each record a transaction touched, the stored record
// is compared with the doc's, and the difference is an add, a removal or an update. Applied to the
// database in one transaction, so that the views redraw at once.
import type * as Y from "yjs";
import { deepEqual, emptyChanges, emptyDiff, type ProjectDiff, type RecordChanges } from "../core/commands/diff";
import type { Id, TextDocument } from "../core/model/types";
import { applyProjectDiff, ConflictError } from "../persistence/applyDiff";
import { readRecordsById, type StoredRecords } from "../persistence/recordsById";
import type { TelaahDatabase } from "../persistence/schema";
import { localRecord, SHARED_GROUPS, sharedMap, type SharedGroup } from "./docLayout";

/** The ids of records changed, by group. */
export type ChangedIds = Map<SharedGroup, Set<Id>>;

/** The records a Yjs transaction changed. */
export function changedIds(doc: Y.Doc, transaction: Y.Transaction): ChangedIds {
  const result: ChangedIds = new Map();
  for (const group of SHARED_GROUPS) {
    const keys = transaction.changed.get(sharedMap(doc, group) as unknown as Parameters<typeof transaction.changed.get>[0]);
    if (keys) result.set(group, new Set([...keys].filter((key): key is string => key !== null)));
  }
  return result;
}

/** Every record the doc holds, as changed ids (to bring a joining browser's copy up to the doc). */
export function allIds(doc: Y.Doc): ChangedIds {
  return new Map(SHARED_GROUPS.map((group) => [group, new Set(sharedMap(doc, group).keys())]));
}

/** Adds one set of changed ids to another. */
export function addIds(into: ChangedIds, from: ChangedIds): void {
  for (const [group, ids] of from) {
    const known = into.get(group);
    if (known) for (const id of ids) known.add(id);
    else into.set(group, new Set(ids));
  }
}

/** The change of one record from what is stored to what the doc holds. */
function changeToward<T>(changes: RecordChanges<T>, current: T | undefined, target: T | undefined): void {
  if (current === undefined && target !== undefined) changes.added.push(target);
  else if (current !== undefined && target === undefined) changes.removed.push(current);
  else if (current !== undefined && target !== undefined && !deepEqual(current, target)) changes.updated.push({ before: current, after: target });
}

/** A document as the doc holds it (record and text), or undefined when either is missing. */
function docDocument(doc: Y.Doc, projectId: Id, id: Id): TextDocument | undefined {
  const meta = sharedMap(doc, "documents").get(id);
  const text = sharedMap(doc, "texts").get(id);
  if (!meta || !text) return undefined;
  return { ...localRecord<Omit<TextDocument, "text">>(meta, projectId), text: String(text.r.text) };
}

/** Documents: a new or removed one, or one whose record changed, goes whole; a changed text alone is a text edit. */
function documentChanges(doc: Y.Doc, projectId: Id, stored: StoredRecords, ids: Set<Id>, diff: ProjectDiff): void {
  const documents = emptyChanges<TextDocument>();
  const texts = emptyChanges<{ id: Id; projectId: Id; text: string }>();
  for (const id of ids) {
    const current = stored.documents.get(id);
    const target = docDocument(doc, projectId, id);
    const metaMissing = !sharedMap(doc, "documents").has(id);
    if (!target) {
      if (current && metaMissing) documents.removed.push(current);
      continue;
    }
    if (!current) documents.added.push(target);
    else if (!deepEqual({ ...current, text: "" }, { ...target, text: "" })) documents.updated.push({ before: current, after: target });
    else if (current.text !== target.text) texts.updated.push({ before: { id, projectId, text: current.text }, after: { id, projectId, text: target.text } });
  }
  if (documents.added.length + documents.removed.length + documents.updated.length > 0) diff.documents = documents;
  if (texts.updated.length > 0) diff.texts = texts;
}

/** The diff that makes the stored records named by `ids` equal to the doc's. */
export function diffTowardDoc(doc: Y.Doc, projectId: Id, stored: StoredRecords, ids: ChangedIds): ProjectDiff {
  const diff = emptyDiff();
  const documentIds = new Set([...(ids.get("documents") ?? []), ...(ids.get("texts") ?? [])]);
  if (documentIds.size > 0) documentChanges(doc, projectId, stored, documentIds, diff);
  for (const [group, groupIds] of ids) {
    if (group === "documents" || group === "texts" || groupIds.size === 0) continue;
    const changes = emptyChanges<{ id: Id }>();
    const current = stored[group] as Map<Id, { id: Id }>;
    const map = sharedMap(doc, group);
    for (const id of groupIds) {
      const value = map.get(id);
      changeToward(changes, current.get(id), value && localRecord<{ id: Id }>(value, projectId));
    }
    if (changes.added.length + changes.removed.length + changes.updated.length > 0) (diff as unknown as Record<string, RecordChanges<{ id: Id }>>)[group] = changes;
  }
  return diff;
}

/** How often a remote change is computed again when a local write slipped in between reading and writing. */
const ATTEMPTS = 5;

/** Writes the doc's values of the changed records to the database; returns the diff written. */
export async function applyDocChanges(db: TelaahDatabase, projectId: Id, doc: Y.Doc, ids: ChangedIds): Promise<ProjectDiff> {
  const wanted = Object.fromEntries([...ids].map(([group, groupIds]) => [group, groupIds]));
  for (let attempt = 1; ; attempt++) {
    const stored = await readRecordsById(db, projectId, wanted);
    const diff = diffTowardDoc(doc, projectId, stored, ids);
    try {
      await applyProjectDiff(db, projectId, diff);
      return diff;
    } catch (error) {
      if (attempt >= ATTEMPTS || !(error instanceof ConflictError)) throw error;
    }
  }
}
