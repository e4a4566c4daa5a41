// Editing a document's text as a command: the new canonical text and every coding of the document
// found again (offsets through the edit, then the quote with its context, then fuzzy); codings that
// cannot be placed are kept, marked orphaned, for the user to place or delete. The diff holds the
// text before and after and every coding it moved, so one undo puts text and codings back.
import { reanchorCodings } from "../anchoring/reanchor";
import { anchorPassage } from "../model/anchor";
import type { Coding, Id } from "../model/types";
import { canonicalizeText } from "../text/canonical";
import { emptyChanges, emptyDiff, type CommandResult, type RecordChanges } from "./diff";
import type { CodingModel } from "./model";
import { stepLabel } from "./stepLabel";

export interface TextEditResult extends CommandResult {
  /** Codings found again in the new text. */
  placed: number;
  /** Codings left without a place (marked orphaned). */
  orphaned: number;
}

/** `model` must hold every coding of the document (and its text). */
export function editDocumentText(model: CodingModel, projectId: Id, documentId: Id, editedText: string, documentName: string): TextEditResult {
  const before = model.documentText(documentId);
  if (before === undefined) throw new Error("That document no longer exists.");
  const text = canonicalizeText(editedText);
  const codings = [...model.codings.values()].filter((coding) => coding.documentId === documentId);
  const { changes, placed, orphaned } = codingsOnEditedText(before, text, codings);
  const diff = emptyDiff();
  diff.texts = emptyChanges();
  diff.texts.updated.push({ before: { id: documentId, projectId, text: before }, after: { id: documentId, projectId, text } });
  diff.codings = changes;
  return { label: stepLabel("editText", { name: documentName }), diff, placed, orphaned };
}

/**
 * Codings of a text that was edited, found again in the new text: each placed one moved (and no
 * longer orphaned), each lost one marked orphaned. Also used for codings made on the old text by
 * this browser while a colleague was editing it.
 */
export function codingsOnEditedText(before: string, text: string, codings: Coding[]): { changes: RecordChanges<Coding>; placed: number; orphaned: number } {
  const { placed, orphaned } = reanchorCodings(before, text, codings);
  const byId = new Map(codings.map((c) => [c.id, c]));
  const changes = emptyChanges<Coding>();
  for (const { id, start, end } of placed) {
    const previous = byId.get(id)!;
    const { orphaned: _wasOrphaned, ...coding } = previous;
    changes.updated.push({ before: previous, after: { ...coding, start, end, ...anchorPassage(text, start, end) } });
  }
  for (const id of orphaned) {
    const previous = byId.get(id)!;
    changes.updated.push({ before: previous, after: { ...previous, orphaned: true } });
  }
  return { changes, placed: placed.length, orphaned: orphaned.length };
}
