// Importing a REFI-QDA project (.qdpx or .qde) as a new project: read in a worker, written in one
// transaction (all or nothing), then opened, with the report of what could not be carried shown.
import { FileProblem } from "../formats/importTypes";
import type { RefiImport } from "../formats/refiQda/projectRead";
import { appDatabase } from "../persistence/database";
import { writeProjectContent } from "../persistence/projects";
import { useWorkbench } from "../state/workbenchStore";
import { t } from "../ui/strings";
import type { RefiImportRequest, RefiImportResponse } from "../workers/refiImportWorker";

export const REFI_PROJECT_EXTENSIONS = [".qdpx", ".qde"];

export function isRefiProjectFile(name: string): boolean {
  const lower = name.toLowerCase();
  return REFI_PROJECT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Reads and writes the file; throws a FileProblem (nothing written) when it cannot be imported. */
export async function importRefiProject(file: File): Promise<void> {
  useWorkbench.getState().notify("info", t("importingProject", { file: file.name }));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { content, report } = await readInWorker({ fileName: file.name, bytes, now: new Date().toISOString() });
  const project = await writeProjectContent(appDatabase(), content, `${content.project.name} (imported)`);
  const store = useWorkbench.getState();
  store.openProject(project.id);
  store.notify("info", t("projectImported", { name: project.name }));
  store.showExchangeReport({
    fileName: file.name,
    projectName: project.name,
    counts: {
      documents: content.documents.length,
      codes: content.codes.length,
      codings: content.codings.length,
      cases: content.cases.length,
    },
    report,
  });
}

function readInWorker(request: RefiImportRequest): Promise<RefiImport> {
  const worker = new Worker(new URL("../workers/refiImportWorker.ts", import.meta.url), { type: "module" });
  return new Promise<RefiImport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<RefiImportResponse>) => {
      const response = event.data;
      if (response.ok) resolve(response.result);
      else if ("problem" in response) reject(new FileProblem(response.problem.fileName, response.problem.reason));
      else reject(new Error(`${request.fileName}: ${response.error}`));
    };
    worker.onerror = (event) => reject(new Error(`${request.fileName}: ${event.message || "the import stopped unexpectedly"}`));
    worker.postMessage(request, [request.bytes.buffer]);
  }).finally(() => worker.terminate());
}
