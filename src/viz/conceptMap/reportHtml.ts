// The standalone HTML report of a project: one file that works offline from file:// and loads
// nothing (styles and its one small script inline). It holds the interactive map (hovering a node
// lists its passages), the matrix of references per code and case, the codebook with descriptions
// and example quotes, the passages of each theme grouped by case, the project's description and
// what the study holds, the date and the Telaah version, and the memos; a print style sheet lays it
// out on A4 with a page break before each section.
// In the UI's language.
import { codebookRows, subtreeCodeIds } from "../../core/analysis/codebookRows";
import type { MatrixInput } from "../../core/analysis/matrix";
import type { Coding } from "../../core/model/types";
import { nameCollator } from "../../core/text/names";
import { formatCount, formatDate, language, t } from "../../lang";
import { version } from "../../../package.json";
import type { ReferencesTable } from "./referencesTable";
import type { Memo } from "../../core/model/memo";
import { memoSectionHtml } from "./memoSection";
import "../../lang/enViews";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, sans-serif; color: #1d2327; margin: 2rem auto; max-width: 80rem; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 0.2rem; } h2 { font-size: 1.25rem; margin: 2rem 0 0.6rem; } h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; } h4 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; }
.meta { color: #56616b; margin: 0 0 1.5rem; font-size: 0.9rem; }
figure { margin: 0 0 1rem; border: 1px solid #d9dee3; border-radius: 6px; overflow: auto; position: relative; }
figure svg { display: block; max-width: 100%; height: auto; }
#passages { border: 1px solid #d9dee3; border-radius: 6px; padding: 0.5rem 0.8rem; min-height: 3rem; font-size: 0.9rem; background: #f7f9fa; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #d9dee3; padding: 0.3rem 0.7rem; }
thead th { background: #eef1f4; } thead th:first-child { text-align: left; }
td { text-align: right; font-variant-numeric: tabular-nums; }
th[scope=row] { text-align: left; font-weight: 400; }
tr.theme th[scope=row], tr.theme td { font-weight: 700; background: #f7f9fa; }
td.zero { color: #a3adb8; }
blockquote { margin: 0.3rem 0 0.3rem 1rem; padding-left: 0.7rem; border-left: 3px solid #d9dee3; }
.source { color: #56616b; font-size: 0.85rem; }
@media print {
  @page { size: A4; margin: 18mm 15mm; }
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  section { break-before: page; } section:first-of-type { break-before: auto; }
  #passages, .hint { display: none; }
  figure { border: none; } tr, blockquote { break-inside: avoid; }
}
`;

/** Hovering a node or link of the map lists its passages under it (from the JSON beside it). */
const SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById("map-passages").textContent);
  var box = document.getElementById("passages");
  var figure = document.querySelector("figure.map");
  function show(key) {
    var entry = data[key];
    if (!entry) return;
    box.textContent = "";
    var title = document.createElement("strong");
    title.textContent = entry.title;
    box.appendChild(title);
    entry.passages.forEach(function (p) {
      var q = document.createElement("blockquote");
      q.textContent = p.text;
      var s = document.createElement("div");
      s.className = "source";
      s.textContent = p.source;
      q.appendChild(s);
      box.appendChild(q);
    });
  }
  figure.addEventListener("mouseover", function (event) {
    var target = event.target.closest("[data-node], [data-link]");
    if (target) show(target.getAttribute("data-node") || target.getAttribute("data-link"));
  });
})();
`;

interface Passage {
  text: string;
  source: string;
}

export interface ReportInput {
  title: string;
  projectName: string;
  /** The project's description, in the researcher's words; paragraphs apart by blank lines. */
  description?: string;
  svgMarkup: string;
  summary: string;
  table: ReferencesTable;
  analysis: MatrixInput;
  /** The map's nodes and links (by data-node / data-link key) with their passages. */
  mapPassages: Record<string, { title: string; passages: Passage[] }>;
  exportedOn: Date;
  /** The project's memos (their section is left out when there are none). */
  memos?: readonly Memo[];
  /** The saturation curve as SVG markup; no section when absent (nothing coded). */
  saturationSvg?: string;
}

/** Where a coding is: its document and the document's cases. */
function sourceOf(input: MatrixInput): (coding: Coding) => { document: string; cases: string[] } {
  const documentName = new Map(input.documents.map((d) => [d.id, d.name]));
  const caseName = new Map(input.cases.map((c) => [c.id, c.name]));
  return (coding) => ({
    document: documentName.get(coding.documentId) ?? "",
    cases: input.caseDocuments.filter((l) => l.documentId === coding.documentId).map((l) => caseName.get(l.caseId) ?? ""),
  });
}

export function reportHtml(report: ReportInput): string {
  const { analysis } = report;
  const rows = codebookRows(analysis.codes);
  const codings = analysis.codings.filter((c) => !c.orphaned).sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start));
  const where = sourceOf(analysis);
  const codingsUnder = (index: number) => {
    const ids = subtreeCodeIds(rows, index);
    return codings.filter((c) => ids.has(c.codeId));
  };

  const header = [t("mapTableCode"), ...report.table.columns, t("mapTableTotal")].map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join("");
  const cell = (value: number) => `<td${value === 0 ? ' class="zero"' : ""}>${formatCount(value)}</td>`;
  const matrixRows = report.table.rows
    .map((r) => `<tr${r.isTheme || r.depth === 0 ? ' class="theme"' : ""}><th scope="row" style="padding-left:${(0.7 + r.depth * 1.2).toFixed(1)}rem">${escapeHtml(r.label)}</th>${r.values.map(cell).join("")}${cell(r.total)}</tr>`)
    .join("\n");

  const codebook = rows
    .map((row, i) => {
      const heading = row.depth === 0 ? "h3" : "h4";
      const examples = codingsUnder(i).slice(0, 3);
      const quotes = examples.map((c) => `<blockquote>${escapeHtml(c.quote)}<div class="source">${escapeHtml([where(c).document, ...where(c).cases].join(" · "))}</div></blockquote>`).join("");
      const description = row.code.description ? `<p>${escapeHtml(row.code.description)}</p>` : "";
      return `<${heading}>${escapeHtml(row.code.name)}</${heading}>${description}${quotes ? `<p class="source">${escapeHtml(t("reportExamples"))}</p>${quotes}` : ""}`;
    })
    .join("\n");

  const themes = rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.depth === 0)
    .map(({ row, i }) => {
      const byCase = new Map<string, Coding[]>();
      for (const coding of codingsUnder(i)) {
        const cases = where(coding).cases;
        for (const name of cases.length > 0 ? cases : [t("reportNoCase")]) byCase.set(name, [...(byCase.get(name) ?? []), coding]);
      }
      const groups = [...byCase]
        .sort(([a], [b]) => nameCollator.compare(a, b))
        .map(([name, list]) => `<h4>${escapeHtml(name)}</h4>${list.map((c) => `<blockquote>${escapeHtml(c.quote)}<div class="source">${escapeHtml(`${where(c).document} · ${analysis.codes.find((code) => code.id === c.codeId)?.name ?? ""}`)}</div></blockquote>`).join("")}`)
        .join("");
      return `<h3>${escapeHtml(row.code.name)}</h3>${groups || `<p class="source">${escapeHtml(t("reportNoPassages"))}</p>`}`;
    })
    .join("\n");

  const json = JSON.stringify(report.mapPassages).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(t("reportMade", { version, date: formatDate(report.exportedOn) }))}</p>
</header>
<section id="about">
<h2>${escapeHtml(t("reportAbout"))}</h2>
${paragraphs(report.description ?? "")}
<p>${escapeHtml(t("reportAboutText", { name: report.projectName, documents: formatCount(analysis.documents.length), cases: formatCount(analysis.cases.length) }))} ${escapeHtml(report.summary)}.</p>
</section>
<section id="map">
<h2>${escapeHtml(t("mapTitle"))}</h2>
<p class="hint meta">${escapeHtml(t("reportMapHint"))}</p>
<figure class="map">${report.svgMarkup}</figure>
<div id="passages" aria-live="polite"></div>
<script type="application/json" id="map-passages">${json}</script>
<script>${SCRIPT}</script>
</section>
<section id="matrix">
<h2>${escapeHtml(t("reportMatrix"))}</h2>
<table>
<caption>${escapeHtml(t("mapTableCaption"))}</caption>
<thead><tr>${header}</tr></thead>
<tbody>
${matrixRows}
</tbody>
</table>
</section>
<section id="codebook">
<h2>${escapeHtml(t("reportCodebook"))}</h2>
${codebook}
</section>
<section id="themes">
<h2>${escapeHtml(t("reportThemes"))}</h2>
${themes}
</section>
${memoSectionHtml(report.memos ?? [], { project: { name: report.projectName }, ...analysis }, analysis.coders)}${report.saturationSvg ? `<section id="saturation">\n<h2>${escapeHtml(t("saturationTab"))}</h2>\n<p class="hint meta">${escapeHtml(t("reportSaturationHint"))}</p>\n<figure>${report.saturationSvg}</figure>\n</section>` : ""}
</body>
</html>
`;
}

/** Text as paragraphs: a blank line parts them, a single line break stays a break. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p class="description">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}
