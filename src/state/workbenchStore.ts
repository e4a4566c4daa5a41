// UI state of the workbench (which project, document and view are open; the running import;
// the message shown to the user). Components call the named actions, never setState.
import { create } from "zustand";
import type { MemoLink } from "../core/model/memo";
import type { RefiImportReport } from "../formats/refiQda/importReport";

export type WorkbenchView = "transcript" | "cases" | "retrieval" | "matrix" | "cooccurrence" | "map" | "explore" | "comparison" | "memos";

/** What the retrieval view lists the coded passages of. */
export interface RetrievalTarget {
  kind: "code" | "case";
  id: string;
}

export type FileImportStatus = "waiting" | "reading" | "imported" | "failed" | "skipped";

export interface FileImportResult {
  fileName: string;
  status: FileImportStatus;
  /** Why it failed or was skipped, or notes on how it was read. */
  message: string;
  documentId?: string;
  documentName?: string;
  /** Case suggested from the speaker turns or the file name, and whether the link was made. */
  suggestedCase?: string;
  suggestedFrom?: "speakers" | "file name";
  linkedCase?: string;
}

export interface ImportJob {
  results: FileImportResult[];
  finished: boolean;
  /** performance.now() at the start and the end of the import. */
  startedAt: number;
  finishedAt: number | null;
}

export interface Notice {
  kind: "info" | "error";
  text: string;
}

/** What a REFI-QDA import brought in and what it could not carry, shown once after the import. */
export interface ExchangeReport {
  fileName: string;
  projectName: string;
  counts: { documents: number; codes: number; codings: number; cases: number };
  report: RefiImportReport;
}

interface WorkbenchState {
  projectId: string | null;
  documentId: string | null;
  view: WorkbenchView;
  retrieval: RetrievalTarget | null;
  importJob: ImportJob | null;
  notice: Notice | null;
  exchangeReport: ExchangeReport | null;
  /** The record whose memos the memo panel shows; null: all memos. */
  memoTarget: MemoLink | null;
  openProject(projectId: string | null): void;
  /** Makes a document the current one without changing the view. */
  selectDocument(documentId: string | null): void;
  /** Shows a document in the transcript view. */
  openDocument(documentId: string): void;
  showView(view: WorkbenchView): void;
  showRetrieval(target: RetrievalTarget): void;
  /** Shows the memo panel, with the memos of one record or (null) all of them. */
  showMemos(target: MemoLink | null): void;
  startImport(fileNames: string[]): void;
  /** Applies changes to several files' results at once (a large import batches its updates). */
  updateImportResults(patches: ReadonlyMap<number, Partial<FileImportResult>>): void;
  finishImport(): void;
  closeImport(): void;
  notify(kind: Notice["kind"], text: string): void;
  dismissNotice(): void;
  showExchangeReport(report: ExchangeReport): void;
  closeExchangeReport(): void;
}

export const useWorkbench = create<WorkbenchState>()((set) => ({
  projectId: null,
  documentId: null,
  view: "transcript",
  retrieval: null,
  importJob: null,
  notice: null,
  exchangeReport: null,
  memoTarget: null,
  openProject: (projectId) => set({ projectId, documentId: null, view: "transcript", retrieval: null, importJob: null, memoTarget: null }),
  selectDocument: (documentId) => set({ documentId }),
  openDocument: (documentId) => set({ documentId, view: "transcript" }),
  showView: (view) => set(view === "memos" ? { view, memoTarget: null } : { view }),
  showRetrieval: (retrieval) => set({ retrieval, view: "retrieval" }),
  showMemos: (memoTarget) => set({ memoTarget, view: "memos" }),
  startImport: (fileNames) =>
    set({
      importJob: {
        finished: false,
        startedAt: performance.now(),
        finishedAt: null,
        results: fileNames.map((fileName) => ({ fileName, status: "waiting", message: "" })),
      },
    }),
  updateImportResults: (patches) =>
    set((state) => {
      if (!state.importJob) return {};
      const results = state.importJob.results.map((r, i) => (patches.has(i) ? { ...r, ...patches.get(i) } : r));
      return { importJob: { ...state.importJob, results } };
    }),
  finishImport: () =>
    set((state) => (state.importJob ? { importJob: { ...state.importJob, finished: true, finishedAt: performance.now() } } : {})),
  closeImport: () => set({ importJob: null }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  dismissNotice: () => set({ notice: null }),
  showExchangeReport: (exchangeReport) => set({ exchangeReport }),
  closeExchangeReport: () => set({ exchangeReport: null }),
}));
