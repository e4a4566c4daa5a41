// Document-level actions: deleting a document, and saving an edited text with its codings found
// again (a command, undone like coding).
import { editDocumentText } from "../core/commands/textCommands";
import { loadCodingModel } from "../persistence/applyDiff";
import { appDatabase } from "../persistence/database";
import { deleteDocument } from "../persistence/documents";
import { useWorkbench } from "../state/workbenchStore";
import { runCommand } from "./commandRunner";

export function countCodings(projectId: string, documentId: string): Promise<number> {
  return appDatabase().codings.where("[projectId+documentId]").equals([projectId, documentId]).count();
}

export async function deleteDocumentOfProject(projectId: string, documentId: string): Promise<void> {
  const store = useWorkbench.getState();
  try {
    await deleteDocument(appDatabase(), projectId, documentId);
    if (store.documentId === documentId) store.selectDocument(null);
  } catch (error) {
    store.notify("error", error instanceof Error ? error.message : String(error));
  }
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
    const [model, document] = await Promise.all([loadCodingModel(db, projectId, { documentIds: [documentId] }), db.documents.get([projectId, documentId])]);
    const result = editDocumentText(model, projectId, documentId, editedText, document?.name ?? "");
    outcome = { placed: result.placed, orphaned: result.orphaned };
    return result;
  });
  return saved ? outcome : null;
}
