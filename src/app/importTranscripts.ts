// Imports a batch of transcript files into the open project: each file is read, checked and
// written in its own transaction; a bad file is reported and leaves nothing behind. Progress and
// per-file results go to the workbench store; a case is suggested from the speaker turns.
import { detectSpeakers } from "../core/text/speakers";
import { isStorageError } from "./storageErrors";
import { FileProblem, type ImportedTranscript } from "../formats/importTypes";
import { readPastedText, readTranscriptFile } from "../formats/readTranscript";
import { appDatabase } from "../persistence/database";
import { addImportedDocument } from "../persistence/documents";
import { loadCaseModel } from "../persistence/applyDiff";
import { linkDocumentToCaseNamed } from "../core/commands/caseCommands";
import { newId } from "../core/model/ids";
import { runCommand } from "./commandRunner";
import { mirrorToTeam } from "./teamSession";
import { emptyDiff } from "../core/commands/diff";
import { requestPersistentStorage } from "../persistence/storage";
import { useWorkbench, type FileImportResult } from "../state/workbenchStore";
import { fileProblemText, problemText, t } from "../lang";
import "../lang/enViews";

export const LARGE_FILE_BYTES = 20 * 1024 * 1024;

/** Asks the user whether to import a file over 20 MB. */
export type ConfirmLargeFile = (file: File) => Promise<boolean>;

/** Collects result changes and hands them to the store at most every 100 ms, so a large import does not re-render per file. */
function batchedResults() {
  const pending = new Map<number, Partial<FileImportResult>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.size === 0) return;
    useWorkbench.getState().updateImportResults(new Map(pending));
    pending.clear();
  };
  return {
    patch(index: number, patch: Partial<FileImportResult>) {
      pending.set(index, { ...pending.get(index), ...patch });
      timer ??= setTimeout(flush, 100);
    },
    flush,
  };
}

export async function importTranscriptFiles(projectId: string, files: File[], confirmLarge: ConfirmLargeFile): Promise<void> {
  const store = useWorkbench.getState();
  store.startImport(files.map((f) => f.name));
  const results = batchedResults();
  let imported = 0;
  for (const [index, file] of files.entries()) {
    results.patch(index, { status: "reading" });
    if (file.size > LARGE_FILE_BYTES) {
      results.flush();
      if (!(await confirmLarge(file))) {
        results.patch(index, { status: "skipped", message: t("skippedLarge") });
        continue;
      }
    }
    try {
      const transcript = await readTranscriptFile(file.name, new Uint8Array(await file.arrayBuffer()));
      results.patch(index, await storeTranscript(projectId, transcript));
      imported++;
    } catch (error) {
      results.patch(index, { status: "failed", message: describeFailure(file.name, error) });
    }
  }
  results.flush();
  store.finishImport();
  if (imported > 0) await requestPersistentStorage();
}

export async function importPastedText(projectId: string, name: string, text: string): Promise<void> {
  const store = useWorkbench.getState();
  store.startImport([name]);
  try {
    store.updateImportResults(new Map([[0, await storeTranscript(projectId, readPastedText(name, text))]]));
    await requestPersistentStorage();
  } catch (error) {
    store.updateImportResults(new Map([[0, { status: "failed", message: describeFailure(name, error) }]]));
  }
  store.finishImport();
}

/** Links an imported document to its suggested case, creating the case when it is new (one undo step). */
export async function linkSuggestedCase(projectId: string, index: number): Promise<void> {
  const store = useWorkbench.getState();
  const result = store.importJob?.results[index];
  const documentId = result?.documentId;
  const suggestedCase = result?.suggestedCase?.trim();
  if (!documentId || !suggestedCase) return;
  let linkedCase = "";
  const linked = await runCommand(projectId, async () => {
    const command = linkDocumentToCaseNamed(await loadCaseModel(appDatabase(), projectId), documentId, suggestedCase, newId);
    linkedCase = command.caseName;
    return command;
  });
  if (linked) store.updateImportResults(new Map([[index, { linkedCase }]]));
}

async function storeTranscript(projectId: string, transcript: ImportedTranscript): Promise<Partial<FileImportResult>> {
  const document = await addImportedDocument(appDatabase(), projectId, transcript);
  mirrorToTeam(projectId, { ...emptyDiff(), documents: { added: [document], removed: [], updated: [] } });
  const { interviewee } = detectSpeakers(transcript.text);
  return {
    status: "imported",
    message: transcript.notes.map(problemText).join(" "),
    documentId: document.id,
    documentName: document.name,
    suggestedCase: interviewee ?? transcript.name,
    suggestedFrom: interviewee ? "speakers" : "file name",
  };
}

function describeFailure(fileName: string, error: unknown): string {
  if (error instanceof FileProblem) return fileProblemText(error);
  if (isStorageError(error)) return fileProblemText(new FileProblem(fileName, "storageFull"));
  return `${fileName}: ${error instanceof Error ? error.message : String(error)}`;
}
