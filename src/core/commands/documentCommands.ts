// Deleting a document as a command: its record and text, its codings and its links to cases go
// in one diff, so that one undo brings the document back with everything coded in it.
import type { Coding, TextDocument } from "../model/types";
import { emptyChanges, emptyDiff, type CaseLink, type CommandResult } from "./diff";

/** `codings` and `links` must be all of the document's. */
export function deleteDocument(document: TextDocument, codings: readonly Coding[], links: readonly CaseLink[]): CommandResult {
  const diff = emptyDiff();
  diff.documents = { ...emptyChanges<TextDocument>(), removed: [document] };
  diff.codings.removed.push(...codings.filter((coding) => coding.documentId === document.id));
  diff.caseLinks = { ...emptyChanges<CaseLink>(), removed: links.filter((link) => link.documentId === document.id) };
  return { label: `Delete document “${document.name}”`, diff };
}
