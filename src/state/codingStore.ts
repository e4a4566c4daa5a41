// UI state of coding: the text selection in the transcript, the coding selected by a click, the
// recently used codes (for keys 1–9; kept for the tab's lifetime, across reloads), which codes
// the transcript shows, the code selected in the codebook and its name filter, and the undo/redo labels. Components call
// the named actions.
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { ProjectDiff } from "../core/commands/diff";
import type { StepLabel } from "../core/commands/stepLabel";
import type { TextSelection } from "../editor/TranscriptEditor";

const RECENT_LIMIT = 9;

export interface CodingUiState {
  selection: TextSelection | null;
  /** The caret's offset in the transcript (code points), when it has the focus. */
  caret: number | null;
  selectedCodingId: string | null;
  /** The code selected in the codebook tree (a new code is selected there once created). */
  selectedCodeId: string | null;
  /** Codes whose codings the transcript shows; null shows all. */
  visibleCodeIds: ReadonlySet<string> | null;
  treeFilter: string;
  /** Most recently used codes first, per project. */
  recentCodeIds: Record<string, string[]>;
  paletteOpen: boolean;
  /** A passage to bring into view and select in the transcript. */
  focusRange: { documentId: string; start: number; end: number } | null;
  undoLabel: StepLabel | null;
  redoLabel: StepLabel | null;
  /** A change being saved, shown in the transcript already; `saved` once it is in the database. */
  pending: { diff: ProjectDiff; saved: boolean } | null;
  setSelection(selection: TextSelection | null, caret: number | null): void;
  selectCoding(codingId: string | null): void;
  selectCode(codeId: string | null): void;
  setVisibleCodes(codeIds: ReadonlySet<string> | null): void;
  setTreeFilter(filter: string): void;
  noteCodeUsed(projectId: string, codeId: string): void;
  showPending(diff: ProjectDiff): void;
  markPendingSaved(diff: ProjectDiff): void;
  clearPending(): void;
  openPalette(): void;
  closePalette(): void;
  focusPassage(documentId: string, start: number, end: number): void;
  setUndoLabels(undo: StepLabel | null, redo: StepLabel | null): void;
}

export const useCodingUi = create<CodingUiState>()(
  persist(
    (set) => ({
  selection: null,
  caret: null,
  selectedCodingId: null,
  selectedCodeId: null,
  visibleCodeIds: null,
  treeFilter: "",
  recentCodeIds: {},
  paletteOpen: false,
  focusRange: null,
  undoLabel: null,
  redoLabel: null,
  pending: null,
  setSelection: (selection, caret) => set(selection ? { selection, caret, selectedCodingId: null } : { selection, caret }),
  selectCoding: (selectedCodingId) => set({ selectedCodingId }),
  selectCode: (selectedCodeId) => set({ selectedCodeId }),
  setVisibleCodes: (visibleCodeIds) => set({ visibleCodeIds }),
  setTreeFilter: (treeFilter) => set({ treeFilter }),
  noteCodeUsed: (projectId, codeId) =>
    set((s) => {
      const recent = [codeId, ...(s.recentCodeIds[projectId] ?? []).filter((id) => id !== codeId)].slice(0, RECENT_LIMIT);
      return { recentCodeIds: { ...s.recentCodeIds, [projectId]: recent } };
    }),
  openPalette: () => set({ paletteOpen: true }),
  closePalette: () => set({ paletteOpen: false }),
  focusPassage: (documentId, start, end) => set({ focusRange: { documentId, start, end } }),
  setUndoLabels: (undoLabel, redoLabel) => set({ undoLabel, redoLabel }),
  showPending: (diff) => set({ pending: { diff, saved: false } }),
  markPendingSaved: (diff) => set((s) => (s.pending?.diff === diff ? { pending: { diff, saved: true } } : {})),
  clearPending: () => set({ pending: null }),
    }),
    {
      name: "telaah-coding-ui",
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ recentCodeIds: s.recentCodeIds }),
    },
  ),
);
