// Runs an analysis: at once on the main thread for small projects, in the analysis worker for
// large ones (so the page stays responsive), answering only the latest request. Coding
// comparisons always run in the worker, with progress.
import { useEffect, useMemo, useState } from "react";
import { codingMatrix, type CodingMatrix, type MatrixInput, type MatrixOptions } from "../core/analysis/matrix";
import { cooccurrence, type Cooccurrence, type CooccurrenceMode } from "../core/analysis/cooccurrence";
import type { AgreementInput, AgreementRequest, AgreementRow } from "../core/analysis/agreement";
import type { AnalysisRequest, AnalysisResponse } from "../workers/analysisWorker";

/** Above this many codings the counting moves to the worker. */
const WORKER_THRESHOLD = 20_000;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (response: AnalysisResponse) => void>();

/** A request before it is given its id (Omit over each member of the union). */
type Unnumbered = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, "id"> : never) : never;

function runInWorker(request: Unnumbered, onProgress?: (done: number, total: number) => void): Promise<unknown> {
  worker ??= new Worker(new URL("../workers/analysisWorker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    const { id, progress } = event.data;
    waiting.get(id)?.(event.data);
    if (!progress) waiting.delete(id);
  };
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (response) => {
      if (response.progress) onProgress?.(response.progress.done, response.progress.total);
      else if (response.error) reject(new Error(response.error));
      else resolve(response.result);
    });
    worker!.postMessage({ ...request, id } as AnalysisRequest);
  });
}

/** A coding comparison in the worker; `onProgress` hears of every document done. */
export function compareCodersInWorker(input: AgreementInput, request: AgreementRequest, onProgress?: (done: number, total: number) => void): Promise<AgreementRow[]> {
  return runInWorker({ kind: "agreement", input, request }, onProgress) as Promise<AgreementRow[]>;
}

function useComputed<T>(input: MatrixInput | undefined, key: string, compute: (input: MatrixInput) => T, request: Omit<AnalysisRequest, "id" | "input">): T | null {
  const [state, setState] = useState<{ input: MatrixInput; key: string; value: T } | null>(null);
  const large = (input?.codings.length ?? 0) > WORKER_THRESHOLD;
  // Small projects: computed here, once per input and request.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const syncValue = useMemo(() => (input && !large ? compute(input) : null), [input, key, large]);
  useEffect(() => {
    if (!input || !large) return;
    let live = true;
    void runInWorker({ ...request, input } as Unnumbered).then((value) => live && setState({ input, key, value: value as T }));
    return () => {
      live = false;
    };
    // The request is described by the input and the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [input, key, large]);
  if (syncValue) return syncValue;
  return state && state.input === input && state.key === key ? state.value : null;
}

export function useCodingMatrix(input: MatrixInput | undefined, options: MatrixOptions): CodingMatrix | null {
  return useComputed(input, JSON.stringify(options), (i) => codingMatrix(i, options), { kind: "matrix", options } as Omit<AnalysisRequest, "id" | "input">);
}

export function useCooccurrence(input: MatrixInput | undefined, mode: CooccurrenceMode): Cooccurrence | null {
  return useComputed(input, mode, (i) => cooccurrence(i, mode), { kind: "cooccurrence", mode } as Omit<AnalysisRequest, "id" | "input">);
}
