// Heat-map shading of matrix cells: white for zero, deepening to the accent colour at the maximum,
// with text kept readable.
import { mix, readableTextColor, SURFACE } from "../../core/model/palette";
import { useColorScheme } from "../../state/colorScheme";
import { formatCount, formatFixed } from "../../lang";

/** The accent, deep on the light surface and pale on the dark one. */
const HEAT_COLOR = { light: "#1f4e5f", dark: "#7cc4dc" } as const;

type Scheme = keyof typeof HEAT_COLOR;
const shade = (scheme: Scheme, amount: number) => mix(HEAT_COLOR[scheme], SURFACE[scheme], amount);

export function heatStyle(value: number, max: number, scheme: Scheme): { background: string; color: string } | undefined {
  if (value <= 0 || max <= 0) return undefined;
  const background = shade(scheme, 0.1 + 0.75 * Math.min(1, value / max));
  return { background, color: readableTextColor(background) };
}

export function HeatLegend({ max, label, decimals }: { max: number; label: string; decimals: number }) {
  const scheme = useColorScheme();
  return (
    <div className="heat-legend" aria-label={label}>
      <span>{formatCount(0)}</span>
      <span className="heat-legend-bar" style={{ background: `linear-gradient(to right, ${shade(scheme, 0.1)}, ${shade(scheme, 0.85)})` }} />
      <span>{formatMeasure(max, decimals)}</span>
    </div>
  );
}

/** Every number of a measure with the same decimals (0 for counts, the chosen number for coverage), as the UI's language writes them. */
export function formatMeasure(value: number, decimals: number): string {
  return decimals === 0 ? formatCount(Math.round(value)) : formatFixed(value, decimals);
}

/** The decimals a measure is shown with: counts are whole; coverage as chosen in the view. */
export function measureDecimals(measure: string, coverageDecimals: number): number {
  return measure === "coverage" ? coverageDecimals : 0;
}
