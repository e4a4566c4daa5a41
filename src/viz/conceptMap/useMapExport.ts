// The three exports of the concept map: a standalone SVG, a PNG at 2× scale, and a read-only HTML
// page with the map and the references table. Failures are reported in the notice bar.
import { useCallback, useState, type RefObject } from "react";
import { downloadText, safeFileName } from "../../app/download";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import { mapHtmlPage } from "./exportHtml";
import { standaloneSvg, svgFileText, svgToPng } from "./exportImage";
import type { LegendContent } from "./legend";
import type { MapExportKind } from "./MapControls";
import { referencesTable, type ReferencesTableInput } from "./referencesTable";

export interface MapExportSource {
  projectName: string;
  title: string;
  subtitle: string;
  tableInput: ReferencesTableInput;
  legend: LegendContent;
}

export function useMapExport(svgRef: RefObject<SVGSVGElement | null>, source: MapExportSource | null) {
  const notify = useWorkbench((s) => s.notify);
  const [exporting, setExporting] = useState(false);
  const run = useCallback(
    async (kind: MapExportKind) => {
      const svg = svgRef.current;
      if (!svg || !source) return;
      setExporting(true);
      try {
        const image = standaloneSvg(svg, source.legend, source.title, source.subtitle);
        const base = safeFileName(`${source.projectName} - concept map`);
        if (kind === "svg") downloadText(`${base}.svg`, [svgFileText(image)], "image/svg+xml");
        else if (kind === "png") downloadText(`${base}.png`, [await svgToPng(image, 2)], "image/png");
        else {
          const page = mapHtmlPage({ title: source.title, svgMarkup: image.markup, table: referencesTable(source.tableInput), exportedOn: new Date() });
          downloadText(`${base}.html`, [page], "text/html");
        }
      } catch (error) {
        notify("error", t("mapExportFailed", { reason: error instanceof Error ? error.message : String(error) }));
      } finally {
        setExporting(false);
      }
    },
    [svgRef, source, notify],
  );
  return { exporting, exportMap: run };
}
