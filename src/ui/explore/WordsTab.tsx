// Word frequency: the words of every transcript or of one code's passages, without the common words
// of Bahasa Indonesia and English (stopwords-iso) and the user's own, from a minimum length; a
// sortable table with counts and documents, and a word opens the search for it.
import { useMemo, useState } from "react";
import type { MatrixInput } from "../../core/analysis/matrix";
import { unionRanges } from "../../core/analysis/ranges";
import { wordFrequency, type WordCount, type WordSource } from "../../core/analysis/wordFrequency";
import { subtreeIds } from "../../core/model/codeTree";
import { stopwordSet, type StopwordLanguage } from "../../formats/stopwords";
import { formatCount, t } from "../../lang";
import { CodePathSelect } from "./CodePathSelect";

const SHOWN = 300;
type SortKey = "count" | "word" | "documents";

export function WordsTab({ input, onSearch }: { input: MatrixInput; onSearch(word: string): void }) {
  const [languages, setLanguages] = useState<ReadonlySet<StopwordLanguage>>(new Set(["id", "en"]));
  const [own, setOwn] = useState("");
  const [minLength, setMinLength] = useState(3);
  const [codeId, setCodeId] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "count", descending: true });

  const words = useMemo(() => {
    const stopwords = stopwordSet([...languages], own.split(","));
    return wordFrequency(sources(input, codeId), { stopwords, minLength });
  }, [input, codeId, languages, own, minLength]);
  const sorted = useMemo(() => sortWords(words, sort.key, sort.descending), [words, sort]);
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
      <p className="explore-summary" role="status">
        {t("wordsSummary", { words: words.length, total })} {words.length > SHOWN ? t("wordsShowing", { count: SHOWN }) : ""}
      </p>
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
    </div>
  );
}

/** The texts to count in: whole transcripts, or the union of a code's (and its sub-codes') passages. */
function sources(input: MatrixInput, codeId: string): WordSource[] {
  if (!codeId) return input.documents.map((d) => ({ documentId: d.id, text: d.text }));
  const ids = subtreeIds(input.codes, codeId);
  return input.documents.map((d) => ({
    documentId: d.id,
    text: d.text,
    ranges: unionRanges(input.codings.filter((c) => c.documentId === d.id && ids.has(c.codeId) && !c.orphaned).map((c) => ({ start: c.start, end: c.end }))),
  }));
}

function sortWords(words: WordCount[], key: SortKey, descending: boolean): WordCount[] {
  const sign = descending ? -1 : 1;
  if (key === "count") return descending ? words : [...words].reverse();
  return [...words].sort((a, b) => (key === "word" ? sign * (a.word < b.word ? -1 : a.word > b.word ? 1 : 0) : sign * (a.documents - b.documents) || b.count - a.count));
}
