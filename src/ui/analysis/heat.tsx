// Heat-map shading of matrix cells: white for zero, deepening to the accent colour at the maximum,
// with text kept readable.
import { readableTextColor, tint } from "../../core/model/palette";
import { formatCount, formatDecimal } from "../../lang";

const HEAT_COLOR = "#1f4e5f";

export function heatStyle(value: number, max: number): { background: string; color: string } | undefined {
  if (value <= 0 || max <= 0) return undefined;
  const background = tint(HEAT_COLOR, 0.1 + 0.75 * Math.min(1, value / max));
  return { background, color: readableTextColor(background) };
}

export function HeatLegend({ max, label }: { max: number; label: string }) {
  return (
    <div className="heat-legend" aria-label={label}>
      <span>{formatCount(0)}</span>
      <span className="heat-legend-bar" style={{ background: `linear-gradient(to right, ${tint(HEAT_COLOR, 0.1)}, ${tint(HEAT_COLOR, 0.85)})` }} />
      <span>{formatMeasure(max)}</span>
    </div>
  );
}

/** Whole numbers as they are; percentages and other fractions with one decimal (as the UI's language writes them). */
export function formatMeasure(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : formatDecimal(Math.round(value * 10) / 10, 1);
}
