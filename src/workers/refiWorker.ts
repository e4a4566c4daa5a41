// The REFI-QDA worker: reads a .qdpx or .qde, and writes a project as .qdpx, off the main thread,
// so that a large project never freezes the page. It runs the same format code as the command line.
import type { ProjectContent } from "../core/model/types";
import type { RefiImport } from "../formats/refiQda/projectRead";
import type { RefiExportOptions } from "../formats/refiQda/projectXml";
import { exportQdpx } from "../formats/refiQda/qdpx";
import { importQde, importQdpx } from "../formats/refiQda/qdpxImport";
import { workerFailure, type WorkerFailure } from "./workerFailure";

export type RefiWorkerRequest =
  | { kind: "import"; fileName: string; bytes: Uint8Array; now: string }
  | { kind: "export"; content: ProjectContent; options: RefiExportOptions };

export type RefiWorkerResponse =
  | { ok: true; imported: RefiImport }
  | { ok: true; exported: Uint8Array }
  | WorkerFailure;

async function handle(request: RefiWorkerRequest): Promise<RefiWorkerResponse> {
  if (request.kind === "export") return { ok: true, exported: await exportQdpx(request.content, request.options) };
  const { fileName, bytes, now } = request;
  const options = { now, newId: () => globalThis.crypto.randomUUID() };
  return { ok: true, imported: fileName.toLowerCase().endsWith(".qde") ? importQde(fileName, bytes, options) : importQdpx(fileName, bytes, options) };
}

self.onmessage = (event: MessageEvent<RefiWorkerRequest>) => {
  handle(event.data).then(
    (response) => self.postMessage(response, { transfer: "exported" in response ? [response.exported.buffer as ArrayBuffer] : [] }),
    (error: unknown) => self.postMessage(workerFailure(error) satisfies RefiWorkerResponse),
  );
};
