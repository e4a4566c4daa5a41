// The saturation curve: documents in the chosen order (the project's own, by name, by import date
// or by a case attribute), the codes each brings
// first and the codes so far, and whether the last k documents brought none; exported as SVG, PNG
// (drawn from the SVG at twice its size) and CSV.
import { useMemo, useRef, useState } from "react";
import { downloadText, safeFileName } from "../../app/download";
import type { MatrixInput } from "../../core/analysis/matrix";
import { documentsWithoutNewCodes, type DocumentOrder } from "../../core/analysis/saturation";
import { saturationCsv } from "../../formats/exploreCsv";
import { t } from "../../lang";
import { exploreHeaders } from "../../lang/exportHeaders";
import { useProject } from "../../state/liveQueries";
import { SaturationChart } from "../../viz/saturation/SaturationChart";
import { saturationChartPoints } from "../../viz/saturation/chartPoints";
import { svgToPng } from "../../viz/conceptMap/exportImage";
import { CsvExportButton } from "../CsvExportButton";
import "../../lang/enViews";

export function SaturationTab({ projectId, input }: { projectId: string; input: MatrixInput }) {
  const projectName = useProject(projectId)?.name ?? t("project");
  const [orderValue, setOrderValue] = useState("project");
  const [window, setWindow] = useState(3);
  const chart = useRef<SVGSVGElement>(null);
  const order = useMemo<DocumentOrder>(
    () => (orderValue.startsWith("attribute:") ? { by: "attribute", attributeId: orderValue.slice(10) } : { by: orderValue as "project" | "name" | "imported" }),
    [orderValue],
  );
  const { points, quiet } = useMemo(() => {
    const { points, curve } = saturationChartPoints(input, order);
    return { points, quiet: documentsWithoutNewCodes(curve) };
  }, [input, order]);
  const coded = points.some((p) => p.total > 0);

  const fileName = safeFileName(t("csvFileSaturation", { project: projectName }));
  /** The chart as a file: its own size instead of the page's width. */
  const chartFile = () => {
    const copy = chart.current!.cloneNode(true) as SVGSVGElement;
    const [, , width, height] = copy.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    return { markup: new XMLSerializer().serializeToString(copy), width, height };
  };
  const exportSvg = () => {
    if (chart.current) downloadText(`${fileName}.svg`, [chartFile().markup], "image/svg+xml");
  };
  const exportPng = async () => {
    if (chart.current) downloadText(`${fileName}.png`, [await svgToPng(chartFile())], "image/png");
  };

  return (
    <div className="explore-tab">
      <div className="explore-form">
        <label>
          {t("saturationOrder")}{" "}
          <select value={orderValue} onChange={(e) => setOrderValue(e.target.value)}>
            <option value="project">{t("saturationOrderProject")}</option>
            <option value="name">{t("saturationOrderName")}</option>
            <option value="imported">{t("saturationOrderImported")}</option>
            {input.attributes.map((a) => (
              <option key={a.id} value={`attribute:${a.id}`}>
                {t("saturationOrderAttribute", { name: a.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("saturationWindow")} <input type="number" min={1} max={50} value={window} onChange={(e) => setWindow(Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <button type="button" onClick={exportSvg} disabled={!coded}>
          {t("saturationExportSvg")}
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={!coded}>
          {t("saturationExportPng")}
        </button>
        <CsvExportButton
          label={t("saturationExportCsv")}
          exports={[{ label: t("saveCsv"), fileName: t("csvFileSaturation", { project: projectName }), write: (options) => saturationCsv(points, options, exploreHeaders()) }]}
        />
      </div>
      <p className="explore-summary" role="status">
        {!coded ? t("saturationEmpty") : quiet >= window ? t("saturationReached", { count: quiet }) : t("saturationNotReached", { count: quiet, window })}
      </p>
      {coded && <SaturationChart ref={chart} points={points} />}
    </div>
  );
}
