// REFI-QDA in the app, each run in the REFI-QDA worker: importing a project (.qdpx or .qde) as a
// new project, written in one transaction (all or nothing), then opened with the report of what
// could not be carried; and writing a project as .qdpx.
import type { ProjectContent } from "../core/model/types";
import { FileProblem } from "../formats/importTypes";
import type { RefiImport } from "../formats/refiQda/projectRead";
import type { RefiExportOptions } from "../formats/refiQda/projectXml";
import { appDatabase } from "../persistence/database";
import { writeProjectContent } from "../persistence/projects";
import { useWorkbench } from "../state/workbenchStore";
import { t } from "../lang";
import type { RefiWorkerRequest, RefiWorkerResponse } from "../workers/refiWorker";
import "../lang/enViews";

export const REFI_PROJECT_EXTENSIONS = [".qdpx", ".qde"];

export function isRefiProjectFile(name: string): boolean {
  const lower = name.toLowerCase();
  return REFI_PROJECT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Reads a .qdpx or .qde in the worker, writing nothing; throws a FileProblem when it cannot be read. */
export async function readRefiProject(file: File): Promise<RefiImport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const response = await inWorker({ kind: "import", fileName: file.name, bytes, now: new Date().toISOString() }, file.name, [bytes.buffer]);
  return (response as { imported: RefiImport }).imported;
}

/** Reads and writes the file; throws a FileProblem (nothing written) when it cannot be imported. */
export async function importRefiProject(file: File): Promise<void> {
  useWorkbench.getState().notify("info", t("importingProject", { file: file.name }));
  const { content, report } = await readRefiProject(file);
  const project = await writeProjectContent(appDatabase(), content);
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

/** The project as .qdpx bytes. */
export async function qdpxOf(content: ProjectContent, options: RefiExportOptions): Promise<Uint8Array> {
  const response = await inWorker({ kind: "export", content, options }, `${content.project.name}.qdpx`, []);
  return (response as { exported: Uint8Array }).exported;
}

function inWorker(request: RefiWorkerRequest, fileName: string, transfer: Transferable[]): Promise<RefiWorkerResponse> {
  const worker = new Worker(new URL("../workers/refiWorker.ts", import.meta.url), { type: "module" });
  return new Promise<RefiWorkerResponse>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<RefiWorkerResponse>) => {
      const response = event.data;
      if (response.ok) resolve(response);
      else if ("problem" in response) reject(FileProblem.of(response.problem.fileName, response.problem.problem));
      else reject(new Error(`${fileName}: ${response.error}`));
    };
    worker.onerror = (event) => reject(event.message ? new Error(`${fileName}: ${event.message}`) : new FileProblem(fileName, "workerStopped"));
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}
