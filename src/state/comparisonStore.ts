// UI state of the coding comparison: the last comparison asked for (two sides of coders, codes,
// documents, unit), and the disagreement overlay in the transcript (which code's disagreements are
// shown, and which one is the current one).
import { create } from "zustand";
import type { AgreementUnit } from "../core/analysis/agreement";

export interface ComparisonSetup {
  projectId: string;
  sideA: string[];
  sideB: string[];
  codeIds: string[];
  documentIds: string[];
  unit: AgreementUnit;
}

interface ComparisonState {
  setup: ComparisonSetup | null;
  /** The disagreement overlay: on, for one code (null: the first with disagreements), at the n-th disagreement. */
  overlay: { codeId: string | null; index: number } | null;
  setSetup(setup: ComparisonSetup): void;
  showOverlay(codeId: string | null): void;
  stepTo(index: number): void;
  hideOverlay(): void;
}

export const useComparison = create<ComparisonState>()((set) => ({
  setup: null,
  overlay: null,
  setSetup: (setup) => set({ setup }),
  showOverlay: (codeId) => set({ overlay: { codeId, index: 0 } }),
  stepTo: (index) => set((s) => (s.overlay ? { overlay: { ...s.overlay, index } } : {})),
  hideOverlay: () => set({ overlay: null }),
}));
