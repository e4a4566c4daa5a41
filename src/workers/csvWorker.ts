// The CSV worker: reads an attribute table or a codebook CSV off the main thread, telling how far
// it has come, so that a large table never freezes the page and can be cancelled (the page ends
// the worker). It runs the same readers as the command line.
import type { TableRowProblem } from "../core/model/attributeTable";
import { parseAttributeCsv, type CsvTable } from "../formats/attributeCsv";
import { parseCodebookCsv, type CodebookRow } from "../formats/codebookCsv";
import { workerFailure, type WorkerFailure } from "./workerFailure";

export interface CsvWorkerRequest {
  kind: "attributes" | "codebook";
  fileName: string;
  text: string;
}

export type CsvWorkerResponse =
  | { progress: number }
  | { ok: true; table: CsvTable }
  | { ok: true; codebook: { rows: CodebookRow[]; problems: TableRowProblem[] } }
  | WorkerFailure;

self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  const { kind, fileName, text } = event.data;
  const progress = (fraction: number) => self.postMessage({ progress: fraction } satisfies CsvWorkerResponse);
  let response: CsvWorkerResponse;
  try {
    response = kind === "attributes" ? { ok: true, table: parseAttributeCsv(fileName, text, progress) } : { ok: true, codebook: parseCodebookCsv(fileName, text, progress) };
  } catch (error) {
    response = workerFailure(error);
  }
  self.postMessage(response);
};
