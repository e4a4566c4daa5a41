// How a worker tells the page that its work failed: a FileProblem as its file and problem (the page
// makes it the one message about that file again), anything else as its message.
import { FileProblem } from "../formats/importTypes";
import type { Problem } from "../formats/problems";

export type WorkerFailure = { ok: false; problem: { fileName: string; problem: Problem } } | { ok: false; error: string };

export function workerFailure(error: unknown): WorkerFailure {
  return error instanceof FileProblem
    ? { ok: false, problem: { fileName: error.fileName, problem: error.problem } }
    : { ok: false, error: error instanceof Error ? error.message : String(error) };
}
