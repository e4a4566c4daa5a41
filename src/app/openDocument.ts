// The document open in the transcript, as already held in memory (text, codes, codings, who codes),
// so that coding it needs no database read: commands are computed from it and shown at once, then saved.
// Its model is made once per version of the document's codings, and a change still being saved (not
// yet in those codings) is applied to it.
import { changesIn, emptyDiff } from "../core/commands/diff";
import { applyDiffToModel, codingsByCode, createModel, type CodingModel } from "../core/commands/model";
import type { Code, Coding } from "../core/model/types";
import { useCodingUi } from "../state/codingStore";
import { whenIdle } from "./whenIdle";

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
  // Made ahead while the browser is idle, with its codings by code, so that the next command need not wait.
  if (document)
    whenIdle(() => {
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
 * A model of the open document (every code, its codings and text), when it is the given one, with
 * the change being shown or saved applied to it while the document's codings do not show it yet. Null,
 * for a read from the database instead, when that change does not fit it (it is in them already).
 */
export function openDocumentModel(projectId: string, documentId: string): CodingModel | null {
  if (!open || open.projectId !== projectId || open.documentId !== documentId) return null;
  const base = (model ??= modelOf(open));
  const pending = useCodingUi.getState().pending;
  if (!pending) return base;
  const codings = changesIn(pending.diff.codings, projectId, documentId);
  if (codings.added.length + codings.removed.length + codings.updated.length === 0) return base;
  // The change's codings of this document, with the codes it adds that the model does not know yet.
  const diff = { ...emptyDiff(), codings };
  diff.codes.added.push(...pending.diff.codes.added.filter((code) => !base.codes.has(code.id)));
  try {
    return applyDiffToModel(base, diff);
  } catch {
    return null;
  }
}
