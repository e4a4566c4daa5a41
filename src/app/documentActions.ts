// Document-level actions: deleting a document, and saving an edited text with its codings
// found again.
import { reanchorCodings } from "../core/anchoring/reanchor";
import { anchorPassage } from "../core/model/anchor";
import { canonicalizeText } from "../core/text/canonical";
import { codePointLength } from "../core/text/offsets";
import { noteUnbackedWork } from "../persistence/backups";
import { appDatabase } from "../persistence/database";
import { deleteDocument } from "../persistence/documents";
import { useWorkbench } from "../state/workbenchStore";

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
 * Saves an edited text and finds every coding of the document again (offsets through the edit,
 * then the quote with its context, then fuzzy); codings that cannot be placed are kept, marked
 * orphaned, for the user to place or delete. One transaction: the text and its codings together
 * (and the note of the project's unbacked work).
 */
export async function saveEditedText(projectId: string, documentId: string, editedText: string): Promise<TextEditOutcome> {
  const db = appDatabase();
  const text = canonicalizeText(editedText);
  return db.transaction("rw", db.projects, db.documents, db.documentTexts, db.codings, async () => {
    const stored = await db.documentTexts.get([projectId, documentId]);
    if (!stored) throw new Error("That document no longer exists.");
    const codings = await db.codings.where("[projectId+documentId]").equals([projectId, documentId]).toArray();
    const { placed, orphaned } = reanchorCodings(stored.text, text, codings);
    const byId = new Map(codings.map((c) => [c.id, c]));
    const updated = placed.map((p) => {
      const { orphaned: _wasOrphaned, ...coding } = byId.get(p.id)!;
      return { ...coding, start: p.start, end: p.end, ...anchorPassage(text, p.start, p.end) };
    });
    const lost = orphaned.map((id) => ({ ...byId.get(id)!, orphaned: true as const }));
    const now = new Date().toISOString();
    await db.documentTexts.put({ ...stored, text });
    await db.documents.update([projectId, documentId], { characters: codePointLength(text), modified: now });
    await db.codings.bulkPut([...updated, ...lost]);
    await noteUnbackedWork(db, projectId, now);
    return { placed: updated.length, orphaned: lost.length };
  });
}
