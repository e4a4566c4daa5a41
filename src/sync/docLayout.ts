// How a project lives in its shared Y.Doc: one Y.Map per kind of record, keyed by record id, each
// value the record (without its projectId, which is each browser's own) and the name of the coder
// who wrote it last. A document's text is a record of its own, apart from the document. Codes that
// were deleted are remembered with who deleted them, so that a colleague's codings of a deleted code
// can be listed for reassignment. Local diffs are written here in one Yjs transaction.
import * as Y from "yjs";
import type { DocumentText, ProjectDiff, RecordChanges } from "../core/commands/diff";
import type { Id, TextDocument } from "../core/model/types";

/** The groups of a diff that are shared, each in the Y.Map of the same name. */
export const SHARED_GROUPS = ["codes", "codings", "documents", "texts", "cases", "attributes", "caseLinks", "coders", "mapViews", "memos", "savedQueries"] as const;
export type SharedGroup = (typeof SHARED_GROUPS)[number];

/** A record as shared: the record without its projectId, and who wrote it last. */
export interface SharedValue {
  r: Record<string, unknown>;
  by: string;
}

/** A code deleted in the shared project, and by whom. */
export interface CodeDeletion {
  name: string;
  by: string;
  at: string;
}

/** The origin of the transactions that carry this browser's own diffs into the doc. */
export const LOCAL_ORIGIN = "telaah-local";

export const sharedMap = (doc: Y.Doc, group: SharedGroup): Y.Map<SharedValue> => doc.getMap<SharedValue>(group);
export const deletionsMap = (doc: Y.Doc): Y.Map<CodeDeletion> => doc.getMap<CodeDeletion>("deletedCodes");
/** The project's name as shared (a joining browser names its copy with it). */
export const projectInfo = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>("project");

function shared(record: { projectId: Id }, by: string): SharedValue {
  const { projectId: _projectId, ...rest } = record;
  return { r: rest, by };
}

/** A shared value as a record of this browser's copy of the project. */
export function localRecord<T>(value: SharedValue, projectId: Id): T {
  return { ...value.r, projectId } as T;
}

/** Writes a group's changes: removed records deleted, added and updated ones set. */
function writeChanges<T extends { id: Id; projectId: Id }>(map: Y.Map<SharedValue>, changes: RecordChanges<T> | undefined, by: string): void {
  if (!changes) return;
  for (const record of changes.removed) map.delete(record.id);
  for (const record of [...changes.added, ...changes.updated.map((u) => u.after)]) map.set(record.id, shared(record, by));
}

/** A whole document goes in two maps: its record (without the text) and its text. */
function writeDocuments(doc: Y.Doc, changes: RecordChanges<TextDocument>, by: string): void {
  const metaOf = ({ text: _text, ...meta }: TextDocument) => meta;
  const textOf = (d: TextDocument): DocumentText => ({ id: d.id, projectId: d.projectId, text: d.text });
  writeChanges(sharedMap(doc, "documents"), { added: changes.added.map(metaOf), removed: changes.removed.map(metaOf), updated: changes.updated.map((u) => ({ before: metaOf(u.before), after: metaOf(u.after) })) }, by);
  writeChanges(sharedMap(doc, "texts"), { added: changes.added.map(textOf), removed: changes.removed.map(textOf), updated: changes.updated.map((u) => ({ before: textOf(u.before), after: textOf(u.after) })) }, by);
}

/** Carries a diff made in this browser into the doc, as one transaction. */
export function mirrorDiff(doc: Y.Doc, diff: ProjectDiff, by: string, at = new Date().toISOString()): void {
  doc.transact(() => {
    for (const group of SHARED_GROUPS) {
      if (group === "documents") continue;
      writeChanges(sharedMap(doc, group), diff[group] as RecordChanges<{ id: Id; projectId: Id }> | undefined, by);
    }
    if (diff.documents) writeDocuments(doc, diff.documents, by);
    const deletions = deletionsMap(doc);
    for (const code of diff.codes.removed) deletions.set(code.id, { name: code.name, by, at });
    for (const code of diff.codes.added) if (deletions.has(code.id)) deletions.delete(code.id);
  }, LOCAL_ORIGIN);
}

/** Who last wrote a record of the shared project, by id; undefined when nobody has. */
export function lastWriter(doc: Y.Doc, id: Id): string | undefined {
  for (const group of SHARED_GROUPS) {
    const value = sharedMap(doc, group).get(id);
    if (value) return value.by;
  }
  return undefined;
}
