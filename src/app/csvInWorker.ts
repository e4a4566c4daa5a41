// Reading an attribute table or a codebook CSV in the CSV worker, with its progress shown and a
// Cancel button (see CsvReadProgress); a cancelled reading ends the worker and yields null. Where
// there are no workers (Node, in the integration tests) the same readers run in place.
import { FileProblem } from "../formats/importTypes";
import { useCsvRead } from "../state/csvReadStore";
import type { CsvWorkerRequest, CsvWorkerResponse } from "../workers/csvWorker";

type Result = Extract<CsvWorkerResponse, { ok: true }>;

/** The worker's reading of the file, or null when the user cancelled it; a bad file throws its FileProblem. */
export async function readCsvInWorker(kind: CsvWorkerRequest["kind"], fileName: string, text: string): Promise<Result | null> {
  if (typeof Worker === "undefined") {
    if (kind === "attributes") return { ok: true, table: (await import("../formats/attributeCsv")).parseAttributeCsv(fileName, text) };
    return { ok: true, codebook: (await import("../formats/codebookCsv")).parseCodebookCsv(fileName, text) };
  }
  const worker = new Worker(new URL("../workers/csvWorker.ts", import.meta.url), { type: "module" });
  const progress = useCsvRead.getState();
  return new Promise<Result | null>((resolve, reject) => {
    progress.started({
      fileName,
      fraction: 0,
      cancel: () => {
        worker.terminate();
        resolve(null);
      },
    });
    worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      const response = event.data;
      if ("progress" in response) return progress.advanced(response.progress);
      if (response.ok) resolve(response);
      else if ("problem" in response) reject(FileProblem.of(response.problem.fileName, response.problem.problem));
      else reject(new Error(`${fileName}: ${response.error}`));
    };
    worker.onerror = (event) => reject(event.message ? new Error(`${fileName}: ${event.message}`) : new FileProblem(fileName, "workerStopped"));
    worker.postMessage({ kind, fileName, text } satisfies CsvWorkerRequest);
  }).finally(() => {
    worker.terminate();
    useCsvRead.getState().finished();
  });
}
