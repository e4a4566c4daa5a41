// The analysis worker: counts matrices and co-occurrence off the main thread, so that a large
// project never freezes the page. It runs the same core code as the app and the command line.
import { codingMatrix, type MatrixInput, type MatrixOptions } from "../core/analysis/matrix";
import { cooccurrence, type CooccurrenceMode } from "../core/analysis/cooccurrence";

export type AnalysisRequest =
  | { id: number; kind: "matrix"; input: MatrixInput; options: MatrixOptions }
  | { id: number; kind: "cooccurrence"; input: MatrixInput; mode: CooccurrenceMode };

export interface AnalysisResponse {
  id: number;
  result?: unknown;
  error?: string;
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    const result = request.kind === "matrix" ? codingMatrix(request.input, request.options) : cooccurrence(request.input, request.mode);
    self.postMessage({ id: request.id, result } satisfies AnalysisResponse);
  } catch (error) {
    self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies AnalysisResponse);
  }
};
