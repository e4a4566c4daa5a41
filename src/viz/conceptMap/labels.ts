// Node labels: wrapped into lines, drawn with a white halo so that they stay readable over links,
// and placed on the side of the node facing away from the centre (mind-map style).
import type { Selection } from "d3";
import { FONT_SIZE, INK, LABEL_WEIGHT, LINE_HEIGHT, WRAP_AT, wrapLabel } from "./mapStyle";
import type { LabelSide, MapNode } from "./forceLayout";

const GAP = 5;

/** Writes the label's lines and fixed attributes; `placeLabel` then positions them. */
export function writeLabel(text: Selection<SVGTextElement, MapNode, null, undefined>, d: MapNode): void {
  const { kind, label } = d.node;
  text
    .attr("font-size", FONT_SIZE[kind])
    .attr("font-weight", LABEL_WEIGHT[kind])
    .attr("fill", kind === "topic" ? "#ffffff" : INK)
    .attr("stroke", kind === "topic" ? "none" : "#ffffff")
    .attr("stroke-width", 3.5)
    .attr("stroke-linejoin", "round")
    .attr("paint-order", "stroke")
    .attr("pointer-events", "none");
  text.selectAll("tspan").remove();
  for (const line of wrapLabel(label, WRAP_AT[kind])) text.append("tspan").text(line);
  d.side = undefined;
}

export function labelSide(d: MapNode): LabelSide {
  const { kind } = d.node;
  if (kind === "topic") return "inside";
  const x = d.x ?? 0;
  const y = d.y ?? 0;
  if (kind === "theme" || kind === "case") return y < -1 ? "above" : "below";
  const length = Math.hypot(x, y) || 1;
  if (Math.abs(x / length) >= 0.34) return x > 0 ? "right" : "left";
  return y < 0 ? "above" : "below";
}

/** Positions the lines around the node (the text element sits at the node's centre). */
export function placeLabel(text: Selection<SVGTextElement, MapNode, null, undefined>, d: MapNode, side: LabelSide): void {
  const size = FONT_SIZE[d.node.kind];
  const lineHeight = size * LINE_HEIGHT;
  const lines = text.selectAll<SVGTSpanElement, unknown>("tspan");
  const n = lines.size();
  const anchor = side === "right" ? "start" : side === "left" ? "end" : "middle";
  const x = side === "right" ? d.r + GAP : side === "left" ? -(d.r + GAP) : 0;
  // Baseline of the first line: text is centred vertically on the node beside it, and stacked
  // away from the node above or below it.
  const middle = -((n - 1) * lineHeight) / 2 + size * 0.35;
  const first = side === "above" ? -(d.r + GAP) - (n - 1) * lineHeight - size * 0.2 : side === "below" ? d.r + GAP + size * 0.8 : middle;
  text.attr("text-anchor", anchor);
  lines.attr("x", x).attr("y", (_, i) => round(first + i * lineHeight));
  d.side = side;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
