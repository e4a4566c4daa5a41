// The "Documents" navigation: every document of the project, its size and its case; choosing
// one opens it in the transcript view. Arrow keys move between documents.
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { countCodings, deleteDocumentOfProject } from "../app/documentActions";
import { useCaseSheet, useDocumentList } from "../state/liveQueries";
import { useWorkbench } from "../state/workbenchStore";
import { ConfirmDialog } from "./Dialog";
import { formatCount, t } from "./strings";

export function DocumentList({ projectId }: { projectId: string }) {
  const documents = useDocumentList(projectId);
  const sheet = useCaseSheet(projectId);
  const selected = useWorkbench((s) => s.documentId);
  const view = useWorkbench((s) => s.view);
  const selectDocument = useWorkbench((s) => s.selectDocument);
  const openDocument = useWorkbench((s) => s.openDocument);
  const [pendingDelete, setPendingDelete] = useState<{ id: string; name: string; codings: number } | null>(null);

  const caseNames = useMemo(() => {
    const names = new Map<string, string[]>();
    if (!sheet) return names;
    const caseById = new Map(sheet.cases.map((c) => [c.id, c.name]));
    for (const link of sheet.links) {
      const name = caseById.get(link.caseId);
      if (name) names.set(link.documentId, [...(names.get(link.documentId) ?? []), name]);
    }
    return names;
  }, [sheet]);

  useEffect(() => {
    // Opening a project opens its first document; a deleted document's place goes to the first one.
    if (documents?.length && !documents.some((d) => d.id === selected)) selectDocument(documents[0]!.id);
  }, [documents, selected, selectDocument]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button.document-link"));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.min(buttons.length - 1, Math.max(0, at + (event.key === "ArrowDown" ? 1 : -1)))];
    next?.focus();
    event.preventDefault();
  };

  return (
    <nav className="document-nav" aria-label={t("documents")}>
      <h2 className="pane-title">
        {t("documents")} <span className="count">{documents?.length ?? ""}</span>
      </h2>
      {documents && documents.length === 0 && <p className="muted">{t("noDocuments")}</p>}
      <ul className="document-list" onKeyDown={onKeyDown}>
        {documents?.map((d) => {
          const current = view === "transcript" && d.id === selected;
          return (
            <li key={d.id} className={current ? "current" : undefined}>
              <button type="button" className="document-link" aria-current={current ? "page" : undefined} onClick={() => openDocument(d.id)}>
                <span className="document-name">{d.name}</span>
                <span className="document-meta">
                  {caseNames.get(d.id)?.join(", ") ?? t("noCase")} · {t("characters", { count: formatCount(d.characters) })}
                </span>
              </button>
              <button type="button" className="icon-button" aria-label={t("deleteDocument", { name: d.name })} onClick={() => void countCodings(projectId, d.id).then((codings) => setPendingDelete({ id: d.id, name: d.name, codings }))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={pendingDelete !== null}
        danger
        title={pendingDelete ? t("deleteDocumentTitle", { name: pendingDelete.name }) : ""}
        body={pendingDelete ? t("deleteDocumentBody", { codings: pendingDelete.codings }) : ""}
        confirmLabel={t("delete")}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          if (pendingDelete) void deleteDocumentOfProject(projectId, pendingDelete.id);
          setPendingDelete(null);
        }}
      />
    </nav>
  );
}
