// The cases sheet: one row per case (informant) with its description, one column per attribute,
// and the documents linked to each case. Cells are edited in place; values are checked against
// the column's type.
import { useState } from "react";
import { addCase, attributeTableCsv, planAttributeTableImport, removeAttribute, removeCase, renameCaseTo, type PendingAttributeImport } from "../../app/caseActions";
import type { AttributeDefinition, Case } from "../../core/model/types";
import { CsvExportButton } from "../CsvExportButton";
import { useCaseSheet, useDocumentList, useProject } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { ConfirmDialog } from "../Dialog";
import { FilePicker } from "../FilePicker";
import { UndoRedoButtons } from "../UndoRedoButtons";
import { t } from "../../lang";
import { AddAttributeForm } from "./AddAttributeForm";
import { AttributeCell } from "./AttributeCell";
import { AttributeImportDialog } from "./AttributeImportDialog";
import { CaseDescriptionCell } from "./CaseDescriptionCell";
import { CaseDocumentsCell } from "./CaseDocumentsCell";
import { MemoButton } from "../memos/MemoButton";
import "../../lang/enViews";

export function CasesSheet({ projectId }: { projectId: string }) {
  const sheet = useCaseSheet(projectId);
  const documents = useDocumentList(projectId) ?? [];
  const project = useProject(projectId);
  const showRetrieval = useWorkbench((s) => s.showRetrieval);
  const [newCase, setNewCase] = useState("");
  const [pendingDelete, setPendingDelete] = useState<Case | null>(null);
  const [pendingAttributeDelete, setPendingAttributeDelete] = useState<AttributeDefinition | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingAttributeImport | null>(null);
  if (!sheet) return null;
  const { cases, attributes, links } = sheet;

  return (
    <section className="cases-sheet" role="region" aria-label={t("cases")}>
      <header className="sheet-head">
        <h1>{t("cases")}</h1>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (newCase.trim()) void addCase(projectId, newCase);
            setNewCase("");
          }}
        >
          <input aria-label={t("newCaseName")} placeholder={t("newCaseName")} value={newCase} onChange={(e) => setNewCase(e.target.value)} />
          <button type="submit" disabled={!newCase.trim()}>
            {t("addCase")}
          </button>
        </form>
        <AddAttributeForm projectId={projectId} />
        <div className="button-row">
          <UndoRedoButtons projectId={projectId} />
          <FilePicker
            label={t("importAttributes")}
            accept=".csv,.tsv,.txt,text/csv"
            onFiles={([file]) => void planAttributeTableImport(projectId, file!).then(setPendingImport)}
          />
          <CsvExportButton
            label={t("exportAttributes")}
            exports={[{ label: t("saveCsv"), fileName: `${project?.name ?? "project"} - cases`, write: (options) => attributeTableCsv(projectId, options) }]}
          />
        </div>
      </header>
      {cases.length === 0 ? (
        <p className="muted">{t("noCases")}</p>
      ) : (
        <div className="table-scroll">
          <table className="sheet">
            <thead>
              <tr>
                <th scope="col">{t("caseName")}</th>
                <th scope="col">{t("caseDescription")}</th>
                {attributes.map((a) => (
                  <th scope="col" key={a.id}>
                    <span>{a.name}</span> <span className="type-tag">{a.type}</span>
                    <button type="button" className="icon-button" aria-label={t("deleteAttribute", { name: a.name })} onClick={() => setPendingAttributeDelete(a)}>
                      ×
                    </button>
                  </th>
                ))}
                <th scope="col">{t("linkedDocuments")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("delete")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <input
                      className="cell-input"
                      aria-label={t("renameCase", { name: c.name })}
                      defaultValue={c.name}
                      key={c.name}
                      onBlur={(e) => e.target.value.trim() !== c.name && void renameCaseTo(projectId, c.id, e.target.value)}
                      onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
                    />
                  </th>
                  <td>
                    <CaseDescriptionCell projectId={projectId} record={c} />
                  </td>
                  {attributes.map((a) => (
                    <td key={a.id}>
                      <AttributeCell projectId={projectId} record={c} attribute={a} />
                    </td>
                  ))}
                  <td>
                    <CaseDocumentsCell projectId={projectId} record={c} documents={documents} links={links} />
                  </td>
                  <td className="row-actions">
                    <button type="button" className="link-button" onClick={() => showRetrieval({ kind: "case", id: c.id })} aria-label={t("showCasePassages", { name: c.name })}>
                      {t("codedPassages")}
                    </button>
                    <MemoButton projectId={projectId} target={{ kind: "case", id: c.id }} name={c.name} />
                    <button type="button" className="icon-button danger" aria-label={t("deleteCase", { name: c.name })} onClick={() => setPendingDelete(c)}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        danger
        title={pendingDelete ? t("deleteCaseTitle", { name: pendingDelete.name }) : ""}
        body={t("deleteCaseBody")}
        confirmLabel={t("delete")}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          if (pendingDelete) void removeCase(projectId, pendingDelete.id);
          setPendingDelete(null);
        }}
      />
      <ConfirmDialog
        open={pendingAttributeDelete !== null}
        danger
        title={pendingAttributeDelete ? t("deleteAttributeTitle", { name: pendingAttributeDelete.name }) : ""}
        body={t("deleteAttributeBody")}
        confirmLabel={t("delete")}
        onCancel={() => setPendingAttributeDelete(null)}
        onConfirm={() => {
          if (pendingAttributeDelete) void removeAttribute(projectId, pendingAttributeDelete.id);
          setPendingAttributeDelete(null);
        }}
      />
      <AttributeImportDialog projectId={projectId} pending={pendingImport} onClose={() => setPendingImport(null)} />
    </section>
  );
}
