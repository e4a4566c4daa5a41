// The document open in the transcript, as already held in memory (text, codes, codings, who codes),
// so that coding it needs no database read: commands are computed from it and shown at once, then saved.
// Its model is made once per version of the document's codings, and a change still being saved (not
// yet in those codings) is applied to it.
import { applyDiffToModel, codingsByCode, createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";
import { useCodingUi } from "../state/codingStore";

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
let model: CodingModel | null = null;

const modelOf = (document: OpenDocument) => createModel(document.codes, document.codings, new Map([[document.documentId, document.text]]));

export function setOpenDocument(document: OpenDocument | null): void {
  open = document;
  model = null;
  // Made ahead while the browser is idle (in a page), with its codings by code, so that the next command need not wait.
  if (document && typeof requestIdleCallback === "function")
    requestIdleCallback(() => {
      if (open !== document) return;
      model ??= modelOf(document);
      codingsByCode(model);
    });
}

/** The open document's text, when it is the given one. */
export function openDocumentText(projectId: string, documentId: string): string | null {
  return open && open.projectId === projectId && open.documentId === documentId ? open.text : null;
}

/** The coder coding the open document, when the project is the given one. */
export function openDocumentCoder(projectId: string): string | null {
  return open && open.projectId === projectId ? open.coderId : null;
}

/**
 * A model of the open document (every code, its codings and text), when it is the given one. Null,
 * for a read from the database instead, when a change being shown does not fit it.
 */
export function openDocumentModel(projectId: string, documentId: string): CodingModel | null {
  if (!open || open.projectId !== projectId || open.documentId !== documentId) return null;
  model ??= modelOf(open);
  const pending = useCodingUi.getState().pending;
  if (!pending) return model;
  try {
    return applyDiffToModel(model, pending.diff);
  } catch {
    return null;
  }
}
