// The analysis worker: counts matrices, co-occurrence and coding comparisons off the main thread, so
// that a large project never freezes the page. It runs the same core code as the app and the
// command line. A coding comparison reports its progress (documents done) before its result.
import { compareCoders, disagreements, type AgreementInput, type AgreementRequest } from "../core/analysis/agreement";
import { codingMatrix, type MatrixInput, type MatrixOptions } from "../core/analysis/matrix";
import { cooccurrence, type CooccurrenceMode, type CooccurrenceOptions } from "../core/analysis/cooccurrence";

export type AnalysisRequest =
  | { id: number; kind: "matrix"; input: MatrixInput; options: MatrixOptions }
  | { id: number; kind: "cooccurrence"; input: MatrixInput; mode: CooccurrenceMode; options?: CooccurrenceOptions }
  | { id: number; kind: "agreement"; input: AgreementInput; request: AgreementRequest }
  | { id: number; kind: "disagreements"; input: AgreementInput; request: AgreementRequest };

export interface AnalysisResponse {
  id: number;
  /** Set on the messages before the result: how far the analysis is. */
  progress?: { done: number; total: number };
  result?: unknown;
  error?: string;
}

function analyse(request: AnalysisRequest): unknown {
  switch (request.kind) {
    case "matrix":
      return codingMatrix(request.input, request.options);
    case "cooccurrence":
      return cooccurrence(request.input, request.mode, request.options);
    case "agreement":
      return compareCoders(request.input, request.request, (done, total) => self.postMessage({ id: request.id, progress: { done, total } } satisfies AnalysisResponse));
    case "disagreements":
      return disagreements(request.input, request.request);
  }
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  try {
    self.postMessage({ id: request.id, result: analyse(request) } satisfies AnalysisResponse);
  } catch (error) {
    self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies AnalysisResponse);
  }
};
