// The saturation curve as an SVG chart: a bar per document for the codes it brings first, and a
// line for the codes used so far; each document's mark is titled with its new codes. Drawn with
// d3's scales and path generator, so it exports as plain SVG with its text as text.
import { forwardRef } from "react";
import { line, scaleBand, scaleLinear } from "d3";
import { t } from "../../lang";
import "../../lang/enViews";

export interface ChartPoint {
  document: string;
  newCodes: string[];
  total: number;
}

const WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 20, right: 24, bottom: 86, left: 44 };
const FONT = "system-ui, 'Segoe UI', 'Noto Sans', Roboto, sans-serif";

export const SaturationChart = forwardRef<SVGSVGElement, { points: readonly ChartPoint[] }>(function SaturationChart({ points }, ref) {
  const x = scaleBand<number>()
    .domain(points.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const maxTotal = Math.max(1, ...points.map((p) => p.total));
  const y = scaleLinear().domain([0, maxTotal]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const path = line<ChartPoint>()
    .x((_, i) => x(i)! + x.bandwidth() / 2)
    .y((p) => y(p.total))(points as ChartPoint[]);
  const ticks = y.ticks(Math.min(6, maxTotal));
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={t("saturationChart")} style={{ fontFamily: FONT, fontSize: 11, maxWidth: WIDTH }}>
      <title>{t("saturationChart")}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#d9dee3" />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fill="#56616b">
            {tick}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <g key={i} data-document={p.document}>
          <title>{t("saturationPointTitle", { document: p.document, count: p.newCodes.length, codes: p.newCodes.join(", ") || "—", total: p.total })}</title>
          <rect x={x(i)} width={x.bandwidth()} y={y(p.newCodes.length)} height={y(0) - y(p.newCodes.length)} fill="#56b4e9" />
          <circle cx={x(i)! + x.bandwidth() / 2} cy={y(p.total)} r={4} fill="#1f4e5f" />
          <text transform={`translate(${x(i)! + x.bandwidth() / 2},${HEIGHT - MARGIN.bottom + 12}) rotate(35)`} fill="#1d2327">
            {p.document.length > 22 ? `${p.document.slice(0, 21)}…` : p.document}
          </text>
        </g>
      ))}
      {path && <path d={path} fill="none" stroke="#1f4e5f" strokeWidth={2} />}
      <g transform={`translate(${MARGIN.left},${HEIGHT - 14})`}>
        <rect width={12} height={12} y={-10} fill="#56b4e9" />
        <text x={16}>{t("saturationNew")}</text>
        <line x1={120} x2={140} y1={-4} y2={-4} stroke="#1f4e5f" strokeWidth={2} />
        <text x={146}>{t("saturationTotal")}</text>
      </g>
    </svg>
  );
});
