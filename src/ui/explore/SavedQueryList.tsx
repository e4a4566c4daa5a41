// The project's saved coding queries: each with its expression and scope, run again, renamed in
// place (Enter keeps the name, Escape leaves it) or deleted; each change is one undo step.
import { useRef, useState } from "react";
import { removeSavedQuery, renameSavedQuery } from "../../app/savedQueryActions";
import type { MatrixInput } from "../../core/analysis/matrix";
import { documentsInScope, isWholeProject } from "../../core/analysis/scope";
import type { SavedQuery } from "../../core/model/savedQuery";
import { countNoun, t } from "../../lang";
import { useSavedQueries } from "../../state/liveQueries";
import "../../lang/enViews";

export function SavedQueryList({ projectId, input, onRun }: { projectId: string; input: MatrixInput; onRun(query: SavedQuery): void }) {
  const queries = useSavedQueries(projectId) ?? [];
  const [renaming, setRenaming] = useState<string | null>(null);
  const scopeText = (query: SavedQuery) => {
    if (isWholeProject(query.scope)) return t("scopeWholeProject");
    const kept = documentsInScope(query.scope, input);
    return t("scopeSummary", {
      documents: countNoun(kept ? kept.size : input.documents.length, "document"),
      coders: query.scope.coderIds?.length ? t("scopeCoders", { count: query.scope.coderIds.length }) : "",
    });
  };

  return (
    <section className="saved-queries" aria-labelledby="saved-queries-heading">
      <h2 id="saved-queries-heading">{t("savedQueries")}</h2>
      {queries.length === 0 ? (
        <p className="muted">{t("savedQueryNone")}</p>
      ) : (
        <ul>
          {queries.map((query) => (
            <li key={query.id}>
              {renaming === query.id ? (
                <NameInput query={query} onDone={() => setRenaming(null)} />
              ) : (
                <strong>{query.name}</strong>
              )}{" "}
              <code>{query.expression}</code> <span className="muted">({t("savedQueryScope", { scope: scopeText(query) })})</span>{" "}
              <button type="button" aria-label={t("savedQueryRunNamed", { name: query.name })} onClick={() => onRun(query)}>
                {t("savedQueryRun")}
              </button>
              <button type="button" aria-label={t("savedQueryRenameNamed", { name: query.name })} onClick={() => setRenaming(query.id)}>
                {t("savedQueryRename")}
              </button>
              <button type="button" aria-label={t("savedQueryDeleteNamed", { name: query.name })} onClick={() => void removeSavedQuery(query)}>
                {t("savedQueryDelete")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The name in an input: kept when the input is left or Enter pressed, given up with Escape. */
function NameInput({ query, onDone }: { query: SavedQuery; onDone(): void }) {
  const [name, setName] = useState(query.name);
  const finished = useRef(false);
  const finish = async (keep: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (keep && name.trim() && name.trim() !== query.name) await renameSavedQuery(query, name);
    onDone();
  };
  return (
    <input
      aria-label={t("savedQueryNewName", { name: query.name })}
      value={name}
      autoFocus
      onChange={(e) => setName(e.target.value)}
      onBlur={() => void finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") void finish(true);
        if (e.key === "Escape") void finish(false);
      }}
    />
  );
}
