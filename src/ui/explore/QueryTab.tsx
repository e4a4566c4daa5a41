// Coding queries: an expression over codes (AND, OR, NOT, NEAR n, PRECEDES) run over the documents
// and coders in scope; the passages open in the transcript, export as CSV and can be saved as a new
// code in one step. A query that does not read says where. A query (expression and scope) can be
// kept by name, run again, renamed and deleted, each an undo step.
import { useRef, useState, type FormEvent } from "react";
import { codeFoundPassages } from "../../app/exploreActions";
import { addSavedQuery } from "../../app/savedQueryActions";
import type { MatrixInput } from "../../core/analysis/matrix";
import { parseQuery, QueryError } from "../../core/analysis/query/queryParser";
import { runQuery, type QueryPassage } from "../../core/analysis/query/runQuery";
import { codersInScope, documentsInScope } from "../../core/analysis/scope";
import type { AnalysisScope, SavedQuery } from "../../core/model/savedQuery";
import { passagesCsv } from "../../formats/exploreCsv";
import { countNoun, t } from "../../lang";
import { exploreHeaders } from "../../lang/exportHeaders";
import { useProject } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { PassageButton } from "../analysis/PassageList";
import { CsvExportButton } from "../CsvExportButton";
import { CodePathSelect } from "../coding/CodePathSelect";
import { SavedQueryList } from "./SavedQueryList";
import { ScopePicker } from "./ScopePicker";
import "../../lang/enViews";

type Outcome = { passages: QueryPassage[] } | { error: string } | null;

export function QueryTab({ projectId, input }: { projectId: string; input: MatrixInput }) {
  const [expression, setExpression] = useState("");
  const [scope, setScope] = useState<AnalysisScope>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [codeName, setCodeName] = useState("");
  const [queryName, setQueryName] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  const projectName = useProject(projectId)?.name ?? t("project");

  const runWith = (text: string, within: AnalysisScope) => {
    try {
      const query = parseQuery(text);
      setOutcome({ passages: runQuery(input, query, { documentIds: documentsInScope(within, input) ?? undefined, coderIds: codersInScope(within) ?? undefined }) });
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      setOutcome({ error: error.message });
    }
  };
  const run = (event: FormEvent) => {
    event.preventDefault();
    runWith(expression, scope);
  };
  const runSaved = (saved: SavedQuery) => {
    setExpression(saved.expression);
    setScope(saved.scope);
    runWith(saved.expression, saved.scope);
  };
  const insert = (path: string[]) => {
    const quoted = `"${path.map((n) => n.replace(/[\\/"]/g, "\\$&")).join("/")}"`;
    setExpression((e) => (e.trim() ? `${e.trimEnd()} ${quoted}` : quoted));
    area.current?.focus();
  };
  const saveAsCode = async () => {
    if (!outcome || !("passages" in outcome) || !codeName.trim()) return;
    const done = await codeFoundPassages(projectId, outcome.passages, { newName: codeName, parentId: null }, "none");
    if (done) {
      useWorkbench.getState().notify("info", t("querySaved", { count: outcome.passages.length, code: done }));
      setCodeName("");
    }
  };
  const keep = async () => {
    const name = queryName.trim();
    if (!name || !expression.trim()) return;
    if (await addSavedQuery(projectId, name, expression, scope)) {
      useWorkbench.getState().notify("info", t("querySavedAs", { name }));
      setQueryName("");
    }
  };

  return (
    <div className="explore-tab">
      <SavedQueryList projectId={projectId} input={input} onRun={runSaved} />
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
          <button type="submit" className="primary">
            {t("queryRun")}
          </button>
          <input aria-label={t("savedQueryName")} placeholder={t("savedQueryName")} value={queryName} onChange={(e) => setQueryName(e.target.value)} />
          <button type="button" disabled={!queryName.trim() || !expression.trim()} onClick={() => void keep()}>
            {t("saveQuery")}
          </button>
        </div>
        <ScopePicker input={input} scope={scope} onChange={setScope} coders />
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
              <CsvExportButton
                label={t("exportPassagesCsv")}
                exports={[{ label: t("saveCsv"), fileName: t("csvFileQuery", { project: projectName }), write: (options) => passagesCsv(outcome.passages, options, exploreHeaders()) }]}
              />
              <input aria-label={t("querySaveAsCodeName")} placeholder={t("querySaveAsCodeName")} value={codeName} onChange={(e) => setCodeName(e.target.value)} />
              <button type="button" disabled={!codeName.trim()} onClick={() => void saveAsCode()}>
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
