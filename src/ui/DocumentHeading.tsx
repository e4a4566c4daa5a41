// The open document's heading in the transcript view: its name and description, each changed in
// place (a command each, one step of undo), and what it is: case, size, codings, source file.
import { useState, type ReactNode } from "react";
import { describeDocumentAs, renameDocumentTo } from "../app/documentActions";
import type { TextDocument } from "../core/model/types";
import { t } from "../lang";
import { MemoButton } from "./memos/MemoButton";

interface Props {
  projectId: string;
  document: TextDocument;
  /** The line of facts under the name. */
  meta: ReactNode;
}

export function DocumentHeading({ projectId, document, meta }: Props) {
  const [editing, setEditing] = useState<"name" | "description" | null>(null);
  const [draft, setDraft] = useState("");
  const start = (what: "name" | "description") => {
    setDraft(what === "name" ? document.name : (document.description ?? ""));
    setEditing(what);
  };
  const save = () => {
    if (editing === "name" && draft.trim() && draft.trim() !== document.name) void renameDocumentTo(projectId, document.id, draft);
    if (editing === "description" && draft.trim() !== (document.description ?? "")) void describeDocumentAs(projectId, document.id, draft);
    setEditing(null);
  };
  const form = (field: ReactNode) => (
    <form
      className="inline-form document-edit"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          setEditing(null);
        }
      }}
    >
      {field}
      <button type="submit" className="primary" disabled={editing === "name" && !draft.trim()}>
        {t("save")}
      </button>
      <button type="button" onClick={() => setEditing(null)}>
        {t("cancel")}
      </button>
    </form>
  );

  return (
    <header className="transcript-head">
      {editing === "name" ? (
        form(<input autoFocus className="document-name-input" aria-label={t("documentName")} value={draft} onChange={(e) => setDraft(e.target.value)} />)
      ) : (
        <div className="document-title-row">
          <h1>{document.name}</h1>
          <button type="button" className="link-button" aria-label={t("renameDocument", { name: document.name })} onClick={() => start("name")}>
            {t("rename")}
          </button>
          <MemoButton projectId={projectId} target={{ kind: "document", id: document.id }} name={document.name} />
        </div>
      )}
      {editing === "description" ? (
        form(
          <textarea
            autoFocus
            rows={2}
            aria-label={t("documentDescription")}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) {
                e.preventDefault();
                save();
              }
            }}
          />,
        )
      ) : (
        <p className="document-description-line">
          {document.description && <span>{document.description}</span>}{" "}
          <button type="button" className="link-button" onClick={() => start("description")}>
            {document.description ? t("editDescription") : t("addDescription")}
          </button>
        </p>
      )}
      <p className="transcript-meta">{meta}</p>
    </header>
  );
}
