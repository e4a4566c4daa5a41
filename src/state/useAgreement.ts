// Runs a coding comparison: at once for small projects, in the agreement worker for large ones,
// with the progress (documents done) for a progress bar; only the latest request is answered.
import { useEffect, useState } from "react";
import { compareCoders, type AgreementInput, type AgreementRequest, type AgreementRow } from "../core/analysis/agreement";
import { codePointLength } from "../core/text/offsets";
import type { AgreementJob, AgreementMessage } from "../workers/agreementWorker";

/** Above this many code points of compared text the comparison moves to the worker. */
const WORKER_THRESHOLD = 2_000_000;

export interface AgreementState {
  rows: AgreementRow[] | null;
  progress: { done: number; total: number } | null;
  error: string | null;
}

let worker: Worker | null = null;
let nextId = 1;

function comparedLength(input: AgreementInput, request: AgreementRequest): number {
  const chosen = request.documentIds && new Set(request.documentIds);
  return input.documents.reduce((sum, d) => sum + (!chosen || chosen.has(d.id) ? codePointLength(d.text) : 0), 0);
}

export function useAgreement(input: AgreementInput | null, request: AgreementRequest | null): AgreementState {
  const [state, setState] = useState<AgreementState & { for: AgreementRequest | null }>({ rows: null, progress: null, error: null, for: null });
  useEffect(() => {
    if (!input || !request) return;
    if (comparedLength(input, request) <= WORKER_THRESHOLD) {
      try {
        setState({ rows: compareCoders(input, request), progress: null, error: null, for: request });
      } catch (error) {
        setState({ rows: null, progress: null, error: String(error), for: request });
      }
      return;
    }
    worker ??= new Worker(new URL("../workers/agreementWorker.ts", import.meta.url), { type: "module" });
    const id = nextId++;
    setState({ rows: null, progress: { done: 0, total: request.documentIds?.length ?? input.documents.length }, error: null, for: request });
    const onMessage = (event: MessageEvent<AgreementMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === "progress") setState((s) => ({ ...s, progress: { done: message.done, total: message.total } }));
      else if (message.kind === "done") setState({ rows: message.rows, progress: null, error: null, for: request });
      else setState({ rows: null, progress: null, error: message.error, for: request });
    };
    worker.addEventListener("message", onMessage);
    worker.postMessage({ id, input, request } satisfies AgreementJob);
    return () => worker?.removeEventListener("message", onMessage);
  }, [input, request]);
  return state.for === request ? state : { rows: null, progress: null, error: null };
}
