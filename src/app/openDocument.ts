// The document open in the transcript, as already held in memory (text, codes, codings), so that
// coding it needs no database read: commands are computed from it and shown at once, then saved.
import { createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";

interface OpenDocument {
  projectId: string;
  documentId: string;
  text: string;
  codes: Code[];
  codings: Coding[];
}

let open: OpenDocument | null = null;

export function setOpenDocument(document: OpenDocument | null): void {
  open = document;
}

/** The open document's text, when it is the given one. */
export function openDocumentText(projectId: string, documentId: string): string | null {
  return open && open.projectId === projectId && open.documentId === documentId ? open.text : null;
}

/** A model of the open document (every code, its codings and text), when it is the given one. */
export function openDocumentModel(projectId: string, documentId: string): CodingModel | null {
  if (!open || open.projectId !== projectId || open.documentId !== documentId) return null;
  return createModel(open.codes, open.codings, new Map([[documentId, open.text]]));
}
