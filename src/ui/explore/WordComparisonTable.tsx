// Words side by side: the most frequent words of the documents in scope, counted per case or per
// value of a case attribute, a column each; a word opens the search for it; exported as CSV.
import { useMemo, useState } from "react";
import type { MatrixInput } from "../../core/analysis/matrix";
import { compareWords, groupDocuments, type GroupBy } from "../../core/analysis/wordComparison";
import type { WordOptions } from "../../core/analysis/wordFrequency";
import { wordComparisonCsv } from "../../formats/exploreCsv";
import { formatCount, t } from "../../lang";
import { exploreHeaders } from "../../lang/exportHeaders";
import { CsvExportButton } from "../CsvExportButton";
import "../../lang/enViews";

const ROWS = 40;

interface Props {
  input: MatrixInput;
  documents: MatrixInput["documents"];
  options: WordOptions;
  projectName: string;
  onSearch(word: string): void;
}

export function WordComparisonTable({ input, documents, options, projectName, onSearch }: Props) {
  const [byValue, setByValue] = useState("case");
  const groupBy: GroupBy = byValue === "case" ? { by: "case" } : { by: "attribute", attributeId: byValue };
  const byName = byValue === "case" ? t("wordsCompareCases") : (input.attributes.find((a) => a.id === byValue)?.name ?? "");
  const { cases, caseDocuments, attributes } = input;
  const groupsKey = JSON.stringify(groupDocuments(documents.map((d) => d.id), groupBy, { cases, caseDocuments, attributes }));
  const comparison = useMemo(() => compareWords(documents, JSON.parse(groupsKey), options, ROWS), [documents, groupsKey, options]);
  const groupName = (name: string | null) => name ?? (byValue === "case" ? t("wordsCompareNoCase") : t("wordsCompareNoValue"));
  const groups = comparison.groups.map((g) => ({ name: groupName(g.name), counts: g.counts }));

  return (
    <>
      <div className="explore-actions">
        <label>
          {t("wordsCompareBy")}{" "}
          <select value={byValue} onChange={(e) => setByValue(e.target.value)}>
            <option value="case">{t("wordsCompareCases")}</option>
            {input.attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {t("wordsCompareAttribute", { name: a.name })}
              </option>
            ))}
          </select>
        </label>
        <CsvExportButton
          label={t("wordsExportCsv")}
          exports={[{ label: t("saveCsv"), fileName: t("csvFileWordComparison", { project: projectName, by: byName }), write: (csvOptions) => wordComparisonCsv(comparison.words, groups, csvOptions, exploreHeaders()) }]}
        />
      </div>
      <div className="word-comparison">
        <table className="words-table">
          <caption>{t("wordsCompareCaption", { count: comparison.words.length, by: byName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("wordsWord")}</th>
              {groups.map((g) => (
                <th key={g.name} scope="col">
                  {g.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.words.map((word) => (
              <tr key={word}>
                <th scope="row">
                  <button type="button" className="link-button" aria-label={t("wordsSearch", { word })} onClick={() => onSearch(word)}>
                    {word}
                  </button>
                </th>
                {groups.map((g) => (
                  <td key={g.name}>{formatCount(g.counts.get(word) ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
