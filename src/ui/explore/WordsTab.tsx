// Word frequency: the words of the transcripts in scope or of one code's passages, without the
// common words of Bahasa Indonesia and English (stopwords-iso) and the user's own, from a minimum
// length; a sortable table with counts and documents, a word cloud, or the words side by side per
// case or attribute value; a word opens the search for it, and every table exports as CSV. Counted
// again only when the documents (or, for a code's passages, the codings) change.
import { useMemo, useState } from "react";
import type { MatrixInput } from "../../core/analysis/matrix";
import { unionRanges } from "../../core/analysis/ranges";
import { documentsInScope } from "../../core/analysis/scope";
import { wordFrequency, type WordCount, type WordSource } from "../../core/analysis/wordFrequency";
import { subtreeIds } from "../../core/model/codeTree";
import type { AnalysisScope } from "../../core/model/savedQuery";
import type { Coding, Code } from "../../core/model/types";
import { wordsCsv } from "../../formats/exploreCsv";
import { stopwordSet, type StopwordLanguage } from "../../formats/stopwords";
import { formatCount, t } from "../../lang";
import { exploreHeaders } from "../../lang/exportHeaders";
import { useProject } from "../../state/liveQueries";
import { WordCloud } from "../../viz/wordCloud/WordCloud";
import { CsvExportButton } from "../CsvExportButton";
import { CodePathSelect } from "../coding/CodePathSelect";
import { ScopePicker } from "./ScopePicker";
import { WordComparisonTable } from "./WordComparisonTable";
import "../../lang/enViews";

const SHOWN = 300;
const IN_CLOUD = 100;
type SortKey = "count" | "word" | "documents";
type View = "table" | "cloud" | "compare";

export function WordsTab({ projectId, input, onSearch }: { projectId: string; input: MatrixInput; onSearch(word: string): void }) {
  const [languages, setLanguages] = useState<ReadonlySet<StopwordLanguage>>(new Set(["id", "en"]));
  const [own, setOwn] = useState("");
  const [minLength, setMinLength] = useState(3);
  const [codeId, setCodeId] = useState("");
  const [scope, setScope] = useState<AnalysisScope>({});
  const [view, setView] = useState<View>("table");
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "count", descending: true });
  const projectName = useProject(projectId)?.name ?? t("project");

  const { documents, codes, codings } = input;
  // The scope as a key, so that a re-read of the cases that changed nothing counts nothing again.
  const kept = documentsInScope(scope, input);
  const scopeKey = kept ? [...kept].sort().join("\u001f") : "";
  const inScope = useMemo(() => (scopeKey ? documents.filter((d) => kept!.has(d.id)) : documents), [documents, scopeKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const options = useMemo(() => ({ stopwords: stopwordSet([...languages], own.split(",")), minLength }), [languages, own, minLength]);
  // A code's passages depend on the codings; whole transcripts do not.
  const codeCodings = codeId ? codings : null;
  const words = useMemo(() => wordFrequency(sources(inScope, codeId, codes, codeCodings), options), [inScope, codeId, codes, codeCodings, options]);
  const sorted = useMemo(() => sortWords(words, sort.key, sort.descending), [words, sort]);
  const cloudWords = useMemo(() => words.slice(0, IN_CLOUD), [words]);
  const total = words.reduce((sum, w) => sum + w.count, 0);

  const toggleLanguage = (language: StopwordLanguage, on: boolean) =>
    setLanguages((s) => new Set(on ? [...s, language] : [...s].filter((l) => l !== language)));
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== "word" }))}>
        {label}
        {sort.key === key ? (sort.descending ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );

  return (
    <div className="explore-tab">
      <div className="explore-form">
        <fieldset className="inline-fieldset">
          <legend>{t("wordsStopwords")}</legend>
          <label className="check">
            <input type="checkbox" checked={languages.has("id")} onChange={(e) => toggleLanguage("id", e.target.checked)} /> {t("wordsStopwordsId")}
          </label>
          <label className="check">
            <input type="checkbox" checked={languages.has("en")} onChange={(e) => toggleLanguage("en", e.target.checked)} /> {t("wordsStopwordsEn")}
          </label>
        </fieldset>
        <label>
          {t("wordsOwnStopwords")} <input value={own} onChange={(e) => setOwn(e.target.value)} />
        </label>
        <label>
          {t("wordsMinLength")} <input type="number" min={1} max={30} value={minLength} onChange={(e) => setMinLength(Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <label>
          {t("wordsScope")}{" "}
          <CodePathSelect codes={input.codes} value={codeId} onChange={setCodeId} optionLabel={(code) => t("wordsScopeCode", { code })}>
            <option value="">{t("wordsScopeAll")}</option>
          </CodePathSelect>
        </label>
      </div>
      <ScopePicker input={input} scope={scope} onChange={setScope} />
      <div className="explore-actions">
        <fieldset className="inline-fieldset">
          <legend>{t("wordsShowAs")}</legend>
          {(["table", "cloud", "compare"] as const).map((v) => (
            <label key={v} className="check">
              <input type="radio" name="words-view" checked={view === v} onChange={() => setView(v)} /> {t(v === "table" ? "wordsShowTable" : v === "cloud" ? "wordsShowCloud" : "wordsShowCompare")}
            </label>
          ))}
        </fieldset>
        {view !== "compare" && (
          <CsvExportButton
            label={t("wordsExportCsv")}
            exports={[{ label: t("saveCsv"), fileName: t("csvFileWords", { project: projectName }), write: (csvOptions) => wordsCsv(words, csvOptions, exploreHeaders()) }]}
          />
        )}
      </div>
      {view !== "compare" && (
        <p className="explore-summary" role="status">
          {t("wordsSummary", { words: words.length, total })} {view === "table" && words.length > SHOWN ? t("wordsShowing", { count: SHOWN }) : ""}
        </p>
      )}
      {view === "cloud" && <WordCloud words={cloudWords} onWord={onSearch} />}
      {view === "compare" && <WordComparisonTable input={input} documents={inScope} options={options} projectName={projectName} onSearch={onSearch} />}
      {view === "table" && (
        <table className="words-table">
          <thead>
            <tr>
              {header("word", t("wordsWord"))}
              {header("count", t("wordsCount"))}
              {header("documents", t("wordsDocuments"))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, SHOWN).map((w) => (
              <tr key={w.word}>
                <th scope="row">
                  <button type="button" className="link-button" aria-label={t("wordsSearch", { word: w.word })} onClick={() => onSearch(w.word)}>
                    {w.word}
                  </button>
                </th>
                <td>{formatCount(w.count)}</td>
                <td>{formatCount(w.documents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The texts to count in: whole transcripts, or the union of a code's (and its sub-codes') passages. */
function sources(documents: MatrixInput["documents"], codeId: string, codes: readonly Code[], codings: readonly Coding[] | null): WordSource[] {
  if (!codeId || !codings) return documents.map((d) => ({ documentId: d.id, text: d.text }));
  const ids = subtreeIds(codes, codeId);
  return documents.map((d) => ({
    documentId: d.id,
    text: d.text,
    ranges: unionRanges(codings.filter((c) => c.documentId === d.id && ids.has(c.codeId) && !c.orphaned).map((c) => ({ start: c.start, end: c.end }))),
  }));
}

function sortWords(words: WordCount[], key: SortKey, descending: boolean): WordCount[] {
  const sign = descending ? -1 : 1;
  if (key === "count") return descending ? words : [...words].reverse();
  return [...words].sort((a, b) => (key === "word" ? sign * (a.word < b.word ? -1 : a.word > b.word ? 1 : 0) : sign * (a.documents - b.documents) || b.count - a.count));
}
