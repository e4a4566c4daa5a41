// A standalone, read-only HTML page of the map: the SVG inline, and the references table of codes ×
// cases beneath it. No scripts and nothing loaded from elsewhere: it opens anywhere, offline. It is
// written in the UI's language, numbers and the date included.
import { formatCount, formatDate, language, t } from "../../lang";
import type { ReferencesTable } from "./referencesTable";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, sans-serif; color: #1d2327; margin: 2rem auto; max-width: 80rem; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0 0 0.2rem; }
.meta { color: #56616b; margin: 0 0 1.5rem; font-size: 0.9rem; }
figure { margin: 0 0 2rem; border: 1px solid #d9dee3; border-radius: 6px; overflow: auto; }
figure svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { border-bottom: 1px solid #d9dee3; padding: 0.3rem 0.7rem; }
thead th { background: #eef1f4; }
thead th:first-child { text-align: left; }
td { text-align: right; font-variant-numeric: tabular-nums; }
th[scope=row] { text-align: left; font-weight: 400; }
tr.theme th[scope=row], tr.theme td { font-weight: 700; background: #f7f9fa; }
td.zero { color: #a3adb8; }
`;

export function mapHtmlPage(options: { title: string; svgMarkup: string; table: ReferencesTable; exportedOn: Date }): string {
  const { title, svgMarkup, table } = options;
  const header = [t("mapTableCode"), ...table.columns, t("mapTableTotal")].map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join("");
  const cell = (value: number) => `<td${value === 0 ? ' class="zero"' : ""}>${formatCount(value)}</td>`;
  const rows = table.rows
    .map(
      (r) =>
        `<tr${r.isTheme || r.depth === 0 ? ' class="theme"' : ""}><th scope="row" style="padding-left:${(0.7 + r.depth * 1.2).toFixed(1)}rem">${escapeHtml(r.label)}</th>${r.values.map(cell).join("")}${cell(r.total)}</tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t("mapExportedFrom", { date: formatDate(options.exportedOn) }))}</p>
<figure>${svgMarkup}</figure>
<table>
<caption>${escapeHtml(t("mapTableCaption"))}</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
