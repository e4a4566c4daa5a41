// The agreement worker: a coding comparison off the main thread, reporting its progress per
// document, so that a large project never freezes the page. The same core code as the command line.
import { compareCoders, type AgreementInput, type AgreementRequest, type AgreementRow } from "../core/analysis/agreement";

export interface AgreementJob {
  id: number;
  input: AgreementInput;
  request: AgreementRequest;
}

export type AgreementMessage =
  | { id: number; kind: "progress"; done: number; total: number }
  | { id: number; kind: "done"; rows: AgreementRow[] }
  | { id: number; kind: "error"; error: string };

self.onmessage = (event: MessageEvent<AgreementJob>) => {
  const { id, input, request } = event.data;
  try {
    const rows = compareCoders(input, request, (done, total) => self.postMessage({ id, kind: "progress", done, total } satisfies AgreementMessage));
    self.postMessage({ id, kind: "done", rows } satisfies AgreementMessage);
  } catch (error) {
    self.postMessage({ id, kind: "error", error: error instanceof Error ? error.message : String(error) } satisfies AgreementMessage);
  }
};
