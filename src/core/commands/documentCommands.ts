// Commands on whole documents: renaming and describing one (its record before and after), and
// deleting one: its record and text, its codings and its links to cases go in one diff, so that
// one undo brings the document back with everything coded in it.
import { nameKey } from "../model/attributeTable";
import type { Coding, TextDocument } from "../model/types";
import { emptyChanges, emptyDiff, type CaseLink, type CommandResult } from "./diff";
import { stepLabel, type StepLabel } from "./stepLabel";

/** `codings` and `links` must be all of the document's. */
export function deleteDocument(document: TextDocument, codings: readonly Coding[], links: readonly CaseLink[]): CommandResult {
  const diff = emptyDiff();
  diff.documents = { ...emptyChanges<TextDocument>(), removed: [document] };
  diff.codings.removed.push(...codings.filter((coding) => coding.documentId === document.id));
  diff.caseLinks = { ...emptyChanges<CaseLink>(), removed: links.filter((link) => link.documentId === document.id) };
  return { label: stepLabel("deleteDocument", { name: document.name }), diff };
}

function updateDocument(before: TextDocument, after: TextDocument, label: StepLabel): CommandResult {
  const diff = emptyDiff();
  diff.documents = { ...emptyChanges<TextDocument>(), updated: [{ before, after }] };
  return { label, diff };
}

/** Renames a document; the name is trimmed, and may be neither empty nor another document's (`otherNames`). */
export function renameDocument(document: TextDocument, name: string, modified: string, otherNames: readonly string[]): CommandResult {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A document needs a name.");
  if (otherNames.some((other) => nameKey(other) === nameKey(trimmed))) throw new Error(`A document named “${trimmed}” already exists.`);
  return updateDocument(document, { ...document, name: trimmed, modified }, stepLabel("renameDocument", { name: document.name }));
}

/** Sets a document's description; an empty one (after trimming) removes it. */
export function describeDocument(document: TextDocument, description: string, modified: string): CommandResult {
  const { description: _previous, ...rest } = document;
  const trimmed = description.trim();
  const after = trimmed ? { ...rest, description: trimmed, modified } : { ...rest, modified };
  return updateDocument(document, after, stepLabel("describeDocument", { name: document.name }));
}
