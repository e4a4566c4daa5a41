// The document open in the transcript, as already held in memory (text, codes, codings, who codes),
// so that coding it needs no database read: commands are computed from it and shown at once, then saved.
import { createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";

interface OpenDocument {
  projectId: string;
  documentId: string;
  text: string;
  codes: Code[];
  codings: Coding[];
  /** The coder this browser codes as, as the transcript shows it. */
  coderId: string | null;
}

let open: OpenDocument | null = null;

export function setOpenDocument(document: OpenDocument | null): void {
  open = document;
}

/** The open document's text, when it is the given one. */
export function openDocumentText(projectId: string, documentId: string): string | null {
  return open && open.projectId === projectId && open.documentId === documentId ? open.text : null;
}

/** The coder coding the open document, when the project is the given one. */
export function openDocumentCoder(projectId: string): string | null {
  return open && open.projectId === projectId ? open.coderId : null;
}

/** A model of the open document (every code, its codings and text), when it is the given one. */
export function openDocumentModel(projectId: string, documentId: string): CodingModel | null {
  if (!open || open.projectId !== projectId || open.documentId !== documentId) return null;
  return createModel(open.codes, open.codings, new Map([[documentId, open.text]]));
}
