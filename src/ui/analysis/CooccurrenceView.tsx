// Co-occurrence: codes × codes, counting the passages where two codes overlap or the documents
// coded at both, heat-shaded, with the passages behind a cell.
import { useMemo, useState } from "react";
import type { CooccurrenceMode } from "../../core/analysis/cooccurrence";
import { useAnalysisInput } from "../../state/liveQueries";
import { useCooccurrence } from "../../state/useAnalysis";
import { t } from "../../lang";
import { useColorScheme } from "../../state/colorScheme";
import { heatStyle, HeatLegend } from "./heat";
import { PassageList, type ListedPassage } from "./PassageList";
import { listedCooccurrencePassages } from "./passages";
import "../../lang/enViews";

export function CooccurrenceView({ projectId }: { projectId: string }) {
  const scheme = useColorScheme();
  const input = useAnalysisInput(projectId);
  const [mode, setMode] = useState<CooccurrenceMode>("overlap");
  const [cell, setCell] = useState<{ a: string; b: string; title: string } | null>(null);
  const table = useCooccurrence(input, mode);
  const passages: ListedPassage[] = useMemo(() => (input && cell ? listedCooccurrencePassages(input, cell.a, cell.b, mode) : []), [input, cell, mode]);

  if (!table) return null;
  const max = Math.max(0, ...table.counts.flatMap((row, i) => row.filter((_, j) => j !== i)));
  const name = (i: number) => table.codes[i]!.path[table.codes[i]!.path.length - 1]!;
  return (
    <section className="analysis" role="region" aria-label={t("cooccurrenceTitle")}>
      <header className="sheet-head">
        <h1>{t("cooccurrenceTitle")}</h1>
        <label>
          {t("cooccurrenceMode")}{" "}
          <select value={mode} onChange={(e) => (setMode(e.target.value as CooccurrenceMode), setCell(null))}>
            <option value="overlap">{t("modeOverlap")}</option>
            <option value="document">{t("modeDocument")}</option>
          </select>
        </label>
        <HeatLegend max={max} label={t("heatLegend")} decimals={0} />
      </header>
      <div className="table-scroll">
        <table className="matrix cooccurrence">
          <thead>
            <tr>
              <th scope="col">{t("codes")}</th>
              {table.codes.map((c, j) => (
                <th scope="col" key={c.id} className="rotated">
                  <span>{name(j)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.counts.map((row, i) => (
              <tr key={table.codes[i]!.id} className={table.codes[i]!.path.length === 1 ? "theme-row" : undefined}>
                <th scope="row" style={{ paddingLeft: `${0.5 + (table.codes[i]!.path.length - 1) * 1.2}rem` }}>
                  {name(i)}
                </th>
                {row.map((value, j) => (
                  <td key={table.codes[j]!.id} className={i === j ? "diagonal" : undefined} style={i === j ? undefined : heatStyle(value, max, scheme)}>
                    <button
                      type="button"
                      className="cell-button"
                      aria-label={t("cellLabel", { code: name(i), column: name(j), value })}
                      onClick={() => setCell({ a: table.codes[i]!.id, b: table.codes[j]!.id, title: `${name(i)} × ${name(j)}` })}
                    >
                      {value}
                    </button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell && <PassageList title={cell.title} passages={passages} />}
    </section>
  );
}
