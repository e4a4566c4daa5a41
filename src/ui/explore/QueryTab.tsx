// Coding queries: an expression over codes (AND, OR, NOT, NEAR n, PRECEDES), limited to chosen
// coders, run over every transcript; the passages open in the transcript and can be saved as a new
// code in one step. A query that does not read says where.
import { useRef, useState, type FormEvent } from "react";
import { codeFoundPassages } from "../../app/exploreActions";
import type { MatrixInput } from "../../core/analysis/matrix";
import { parseQuery, QueryError } from "../../core/analysis/query/queryParser";
import { runQuery, type QueryPassage } from "../../core/analysis/query/runQuery";
import { countNoun, t } from "../../lang";
import { PassageButton } from "../analysis/PassageList";
import { useWorkbench } from "../../state/workbenchStore";
import { CodePathSelect } from "./CodePathSelect";

type Outcome = { passages: QueryPassage[] } | { error: string } | null;

export function QueryTab({ projectId, input }: { projectId: string; input: MatrixInput }) {
  const [expression, setExpression] = useState("");
  const [coderId, setCoderId] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [codeName, setCodeName] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);

  const run = (event: FormEvent) => {
    event.preventDefault();
    try {
      const query = parseQuery(expression);
      setOutcome({ passages: runQuery(input, query, coderId ? { coderIds: new Set([coderId]) } : {}) });
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      setOutcome({ error: error.message });
    }
  };
  const insert = (path: string[]) => {
    const quoted = `"${path.map((n) => n.replace(/[\\/"]/g, "\\$&")).join("/")}"`;
    setExpression((e) => (e.trim() ? `${e.trimEnd()} ${quoted}` : quoted));
    area.current?.focus();
  };
  const save = async () => {
    if (!outcome || !("passages" in outcome) || !codeName.trim()) return;
    const done = await codeFoundPassages(projectId, outcome.passages, { newName: codeName, parentId: null }, "none");
    if (done) {
      useWorkbench.getState().notify("info", t("querySaved", { count: outcome.passages.length, code: done }));
      setCodeName("");
    }
  };

  return (
    <div className="explore-tab">
      <form className="explore-form query-form" onSubmit={run}>
        <label className="query-label">
          {t("queryLabel")}
          <textarea ref={area} rows={3} value={expression} onChange={(e) => setExpression(e.target.value)} aria-describedby="query-hint" />
        </label>
        <p id="query-hint" className="muted hint">
          {t("queryHint")}
        </p>
        <div className="explore-actions">
          <label>
            {t("queryInsertCode")}{" "}
            <CodePathSelect codes={input.codes} value="" onChange={(_, row) => row && insert(row.path)}>
              <option value="">…</option>
            </CodePathSelect>
          </label>
          <label>
            {t("queryScopeCoders")}{" "}
            <select value={coderId} onChange={(e) => setCoderId(e.target.value)}>
              <option value="">{t("queryAllCoders")}</option>
              {input.coders.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t("queryRun")}
          </button>
        </div>
      </form>
      {outcome && "error" in outcome && (
        <p className="explore-error" role="alert">
          {t("queryError", { reason: outcome.error })}
        </p>
      )}
      {outcome && "passages" in outcome && (
        <>
          <p className="explore-summary" role="status">
            {outcome.passages.length > 0
              ? t("queryPassages", { count: outcome.passages.length, documents: countNoun(new Set(outcome.passages.map((p) => p.documentId)).size, "document") })
              : t("queryNoPassages")}
          </p>
          {outcome.passages.length > 0 && (
            <div className="explore-actions">
              <input aria-label={t("querySaveAsCodeName")} placeholder={t("querySaveAsCodeName")} value={codeName} onChange={(e) => setCodeName(e.target.value)} />
              <button type="button" disabled={!codeName.trim()} onClick={() => void save()}>
                {t("querySaveAsCode")}
              </button>
            </div>
          )}
          <ol className="passages">
            {outcome.passages.map((p) => (
              <li key={`${p.documentId}:${p.start}`}>
                <PassageButton passage={p} source={p.document} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
