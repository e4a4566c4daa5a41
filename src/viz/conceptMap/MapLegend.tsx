// The legend under the live map: a wrapping list of entries whose symbols are drawn by the same code
// as the legend of exported maps.
import { select } from "d3";
import { useLayoutEffect, useRef } from "react";
import { t } from "../../lang";
import { legendEntries, type LegendContent } from "./legend";
import "../../lang/enViews";

export function MapLegend({ cases, cooccurrence, scales }: LegendContent) {
  const entries = legendEntries({ cases, cooccurrence, scales });
  const list = useRef<HTMLUListElement | null>(null);
  useLayoutEffect(() => {
    const symbols = list.current?.querySelectorAll<SVGGElement>("g.legend-symbol") ?? [];
    legendEntries({ cases, cooccurrence, scales }).forEach(([, draw], i) => {
      const g = symbols[i];
      if (!g) return;
      select(g).selectAll("*").remove();
      draw(select(g));
    });
  }, [cases, cooccurrence, scales]);
  return (
    <ul ref={list} className="concept-map-legend" aria-label={t("mapLegend")}>
      {entries.map(([key]) => (
        <li key={key}>
          <svg width={26} height={14} aria-hidden="true">
            <g className="legend-symbol" transform="translate(0,7)" />
          </svg>
          {t(key)}
        </li>
      ))}
      {scales.map((line) => (
        <li key={line} className="muted">
          {line}
        </li>
      ))}
    </ul>
  );
}
