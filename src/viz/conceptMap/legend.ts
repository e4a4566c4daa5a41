// The map's legend: node kinds, link kinds, and what size and width mean; only the kinds on show.
// The symbols are drawn in SVG, the same under the live map (MapLegend) and in exported maps.
import type { Selection } from "d3";
import { CODE_PALETTE } from "../../core/model/palette";
import type { ConceptGraph } from "../../core/analysis/conceptGraph";
import { formatCount, t, type StringKey } from "../../lang";
import { CASE_FILL, CASE_STROKE, COOCCURRENCE_DASH, FONT_FAMILY, INK, INK_SOFT, LINE, LINK_COLORS, THEME_FILL, THEME_STROKE, TOPIC_FILL } from "./mapStyle";
import "../../lang/enViews";

export interface LegendContent {
  cases: boolean;
  cooccurrence: boolean;
  /** What size and width mean, with their ranges (scaleText). */
  scales: string[];
}

/** The legend's scales: "Size: references (coded passages), from 1 to 5" and the same for link width. */
export function scaleText(graph: ConceptGraph): string[] {
  const sizes = graph.nodes.filter((n) => n.kind !== "topic").map((n) => n.references);
  const widths = graph.links.filter((l) => l.kind === "case" || l.kind === "cooccurrence").map((l) => l.weight);
  const lines = sizes.length > 0 ? [t("mapLegendSizeScale", { min: formatCount(Math.min(...sizes)), max: formatCount(Math.max(...sizes)) })] : [];
  if (widths.length > 0) lines.push(t("mapLegendWidthScale", { min: formatCount(Math.min(...widths)), max: formatCount(Math.max(...widths)) }));
  return lines;
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

const ROW = 19;
const PAD = 10;
const SYMBOL = 26;
const FONT = 12;

/** The legend's entries: a text and a function drawing its symbol (26 × 14, centred on y = 0). */
export function legendEntries(content: LegendContent): [StringKey, (symbol: Group) => void][] {
  const line = (kind: keyof typeof LINK_COLORS, width: number, dash?: string) => (s: Group) => {
    const path = s.append("line").attr("x1", 1).attr("x2", 25).attr("stroke", LINK_COLORS[kind]).attr("stroke-width", width).attr("stroke-linecap", "round");
    if (dash) path.attr("stroke-dasharray", dash);
  };
  const rows: [StringKey, (symbol: Group) => void][] = [
    ["mapLegendTopic", (s) => s.append("rect").attr("x", 2).attr("y", -6).attr("width", 22).attr("height", 12).attr("rx", 6).attr("fill", TOPIC_FILL)],
    ["mapLegendTheme", (s) => s.append("polygon").attr("points", "13,-7 20,0 13,7 6,0").attr("fill", THEME_FILL).attr("stroke", THEME_STROKE).attr("stroke-width", 2)],
    ["mapLegendCode", (s) => CODE_PALETTE.slice(0, 3).forEach((color, i) => s.append("circle").attr("cx", 6 + i * 7).attr("r", 5).attr("fill", color).attr("stroke", "#ffffff"))],
  ];
  if (content.cases) {
    rows.push(["mapLegendCase", (s) => s.append("rect").attr("x", 7).attr("y", -6).attr("width", 12).attr("height", 12).attr("rx", 2).attr("fill", CASE_FILL).attr("stroke", CASE_STROKE).attr("stroke-width", 1.5)]);
  }
  rows.push(["mapLegendStructure", line("theme", 2)]);
  if (content.cases) rows.push(["mapLegendCaseLink", line("case", 2.5)]);
  if (content.cooccurrence) rows.push(["mapLegendCooccurrence", line("cooccurrence", 2.5, COOCCURRENCE_DASH)]);
  return rows;
}

/** Draws the legend as a framed column with a title, its top-left corner at the group's origin; returns its size. */
export function drawLegend(g: Group, content: LegendContent): { width: number; height: number } {
  g.selectAll("*").remove();
  g.attr("font-family", FONT_FAMILY).attr("data-role", "legend");
  const rows = legendEntries(content);
  const background = g.append("rect").attr("rx", 6).attr("fill", "#ffffff").attr("stroke", LINE);
  const body = g.append("g").attr("transform", `translate(${PAD},${PAD})`);
  body.append("text").attr("y", 11).attr("font-size", FONT).attr("font-weight", 700).attr("fill", INK).text(t("mapLegend"));
  let widest = 0;
  rows.forEach(([key, symbol], i) => {
    const row = body.append("g").attr("transform", `translate(0,${28 + i * ROW})`);
    symbol(row.append("g"));
    const label = row.append("text").attr("x", SYMBOL + 6).attr("y", 4).attr("font-size", FONT).attr("fill", INK).text(t(key));
    widest = Math.max(widest, SYMBOL + 6 + textWidth(label.node(), t(key)));
  });
  content.scales.forEach((line, i) => {
    const note = body.append("text").attr("y", 28 + rows.length * ROW + 6 + i * 15).attr("font-size", 11).attr("fill", INK_SOFT).text(line);
    widest = Math.max(widest, textWidth(note.node(), line));
  });
  const width = Math.ceil(widest + 2 * PAD);
  const height = Math.ceil(28 + rows.length * ROW + 10 + content.scales.length * 15 + 2 * PAD);
  background.attr("width", width).attr("height", height);
  return { width, height };
}

/** The text's drawn width, or an estimate when it is not laid out (detached or hidden). */
function textWidth(element: SVGTextElement | null, text: string): number {
  let measured = 0;
  try {
    measured = element?.getComputedTextLength() ?? 0;
  } catch {
    measured = 0;
  }
  return measured > 0 ? measured : text.length * FONT * 0.55;
}
