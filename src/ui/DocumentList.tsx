// The "Documents" navigation: every document of the project, its size, its case and its
// description (when it has one); choosing one opens it in the transcript view. Arrow keys move
// between documents.
import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { countCodings, deleteDocumentOfProject } from "../app/documentActions";
import { useCaseSheet, useDocumentList } from "../state/liveQueries";
import { useWorkbench } from "../state/workbenchStore";
import { ConfirmDialog } from "./Dialog";
import { countNoun, formatCount, t } from "../lang";

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
    // Opening a project, or deleting the open document, opens the first document.
    if (documents?.length && selected === null) selectDocument(documents[0]!.id);
  }, [documents, selected, selectDocument]);

  const askDelete = useCallback(
    (id: string, name: string) => void countCodings(projectId, id).then((codings) => setPendingDelete({ id, name, codings })),
    [projectId],
  );

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
        {documents?.map((d) => (
          <DocumentRow
            key={d.id}
            id={d.id}
            name={d.name}
            characters={d.characters}
            description={d.description}
            cases={caseNames.get(d.id)?.join(", ") ?? t("noCase")}
            current={view === "transcript" && d.id === selected}
            onOpen={openDocument}
            onDelete={askDelete}
          />
        ))}
      </ul>
      <ConfirmDialog
        open={pendingDelete !== null}
        danger
        title={pendingDelete ? t("deleteDocumentTitle", { name: pendingDelete.name }) : ""}
        body={pendingDelete ? t("deleteDocumentBody", { codings: countNoun(pendingDelete.codings, "coding") }) : ""}
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

interface DocumentRowProps {
  id: string;
  name: string;
  characters: number;
  description: string | undefined;
  cases: string;
  current: boolean;
  onOpen(documentId: string): void;
  onDelete(id: string, name: string): void;
}

/** One document's entry; memoized, since the list re-renders whenever any document changes. */
const DocumentRow = memo(function DocumentRow({ id, name, characters, description, cases, current, onOpen, onDelete }: DocumentRowProps) {
  return (
    <li className={current ? "current" : undefined}>
      <button type="button" className="document-link" aria-current={current ? "page" : undefined} onClick={() => onOpen(id)}>
        <span className="document-name">{name}</span>
        <span className="document-meta">
          {cases} · {t("characters", { count: formatCount(characters) })}
        </span>
        {description && (
          <span className="document-description" title={description}>
            {description}
          </span>
        )}
      </button>
      <button type="button" className="icon-button" aria-label={t("deleteDocument", { name })} onClick={() => onDelete(id, name)}>
        ×
      </button>
    </li>
  );
});
