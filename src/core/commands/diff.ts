// A change to a project's codebook and codings, to documents' texts, to its coders, to its
// cases, attribute definitions and case–document links, to its map views and memos, as the records before and after. Every command returns one; its inverse
// undoes it exactly. Diffs are applied to the database in one transaction and to in-memory models
// (tests) alike.
import type { StepLabel } from "./stepLabel";
import type { MapView } from "../model/mapView";
import type { Memo } from "../model/memo";
import type { SavedQuery } from "../model/savedQuery";
import type { AttributeDefinition, Case, CaseDocument, Code, Coder, Coding, Id, TextDocument } from "../model/types";

export interface RecordChanges<T> {
  added: T[];
  removed: T[];
  /** Pairs of the record before and after the change. */
  updated: { before: T; after: T }[];
}

/** A case–document link with an id of its own (see caseLinkId), so that links change like records. */
export interface CaseLink extends CaseDocument {
  id: string;
}

export function caseLinkId(caseId: Id, documentId: Id): string {
  return `${caseId}\u001f${documentId}`;
}

export function caseLink(projectId: Id, caseId: Id, documentId: Id): CaseLink {
  return { id: caseLinkId(caseId, documentId), projectId, caseId, documentId };
}

/** A document's canonical text, as a record of its own (a text edit changes it and its codings together). */
export interface DocumentText {
  id: Id;
  projectId: Id;
  text: string;
}

export interface ProjectDiff {
  codes: RecordChanges<Code>;
  codings: RecordChanges<Coding>;
  /** Absent in diffs that leave every document's text alone (all but a text edit). */
  texts?: RecordChanges<DocumentText>;
  /** Whole documents (record and text) deleted or brought back; absent otherwise. */
  documents?: RecordChanges<TextDocument>;
  /** Absent in diffs that leave cases, attribute definitions and links alone (every coding command). */
  cases?: RecordChanges<Case>;
  attributes?: RecordChanges<AttributeDefinition>;
  caseLinks?: RecordChanges<CaseLink>;
  /** Absent in diffs that leave the project's coders alone. */
  coders?: RecordChanges<Coder>;
  /** Saved concept-map views; absent in diffs that leave them alone. */
  mapViews?: RecordChanges<MapView>;
  /** Memos; absent in diffs that leave them alone. */
  memos?: RecordChanges<Memo>;
  /** Saved coding queries; absent in diffs that leave them alone. */
  savedQueries?: RecordChanges<SavedQuery>;
}

export type DiffRecord = Code | Coding | Case | AttributeDefinition | CaseLink | DocumentText | TextDocument | Coder | MapView | Memo | SavedQuery;

export function emptyChanges<T>(): RecordChanges<T> {
  return { added: [], removed: [], updated: [] };
}

export function emptyDiff(): ProjectDiff {
  return { codes: emptyChanges(), codings: emptyChanges() };
}

/** The part of a change of codings that concerns one document of one project. */
export function changesIn(changes: RecordChanges<Coding>, projectId: Id, documentId: Id): RecordChanges<Coding> {
  const here = (c: Coding) => c.projectId === projectId && c.documentId === documentId;
  return {
    added: changes.added.filter(here),
    removed: changes.removed.filter(here),
    updated: changes.updated.filter((u) => here(u.before) || here(u.after)),
  };
}

/** Every group of changes a diff holds, the case-level ones only when present. */
function allChanges(diff: ProjectDiff): RecordChanges<DiffRecord>[] {
  const groups: (RecordChanges<DiffRecord> | undefined)[] = [diff.codes, diff.codings, diff.texts, diff.documents, diff.cases, diff.attributes, diff.caseLinks, diff.coders, diff.mapViews, diff.memos, diff.savedQueries];
  return groups.filter((c) => c !== undefined);
}

/** Every record a diff names, before and after. */
export function diffRecords(diff: ProjectDiff): DiffRecord[] {
  return allChanges(diff).flatMap((c) => [...c.added, ...c.removed, ...c.updated.flatMap((u) => [u.before, u.after])]);
}

export function isEmptyDiff(diff: ProjectDiff): boolean {
  return allChanges(diff).every((c) => c.added.length === 0 && c.removed.length === 0 && c.updated.length === 0);
}

function invertChanges<T>(changes: RecordChanges<T>): RecordChanges<T> {
  return {
    added: changes.removed,
    removed: changes.added,
    updated: changes.updated.map(({ before, after }) => ({ before: after, after: before })),
  };
}

export function invertDiff(diff: ProjectDiff): ProjectDiff {
  const inverse: ProjectDiff = { codes: invertChanges(diff.codes), codings: invertChanges(diff.codings) };
  if (diff.texts) inverse.texts = invertChanges(diff.texts);
  if (diff.documents) inverse.documents = invertChanges(diff.documents);
  if (diff.cases) inverse.cases = invertChanges(diff.cases);
  if (diff.attributes) inverse.attributes = invertChanges(diff.attributes);
  if (diff.caseLinks) inverse.caseLinks = invertChanges(diff.caseLinks);
  if (diff.coders) inverse.coders = invertChanges(diff.coders);
  if (diff.mapViews) inverse.mapViews = invertChanges(diff.mapViews);
  if (diff.memos) inverse.memos = invertChanges(diff.memos);
  if (diff.savedQueries) inverse.savedQueries = invertChanges(diff.savedQueries);
  return inverse;
}

/** Structural equality of plain data (records as stored: primitives, arrays, plain objects). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && deepEqual(aRecord[key], bRecord[key]));
}

/** The current records a diff is checked against, by id (cases, attributes and links when the diff changes them). */
export interface DiffBase {
  code(id: string): Code | undefined;
  coding(id: string): Coding | undefined;
  text?(id: string): DocumentText | undefined;
  document?(id: string): TextDocument | undefined;
  case?(id: string): Case | undefined;
  attribute?(id: string): AttributeDefinition | undefined;
  caseLink?(id: string): CaseLink | undefined;
  coder?(id: string): Coder | undefined;
  mapView?(id: string): MapView | undefined;
  memo?(id: string): Memo | undefined;
  savedQuery?(id: string): SavedQuery | undefined;
}

/**
 * The first record that a diff does not fit: a removed or updated record whose current value is
 * not its `before`, or an added record whose id is taken. Null when the diff applies cleanly.
 */
export function findConflict(base: DiffBase, diff: ProjectDiff): DiffRecord | null {
  const check = <T extends DiffRecord>(kind: string, changes: RecordChanges<T> | undefined, current: ((id: string) => T | undefined) | undefined) => {
    if (!changes) return null;
    for (const { before, after } of changes.updated) {
      if (before.id !== after.id) throw new Error(`An update may not change a ${kind}'s id (${before.id} to ${after.id}).`);
    }
    const expected = [...changes.removed, ...changes.updated.map((u) => u.before)];
    if (!current) {
      if (expected.length + changes.added.length === 0) return null;
      throw new Error(`The ${kind}s a change names cannot be checked here.`);
    }
    const stale = expected.find((record) => !deepEqual(current(record.id), record));
    const taken = changes.added.find((record) => current(record.id) !== undefined);
    return stale ?? taken ?? null;
  };
  return (
    check("code", diff.codes, (id) => base.code(id)) ??
    check("coding", diff.codings, (id) => base.coding(id)) ??
    check("document text", diff.texts, base.text?.bind(base)) ??
    check("document", diff.documents, base.document?.bind(base)) ??
    check("case", diff.cases, base.case?.bind(base)) ??
    check("attribute", diff.attributes, base.attribute?.bind(base)) ??
    check("case link", diff.caseLinks, base.caseLink?.bind(base)) ??
    check("coder", diff.coders, base.coder?.bind(base)) ??
    check("map view", diff.mapViews, base.mapView?.bind(base)) ??
    check("memo", diff.memos, base.memo?.bind(base)) ??
    check("saved query", diff.savedQueries, base.savedQuery?.bind(base))
  );
}

/** The kinds of record a diff names, as a message names them. */
export type RecordKind = "memo" | "savedQuery" | "mapView" | "caseLink" | "document" | "case" | "attribute" | "code" | "coder" | "text" | "coding";

/** What a conflicting record is, and what names it: its name, a coding's quote (its first 40 characters), or nothing. */
export function recordKind(record: DiffRecord): { kind: RecordKind; name: string } {
  if ("links" in record) return { kind: "memo", name: record.title };
  if ("pins" in record) return { kind: "mapView", name: record.name };
  if ("expression" in record) return { kind: "savedQuery", name: record.name };
  if ("caseId" in record) return { kind: "caseLink", name: "" };
  if ("sourceType" in record) return { kind: "document", name: record.name };
  if ("attributes" in record) return { kind: "case", name: record.name };
  if ("type" in record) return { kind: "attribute", name: record.name };
  if ("parentId" in record) return { kind: "code", name: record.name };
  if ("name" in record) return { kind: "coder", name: record.name };
  if (!("quote" in record)) return { kind: "text", name: "" };
  const quote = Array.from(record.quote);
  return { kind: "coding", name: quote.length > 40 ? `${quote.slice(0, 40).join("")}…` : quote.join("") };
}

const ENGLISH_NAMES: Record<RecordKind, (name: string) => string> = {
  mapView: (name) => `The map view “${name}”`,
  caseLink: () => "A case's link to a document",
  document: (name) => `The document “${name}”`,
  case: (name) => `The case “${name}”`,
  attribute: (name) => `The attribute “${name}”`,
  code: (name) => `The code “${name}”`,
  memo: (name) => `The memo “${name}”`,
  savedQuery: (name) => `The saved query “${name}”`,
  coder: (name) => `The coder “${name}”`,
  text: () => "The text of a document",
  coding: (name) => `The coding “${name}”`,
};

/** How a conflicting record is named in an English message (the app names it in the UI's language: src/app/conflictMessage.ts). */
export function describeRecord(record: DiffRecord): string {
  const { kind, name } = recordKind(record);
  return ENGLISH_NAMES[kind](name);
}

/** What every command returns, and what the undo stack holds: a diff and its short description. */
export interface CommandResult {
  /** What the step did, for the undo menu, in no language: e.g. `{ step: "applyCode", values: { code: "Gratifikasi" } }`. */
  label: StepLabel;
  diff: ProjectDiff;
}

/**
 * A list with changes applied, idempotently: applying the same changes to a list that already
 * reflects them gives the same list (used to show a change before it is saved).
 */
export function applyChangesToList<T extends { id: string }>(records: readonly T[], changes: RecordChanges<T>): T[] {
  const replaced = new Map(changes.updated.map(({ after }) => [after.id, after]));
  const removed = new Set(changes.removed.map((r) => r.id));
  const result = records.filter((r) => !removed.has(r.id)).map((r) => replaced.get(r.id) ?? r);
  const present = new Set(result.map((r) => r.id));
  for (const record of changes.added) if (!present.has(record.id)) result.push(record);
  return result;
}
