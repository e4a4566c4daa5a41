// The REFI-QDA import worker: unzips and reads a .qdpx or .qde off the main thread, so that a large
// project never freezes the page. It runs the same format code as the command line.
import { FileProblem } from "../formats/importTypes";
import type { RefiImport } from "../formats/refiQda/projectRead";
import { importQde, importQdpx } from "../formats/refiQda/qdpxImport";

export interface RefiImportRequest {
  fileName: string;
  bytes: Uint8Array;
  now: string;
}

export type RefiImportResponse =
  | { ok: true; result: RefiImport }
  | { ok: false; problem: { fileName: string; reason: string } }
  | { ok: false; error: string };

self.onmessage = (event: MessageEvent<RefiImportRequest>) => {
  const { fileName, bytes, now } = event.data;
  const options = { now, newId: () => globalThis.crypto.randomUUID() };
  try {
    const result = fileName.toLowerCase().endsWith(".qde") ? importQde(fileName, bytes, options) : importQdpx(fileName, bytes, options);
    self.postMessage({ ok: true, result } satisfies RefiImportResponse);
  } catch (error) {
    const response: RefiImportResponse =
      error instanceof FileProblem
        ? { ok: false, problem: { fileName: error.fileName, reason: error.reason } }
        : { ok: false, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
