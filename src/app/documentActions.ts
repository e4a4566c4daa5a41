// Document-level actions behind the documents list.
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
