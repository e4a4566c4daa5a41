// Document-level actions, each a command undone like coding: deleting a document (with its codings
// and case links), and saving an edited text with its codings found again.
import { caseLink } from "../core/commands/diff";
import { deleteDocument } from "../core/commands/documentCommands";
import { loadCodingModel } from "../persistence/applyDiff";
import { appDatabase } from "../persistence/database";
import { readDocument } from "../persistence/documents";
import { useWorkbench } from "../state/workbenchStore";
import { runCommand } from "./commandRunner";

export function countCodings(projectId: string, documentId: string): Promise<number> {
  return appDatabase().codings.where("[projectId+documentId]").equals([projectId, documentId]).count();
}

/** Deletes a document with its codings and case links, as one step of undo. */
export async function deleteDocumentOfProject(projectId: string, documentId: string): Promise<void> {
  const deleted = await runCommand(projectId, async () => {
    const db = appDatabase();
    const [document, codings, links] = await Promise.all([
      readDocument(db, projectId, documentId),
      db.codings.where("[projectId+documentId]").equals([projectId, documentId]).toArray(),
      db.caseDocuments.where("[projectId+documentId]").equals([projectId, documentId]).toArray(),
    ]);
    if (!document) throw new Error("That document no longer exists.");
    return deleteDocument(document, codings, links.map((link) => caseLink(projectId, link.caseId, link.documentId)));
  });
  const store = useWorkbench.getState();
  if (deleted && store.documentId === documentId) store.selectDocument(null);
}

export interface TextEditOutcome {
  placed: number;
  orphaned: number;
}

/**
 * Saves an edited text with every coding of the document found again (see editDocumentText), as
 * one command: one transaction, and one step of undo that puts the text and its codings back.
 * Null when it could not be saved (the reason is shown to the user).
 */
export async function saveEditedText(projectId: string, documentId: string, editedText: string): Promise<TextEditOutcome | null> {
  let outcome: TextEditOutcome | null = null;
  const saved = await runCommand(projectId, async () => {
    const db = appDatabase();
    // Re-anchoring (with fuzzy matching) loads with the first text edit, not with the page.
    const [model, document, { editDocumentText }] = await Promise.all([
      loadCodingModel(db, projectId, { documentIds: [documentId] }),
      db.documents.get([projectId, documentId]),
      import("../core/commands/textCommands"),
    ]);
    const result = editDocumentText(model, projectId, documentId, editedText, document?.name ?? "");
    outcome = { placed: result.placed, orphaned: result.orphaned };
    return result;
  });
  return saved ? outcome : null;
}
