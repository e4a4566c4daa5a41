// The codebook beside the transcript: filter, new themes and codes, the codings of codes a colleague
// deleted (to reassign), the tree with counts, the selected code's details, and the codebook in (CSV
// or REFI-QDA .qdc) and out.
import { lazy, Suspense, useMemo, useState } from "react";
import { codebookCsvText, createCodeIn, deleteCodeWithCodings, downloadCodebookQdc } from "../../app/codebookActions";
import type { CodebookChoice } from "../../app/codebookImport";
import { codeTotals } from "../../core/analysis/codeTotals";
import { subtreeIds } from "../../core/model/codeTree";
import type { Code } from "../../core/model/types";
import { useCodingUi } from "../../state/codingStore";
import { useCodes, useProject, useProjectCodings } from "../../state/liveQueries";
import { CsvExportButton } from "../CsvExportButton";
import { ConfirmDialog } from "../Dialog";
import { FilePicker } from "../FilePicker";
import { countNoun, t } from "../../lang";
import type { MergeProposal } from "../../app/mergeCoding";
import { CodeTree } from "./CodeTree";
import { DeletedCodeCodings } from "./DeletedCodeCodings";

const NO_CODES: Code[] = [];

/** Where "New code" puts a code: under the selected theme, or beside the selected code (under its theme). */
function themeOf(selected: Code, codes: readonly Code[]): string {
  const isTheme = selected.parentId === null || codes.some((c) => c.parentId === selected.id);
  return isTheme ? selected.id : selected.parentId!;
}

/** Reading and merging a codebook file loads when a file is chosen, not with the page. */
const codebookImport = () => import("../../app/codebookImport");
/** So does merging a colleague's coding, with its dialog; a code's details load when a code is selected. */
const mergeCoding = () => import("../../app/mergeCoding");
const MergeCodingDialog = lazy(() => import("./MergeCodingDialog").then((m) => ({ default: m.MergeCodingDialog })));
const CodeDetails = lazy(() => import("./CodeDetails").then((m) => ({ default: m.CodeDetails })));
/** The question a codebook file puts loads with the file. */
const CodebookImportDialog = lazy(() => import("./CodebookImportDialog").then((m) => ({ default: m.CodebookImportDialog })));

export function CodebookPanel({ projectId }: { projectId: string }) {
  const codes = useCodes(projectId) ?? NO_CODES;
  const codings = useProjectCodings(projectId);
  const project = useProject(projectId);
  const filter = useCodingUi((s) => s.treeFilter);
  const setFilter = useCodingUi((s) => s.setTreeFilter);
  const selectedId = useCodingUi((s) => s.selectedCodeId);
  const setSelectedId = useCodingUi((s) => s.selectCode);
  const [renamingId, setRenamingId] = useState<string | null>(null);
  /** A code whose tree row takes the focus once it is shown (after creating or renaming it). */
  const [focusId, setFocusId] = useState<string | null>(null);
  const [newName, setNewName] = useState<{ parentId: string | null } | null>(null);
  const [draft, setDraft] = useState("");
  const [pendingDelete, setPendingDelete] = useState<string | null>(null);
  const [importChoice, setImportChoice] = useState<CodebookChoice | null>(null);
  const [mergeChoice, setMergeChoice] = useState<MergeProposal | null>(null);

  const counts = useMemo(() => codeTotals(codes, (codings ?? []).filter((c) => !c.orphaned)), [codes, codings]);
  const selected = codes.find((c) => c.id === selectedId) ?? null;
  const toDelete = codes.find((c) => c.id === pendingDelete);
  const deleteCount = useMemo(() => {
    if (!pendingDelete) return 0;
    const ids = subtreeIds(codes, pendingDelete);
    return (codings ?? []).filter((c) => ids.has(c.codeId)).length;
  }, [pendingDelete, codes, codings]);

  const startNew = (parentId: string | null) => {
    setDraft("");
    setNewName({ parentId });
  };

  return (
    <aside className="codebook" aria-label={t("codebook")}>
      <div className="codebook-head">
        <div className="codebook-title-row">
          <h2 className="pane-title">{t("codes")}</h2>
          <div className="button-row">
            <button type="button" onClick={() => startNew(null)}>
              {t("newTheme")}
            </button>
            <button type="button" onClick={() => startNew(selected ? themeOf(selected, codes) : null)}>
              {t("newCode")}
            </button>
          </div>
        </div>
        <input type="search" aria-label={t("filterCodes")} placeholder={t("filterCodes")} value={filter} onChange={(e) => setFilter(e.target.value)} />
        {filter && (
          <p className="filter-note">
            {t("treeFiltered", { filter })}{" "}
            <button type="button" className="link-button" onClick={() => setFilter("")}>
              {t("clearFilter")}
            </button>
          </p>
        )}
        {newName && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (draft.trim())
                void createCodeIn(projectId, draft, newName.parentId).then((id) => {
                  if (!id) return;
                  setSelectedId(id);
                  setFocusId(id);
                });
              setNewName(null);
            }}
          >
            <input
              autoFocus
              aria-label={newName.parentId ? t("newCodeName") : t("newThemeName")}
              placeholder={newName.parentId ? t("newCodeName") : t("newThemeName")}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => e.key === "Escape" && setNewName(null)}
            />
            <button type="submit" disabled={!draft.trim()}>
              {t("create")}
            </button>
          </form>
        )}
      </div>
      {codings && <DeletedCodeCodings projectId={projectId} codes={codes} codings={codings} />}
      <div className="codebook-tree-scroll">
        <CodeTree
          projectId={projectId}
          codes={codes}
          counts={counts}
          filter={filter}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onRename={setRenamingId}
          onDelete={setPendingDelete}
          focusId={focusId}
          onFocused={() => setFocusId(null)}
        />
      </div>
      {selected && (
        <Suspense fallback={null}>
          <CodeDetails
            key={selected.id}
            projectId={projectId}
            code={selected}
            codes={codes}
            renaming={renamingId === selected.id}
            onRenamed={(done) => {
              setRenamingId(null);
              if (done) setFocusId(selected.id);
            }}
            onDelete={() => setPendingDelete(selected.id)}
          />
        </Suspense>
      )}
      <div className="button-row codebook-io">
        <FilePicker
          label={t("importCodebook")}
          accept=".csv,text/csv,.qdc"
          onFiles={([file]) => void codebookImport().then((m) => m.importCodebookFile(projectId, file!)).then(setImportChoice)}
        />
        <CsvExportButton
          label={t("exportCodebook")}
          exports={[{ label: t("saveCsv"), fileName: `${project?.name ?? "codebook"} - codebook`, write: (options) => codebookCsvText(projectId, options) }]}
        />
        <button type="button" onClick={() => void downloadCodebookQdc(projectId)}>
          {t("exportCodebookQdc")}
        </button>
        <FilePicker
          label={t("mergeColleague")}
          accept=".qdpx,.qde,.json,application/json"
          onFiles={([file]) => void mergeCoding().then((m) => m.proposeMerge(projectId, file!)).then(setMergeChoice)}
        />
      </div>
      {mergeChoice && (
        <Suspense fallback={null}>
          <MergeCodingDialog
            proposal={mergeChoice}
            onCancel={() => setMergeChoice(null)}
            onMerge={(choices) => {
              void mergeCoding().then((m) => m.mergeProposal(projectId, mergeChoice, choices));
              setMergeChoice(null);
            }}
          />
        </Suspense>
      )}
      {importChoice && (
        <Suspense fallback={null}>
          <CodebookImportDialog
            choice={importChoice}
            onCancel={() => setImportChoice(null)}
            onChoose={(mode) => {
              void codebookImport().then((m) => m.importCodebookCodes(projectId, importChoice, mode));
              setImportChoice(null);
            }}
          />
        </Suspense>
      )}
      <ConfirmDialog
        open={toDelete !== undefined}
        danger
        title={toDelete ? t("deleteCodeTitle", { name: toDelete.name }) : ""}
        body={t("deleteCodeBody", { codings: countNoun(deleteCount, "coding") })}
        confirmLabel={t("delete")}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          if (pendingDelete) void deleteCodeWithCodings(projectId, pendingDelete);
          if (pendingDelete === selectedId) setSelectedId(null);
          setPendingDelete(null);
        }}
      />
    </aside>
  );
}
