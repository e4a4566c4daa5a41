// Runs the coding comparison view's comparison in the analysis worker, with the progress (documents
// done) for a progress bar; only the latest request is answered.
import { useEffect, useState } from "react";
import type { AgreementInput, AgreementRequest, AgreementRow } from "../core/analysis/agreement";
import { compareCodersInWorker } from "./useAnalysis";

export interface AgreementState {
  rows: AgreementRow[] | null;
  progress: { done: number; total: number } | null;
  error: string | null;
}

const NOTHING: AgreementState = { rows: null, progress: null, error: null };

export function useAgreement(input: AgreementInput | null, request: AgreementRequest | null): AgreementState {
  const [state, setState] = useState<AgreementState & { for: AgreementRequest | null; input: AgreementInput | null }>({ ...NOTHING, for: null, input: null });
  useEffect(() => {
    if (!input || !request) return;
    let live = true;
    const total = request.documentIds?.length ?? input.documents.length;
    setState({ rows: null, progress: { done: 0, total }, error: null, for: request, input });
    const { codes, codings, documents } = input;
    compareCodersInWorker({ codes, codings, documents: documents.map((d) => ({ id: d.id, text: d.text })) }, request, (done, all) => {
      if (live) setState((s) => ({ ...s, progress: { done, total: all } }));
    })
      .then((rows) => live && setState({ rows, progress: null, error: null, for: request, input }))
      .catch((error: unknown) => live && setState({ rows: null, progress: null, error: String(error), for: request, input }));
    return () => {
      live = false;
    };
  }, [input, request]);
  return state.for === request && state.input === input ? state : NOTHING;
}
