// Matrix coding: the codebook (themes collapsible) against cases, documents, coders or the values
// of a case attribute, in the chosen measure, heat-shaded, with totals, sorting by a column, the
// passages behind a cell, and the matrix as CSV.
import { useMemo, useState } from "react";
import { cellCodings, type ColumnSpec, type Measure } from "../../core/analysis/matrix";
import { useAnalysisInput } from "../../state/liveQueries";
import { useCodingMatrix } from "../../state/useAnalysis";
import { t } from "../../lang";
import { MEASURES } from "./measures";
import { MatrixCsvExport } from "./MatrixCsvExport";
import { WorkbookExportButton } from "./WorkbookExportButton";
import { formatMeasure, heatStyle, HeatLegend, measureDecimals } from "./heat";
import { useColorScheme } from "../../state/colorScheme";
import { PassageList, type ListedPassage } from "./PassageList";
import { listedPassages } from "./passages";
import "../../lang/enViews";

function parseColumns(value: string): ColumnSpec {
  if (value.startsWith("attribute:")) return { kind: "attribute", attributeId: value.slice("attribute:".length) };
  return { kind: value as "cases" | "documents" | "coders" };
}

export function MatrixView({ projectId }: { projectId: string }) {
  const scheme = useColorScheme();
  const input = useAnalysisInput(projectId);
  const [columnsValue, setColumnsValue] = useState("cases");
  const [measure, setMeasure] = useState<Measure>("references");
  const [coverageDecimals, setCoverageDecimals] = useState(1);
  const [mergeCoders, setMergeCoders] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [sortBy, setSortBy] = useState<{ column: number; descending: boolean } | null>(null);
  const [cell, setCell] = useState<{ codeId: string; columnId: string; title: string } | null>(null);
  const columns = useMemo(() => parseColumns(columnsValue), [columnsValue]);
  const matrix = useCodingMatrix(input, { columns, measure, mergeCoders });

  const rows = useMemo(() => {
    if (!matrix) return [];
    const hidden = (path: string[], codeId: string) => {
      const ancestors = matrix.rows.filter((r) => r.isTheme && r.codeId !== codeId && r.path.length < path.length && r.path.every((p, i) => p === path[i]));
      return ancestors.some((a) => collapsed.has(a.codeId));
    };
    const visible = matrix.rows.filter((r) => !hidden(r.path, r.codeId));
    if (!sortBy) return visible;
    // Sorting keeps each code under its theme: themes are sorted among themselves, codes within their theme.
    const value = (r: (typeof visible)[number]) => (sortBy.column < 0 ? r.total : r.values[sortBy.column]!);
    const sign = sortBy.descending ? -1 : 1;
    const themes = visible.filter((r) => r.depth === 0).sort((a, b) => sign * (value(a) - value(b)));
    return themes.flatMap((theme) => [theme, ...visible.filter((r) => r.depth > 0 && r.path[0] === theme.path[0]).sort((a, b) => sign * (value(a) - value(b)))]);
  }, [matrix, collapsed, sortBy]);

  const passages: ListedPassage[] = useMemo(
    () => (input && cell ? listedPassages(input, cellCodings(input, { columns }, cell.codeId, cell.columnId)) : []),
    [input, cell, columns],
  );

  if (!input || !matrix) return null;
  const max = Math.max(0, ...matrix.rows.flatMap((r) => r.values));
  const decimals = measureDecimals(measure, coverageDecimals);
  const format = (value: number) => formatMeasure(value, decimals);
  const sortHeader = (column: number, name: string) => (
    <button
      type="button"
      className="sort-button"
      aria-label={t("sortBy", { name })}
      onClick={() => setSortBy((s) => (s?.column === column ? { column, descending: !s.descending } : { column, descending: true }))}
    >
      {name}
      {sortBy?.column === column ? (sortBy.descending ? " ▼" : " ▲") : ""}
    </button>
  );

  return (
    <section className="analysis" role="region" aria-label={t("matrix")}>
      <header className="sheet-head">
        <h1>{t("matrix")}</h1>
        <label>
          {t("matrixColumns")}{" "}
          <select value={columnsValue} onChange={(e) => (setColumnsValue(e.target.value), setCell(null), setSortBy(null))}>
            <option value="cases">{t("cases")}</option>
            <option value="documents">{t("documents")}</option>
            <option value="coders">{t("coders")}</option>
            {input.attributes.map((a) => (
              <option key={a.id} value={`attribute:${a.id}`}>
                {t("attributeColumns", { name: a.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("matrixMeasure")}{" "}
          <select value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {MEASURES.map((m) => (
              <option key={m.value} value={m.value}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </label>
        {measure === "coverage" && (
          <label>
            {t("decimals")}{" "}
            <select value={coverageDecimals} onChange={(e) => setCoverageDecimals(Number(e.target.value))}>
              {[0, 1, 2].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        )}
        {measure === "references" && (
          <label>
            <input type="checkbox" checked={mergeCoders} onChange={(e) => setMergeCoders(e.target.checked)} /> {t("matrixMergeCoders")}
          </label>
        )}
        <HeatLegend max={max} label={t("heatLegend")} decimals={decimals} />
        <MatrixCsvExport projectId={projectId} matrix={matrix} input={input} measure={measure} />
        <WorkbookExportButton projectId={projectId} matrix={matrix} input={input} measure={measure} columnsName={columnsName(columnsValue, input.attributes)} />
      </header>
      <div className="table-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">{t("codes")}</th>
              {matrix.columns.map((c, i) => (
                <th scope="col" key={c.id}>
                  {sortHeader(i, c.name)}
                </th>
              ))}
              <th scope="col">{sortHeader(-1, t("total"))}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.path[row.path.length - 1]!;
              return (
                <tr key={row.codeId} className={row.isTheme ? "theme-row" : undefined}>
                  <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.2}rem` }}>
                    {row.isTheme ? (
                      <button
                        type="button"
                        className="link-button twisty-button"
                        aria-expanded={!collapsed.has(row.codeId)}
                        onClick={() => setCollapsed((s) => toggled(s, row.codeId))}
                      >
                        {collapsed.has(row.codeId) ? "▸" : "▾"} {name}
                      </button>
                    ) : (
                      name
                    )}
                  </th>
                  {row.values.map((value, i) => {
                    const column = matrix.columns[i]!;
                    const label = t("cellLabel", { code: name, column: column.name, value: format(value) });
                    return (
                      <td key={column.id} style={heatStyle(value, max, scheme)}>
                        <button type="button" className="cell-button" aria-label={label} onClick={() => setCell({ codeId: row.codeId, columnId: column.id, title: `${row.path.join(" / ")} × ${column.name}` })}>
                          {format(value)}
                        </button>
                      </td>
                    );
                  })}
                  <td className="total">{format(row.total)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("anyCode")}</th>
              {matrix.columnTotals.map((v, i) => (
                <td key={matrix.columns[i]!.id} className="total">
                  {format(v)}
                </td>
              ))}
              <td className="total">{format(matrix.grandTotal)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {cell && <PassageList title={cell.title} passages={passages} />}
    </section>
  );
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The name of the columns' choice, as its menu shows it. */
function columnsName(value: string, attributes: { id: string; name: string }[]): string {
  if (value.startsWith("attribute:")) return t("attributeColumns", { name: attributes.find((a) => `attribute:${a.id}` === value)?.name ?? "" });
  return t(value === "documents" ? "documents" : value === "coders" ? "coders" : "cases");
}
