// Document-level actions, each a command undone like coding: renaming and describing a document,
// deleting one (with its codings and case links), and saving an edited text with its codings found again.
import { caseLink } from "../core/commands/diff";
import { deleteDocument, describeDocument, renameDocument } from "../core/commands/documentCommands";
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

async function requireDocument(projectId: string, documentId: string) {
  const document = await readDocument(appDatabase(), projectId, documentId);
  if (!document) throw new Error("That document no longer exists.");
  return document;
}

/** Renames a document, as one step of undo. */
export const renameDocumentTo = (projectId: string, documentId: string, name: string) =>
  runCommand(projectId, async () => {
    const document = await requireDocument(projectId, documentId);
    const others = await appDatabase().documents.where("projectId").equals(projectId).toArray();
    const otherNames = others.filter((d) => d.id !== documentId).map((d) => d.name);
    return renameDocument(document, name, new Date().toISOString(), otherNames);
  });

/** Sets (or, when empty, removes) a document's description, as one step of undo. */
export const describeDocumentAs = (projectId: string, documentId: string, description: string) =>
  runCommand(projectId, async () => describeDocument(await requireDocument(projectId, documentId), description, new Date().toISOString()));

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
