// The exports of the concept map: a standalone SVG, a PNG at a chosen width (or 300 dpi for a print
// width), a vector PDF, and the standalone HTML report. Failures are reported in the notice bar.
import { createElement, useCallback, useState, type RefObject } from "react";
import { downloadText, safeFileName } from "../../app/download";
import type { ConceptGraph } from "../../core/analysis/conceptGraph";
import type { MatrixInput } from "../../core/analysis/matrix";
import type { MapView } from "../../core/model/mapView";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import { standaloneSvg, svgFileText, svgToPng } from "./exportImage";
import { svgToPdf } from "./exportPdf";
import type { LegendContent } from "./legend";
import { pngWidth, type MapExportKind, type PngSize } from "./MapControls";
import { mapPassages } from "./mapPassages";
import { referencesTable } from "./referencesTable";
import { reportHtml } from "./reportHtml";
import type { Memo } from "../../core/model/memo";
import { SaturationChart } from "../saturation/SaturationChart";
import { saturationChartPoints } from "../saturation/chartPoints";
import "../../lang/enViews";

export interface MapExportSource {
  projectName: string;
  projectDescription?: string;
  title: string;
  subtitle: string;
  legend: LegendContent;
  input: MatrixInput;
  graph: ConceptGraph | null;
  view: MapView;
  memos: readonly Memo[];
}

/** Every node and link of the map with the passages behind it, keyed as the SVG marks them. */
function passagesByKey(source: MapExportSource) {
  const entries: Record<string, { title: string; passages: { text: string; source: string }[] }> = {};
  const label = new Map((source.graph?.nodes ?? []).map((n) => [n.id, n.label]));
  const list = (target: Parameters<typeof mapPassages>[1]) =>
    mapPassages(source.input, target).map((p) => ({ text: p.text, source: [...new Set([p.documentName, p.caseName].filter(Boolean))].join(" · ") }));
  for (const node of source.graph?.nodes ?? []) entries[node.id] = { title: node.label, passages: list({ kind: "node", node }) };
  for (const link of source.graph?.links ?? []) entries[`${link.source} ${link.target}`] = { title: `${label.get(link.source) ?? ""} — ${label.get(link.target) ?? ""}`, passages: list({ kind: "link", link }) };
  return entries;
}

export function useMapExport(svgRef: RefObject<SVGSVGElement | null>, source: MapExportSource | null, pngSize: PngSize) {
  const notify = useWorkbench((s) => s.notify);
  const [exporting, setExporting] = useState(false);
  const run = useCallback(
    async (kind: MapExportKind) => {
      const svg = svgRef.current;
      if (!svg || !source) return;
      setExporting(true);
      try {
        const image = standaloneSvg(svg, source.legend, source.title, source.subtitle);
        const base = safeFileName(`${source.projectName} - ${source.view.name}`);
        if (kind === "svg") downloadText(`${base}.svg`, [svgFileText(image)], "image/svg+xml");
        else if (kind === "png") downloadText(`${base}.png`, [await svgToPng(image, pngWidth(pngSize) / image.width)], "image/png");
        else if (kind === "pdf") downloadText(`${base}.pdf`, [await svgToPdf(image, source.title)], "application/pdf");
        else {
          // The saturation curve (documents in the project's order) drawn as the Explore view draws it, rendered to markup only here.
          const { renderToStaticMarkup } = await import("react-dom/server");
          const saturation = saturationChartPoints(source.input, { by: "project" });
          const saturationSvg = saturation.points.some((p) => p.total > 0) ? renderToStaticMarkup(createElement(SaturationChart, { points: saturation.points })) : undefined;
          const page = reportHtml({
            saturationSvg,
            title: source.title,
            projectName: source.projectName,
            description: source.projectDescription,
            svgMarkup: image.markup,
            summary: source.subtitle,
            table: referencesTable(source.input),
            analysis: source.input,
            mapPassages: passagesByKey(source),
            exportedOn: new Date(),
            memos: source.memos,
          });
          downloadText(`${base} - report.html`, [page], "text/html");
        }
      } catch (error) {
        notify("error", t("mapExportFailed", { reason: error instanceof Error ? error.message : String(error) }));
      } finally {
        setExporting(false);
      }
    },
    [svgRef, source, notify, pngSize],
  );
  return { exporting, exportMap: run };
}
