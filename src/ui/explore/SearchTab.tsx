// Search: every occurrence of a word or phrase in the transcripts in scope (case-insensitive unless
// asked, whole words on request), found through the search worker's index and listed in document
// order with context; a hit opens its passage, the chosen hits can be coded at a code, spread to
// their word, sentence or paragraph, in one step, and the hits exported as CSV. The search depends
// on the documents (and the scope's cases) only, never on the codings.
import { useMemo, useState, type FormEvent } from "react";
import { codeFoundPassages } from "../../app/exploreActions";
import { documentsInScope } from "../../core/analysis/scope";
import type { AnalysisScope } from "../../core/model/savedQuery";
import type { DocumentHit } from "../../core/text/textSearch";
import type { SpreadUnit } from "../../core/text/spread";
import { passagesCsv } from "../../formats/exploreCsv";
import { countNoun, t } from "../../lang";
import { exploreHeaders } from "../../lang/exportHeaders";
import type { MatrixInput } from "../../core/analysis/matrix";
import { useProject } from "../../state/liveQueries";
import { useTextSearch } from "../../state/useTextSearch";
import { PassageButton } from "../analysis/PassageList";
import { CsvExportButton } from "../CsvExportButton";
import { CodeTargetPicker, EMPTY_TARGET, targetOf, type TargetDraft } from "./CodeTargetPicker";
import { ScopePicker } from "./ScopePicker";
import "../../lang/enViews";

const SPREADS: SpreadUnit[] = ["none", "word", "sentence", "paragraph"];
/** Hits listed at once; the rest are coded too when all are chosen. */
const LISTED = 500;

export function SearchTab({ projectId, input, initialQuery }: { projectId: string; input: MatrixInput; initialQuery: string }) {
  const [draft, setDraft] = useState(initialQuery);
  const [search, setSearch] = useState({ query: initialQuery, wholeWord: false, caseSensitive: false });
  const [unchosen, setUnchosen] = useState<ReadonlySet<number>>(new Set());
  const [target, setTarget] = useState<TargetDraft>(EMPTY_TARGET);
  const [spread, setSpread] = useState<SpreadUnit>("word");
  const [scope, setScope] = useState<AnalysisScope>({});
  const { cases, caseDocuments, attributes } = input;
  const inScope = useMemo(() => {
    const kept = documentsInScope(scope, { cases, caseDocuments, attributes });
    return kept ? [...kept] : undefined;
  }, [scope, cases, caseDocuments, attributes]);
  const found = useTextSearch(input.documents, { query: search.query, options: { wholeWord: search.wholeWord, caseSensitive: search.caseSensitive }, documentIds: inScope });
  const hits = found ?? [];
  const documents = new Set(hits.map((h) => h.documentId)).size;
  const projectName = useProject(projectId)?.name ?? t("project");
  const chosen = hits.filter((_, i) => !unchosen.has(i));

  const run = (event: FormEvent) => {
    event.preventDefault();
    setSearch((s) => ({ ...s, query: draft }));
    setUnchosen(new Set());
  };
  const codeTarget = targetOf(target);
  const code = async () => {
    if (!codeTarget) return;
    const done = await codeFoundPassages(projectId, chosen, codeTarget, spread);
    if (done) setTarget(EMPTY_TARGET);
  };
  const toggle = (i: number) => setUnchosen((s) => (s.has(i) ? new Set([...s].filter((x) => x !== i)) : new Set([...s, i])));

  return (
    <div className="explore-tab">
      <form className="explore-form" role="search" onSubmit={run}>
        <input type="search" aria-label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="primary">
          {t("searchRun")}
        </button>
        <label className="check">
          <input type="checkbox" checked={search.wholeWord} onChange={(e) => setSearch((s) => ({ ...s, wholeWord: e.target.checked }))} /> {t("wholeWords")}
        </label>
        <label className="check">
          <input type="checkbox" checked={search.caseSensitive} onChange={(e) => setSearch((s) => ({ ...s, caseSensitive: e.target.checked }))} /> {t("matchCase")}
        </label>
      </form>
      <ScopePicker input={input} scope={scope} onChange={setScope} />
      {search.query.trim() !== "" && found && (
        <>
          <p className="explore-summary" role="status">
            {hits.length > 0 ? t("searchHits", { count: hits.length, documents: countNoun(documents, "document") }) : t("searchNoHits", { query: search.query })}
          </p>
          {hits.length > 0 && (
            <div className="explore-actions">
              <CsvExportButton
                label={t("searchExportCsv")}
                exports={[{ label: t("saveCsv"), fileName: t("csvFileHits", { project: projectName, query: search.query }), write: (options) => passagesCsv(hits, options, exploreHeaders()) }]}
              />
              <button type="button" onClick={() => setUnchosen(new Set())}>
                {t("chooseAllHits")}
              </button>
              <button type="button" onClick={() => setUnchosen(new Set(hits.map((_, i) => i)))}>
                {t("chooseNoHits")}
              </button>
              <CodeTargetPicker codes={input.codes} draft={target} onChange={setTarget} label={t("codeHitsAt")} />
              <label>
                {t("spreadTo")}{" "}
                <select value={spread} onChange={(e) => setSpread(e.target.value as SpreadUnit)}>
                  {SPREADS.map((unit) => (
                    <option key={unit} value={unit}>
                      {t(`spread_${unit}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="primary" disabled={!codeTarget || chosen.length === 0} onClick={() => void code()}>
                {t("codeHits", { count: chosen.length })}
              </button>
            </div>
          )}
          <ol className="passages hits">
            {hits.slice(0, LISTED).map((hit, i) => (
              <HitItem key={`${hit.documentId}:${hit.start}`} hit={hit} number={i + 1} chosen={!unchosen.has(i)} onToggle={() => toggle(i)} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function HitItem({ hit, number, chosen, onToggle }: { hit: DocumentHit; number: number; chosen: boolean; onToggle(): void }) {
  return (
    <li className="hit">
      <input type="checkbox" aria-label={t("hitChoose", { number })} checked={chosen} onChange={onToggle} />
      <PassageButton passage={hit} source={hit.document} />
    </li>
  );
}
