// How a worker tells the page that its work failed: a FileProblem as its file and reason (the page
// makes it the one message about that file again), anything else as its message.
import { FileProblem } from "../formats/importTypes";

export type WorkerFailure = { ok: false; problem: { fileName: string; reason: string } } | { ok: false; error: string };

export function workerFailure(error: unknown): WorkerFailure {
  return error instanceof FileProblem
    ? { ok: false, problem: { fileName: error.fileName, reason: error.reason } }
    : { ok: false, error: error instanceof Error ? error.message : String(error) };
}
