// How the concept map looks, shared by the live map, its legend and its exports: colours, fonts,
// node and link sizes, and label wrapping. Everything is written as SVG attributes on the elements,
// so an exported SVG needs no style sheet.
import { scaleLinear, scaleSqrt } from "d3";
import type { ConceptGraph, ConceptLink, ConceptNode } from "../../core/analysis/conceptGraph";
import { NEUTRAL_CODE_COLOR } from "../../core/model/palette";

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, sans-serif';
export const INK = "#1d2327";
export const INK_SOFT = "#56616b";
export const LINE = "#d9dee3";
export const ACCENT = "#1f4e5f";

export const TOPIC_FILL = ACCENT;
export const THEME_FILL = "#eef1f4";
export const THEME_STROKE = "#56616b";
export const CASE_FILL = "#fdf0c8";
export const CASE_STROKE = "#8a6100";

export const LINK_COLORS: Record<ConceptLink["kind"], string> = {
  theme: "#7b8794",
  code: "#a3adb8",
  case: "#b08a2e",
  cooccurrence: "#c2410c",
};
export const LINK_OPACITY: Record<ConceptLink["kind"], number> = { theme: 0.9, code: 0.9, case: 0.4, cooccurrence: 0.9 };
export const COOCCURRENCE_DASH = "5 3";

/** Label font size by node kind, in map units. */
export const FONT_SIZE: Record<ConceptNode["kind"], number> = { topic: 14.5, theme: 14, code: 13, case: 13 };
export const LABEL_WEIGHT: Record<ConceptNode["kind"], number> = { topic: 700, theme: 700, code: 400, case: 600 };
/** Longest label line, in characters, before wrapping. */
export const WRAP_AT: Record<ConceptNode["kind"], number> = { topic: 20, theme: 16, code: 15, case: 16 };
export const LINE_HEIGHT = 1.15;

export function nodeFill(node: ConceptNode): string {
  switch (node.kind) {
    case "topic":
      return TOPIC_FILL;
    case "theme":
      return node.color ?? THEME_FILL;
    case "code":
      return node.color ?? NEUTRAL_CODE_COLOR;
    case "case":
      return CASE_FILL;
  }
}

export function nodeStroke(node: ConceptNode): string {
  return node.kind === "theme" ? THEME_STROKE : node.kind === "case" ? CASE_STROKE : "#ffffff";
}

/** Node radius by references (a square root scale, so area follows the count); the topic is sized by its label. */
export function radiusScale(graph: ConceptGraph): (node: ConceptNode) => number {
  const max = Math.max(1, ...graph.nodes.filter((n) => n.kind !== "topic").map((n) => n.references));
  const scale = scaleSqrt().domain([0, max]).range([6.5, 21]).clamp(true);
  return (node) => (node.kind === "topic" ? 30 : node.kind === "theme" ? Math.max(9, scale(node.references)) : scale(node.references));
}

/** Link width by weight: structure links on one scale, case and co-occurrence links on another. */
export function widthScale(graph: ConceptGraph): (link: ConceptLink) => number {
  const structural = (l: ConceptLink) => l.kind === "theme" || l.kind === "code";
  const maxStructure = Math.max(1, ...graph.links.filter(structural).map((l) => l.weight));
  const maxOther = Math.max(1, ...graph.links.filter((l) => !structural(l)).map((l) => l.weight));
  const structure = scaleSqrt().domain([0, maxStructure]).range([1.2, 4]).clamp(true);
  const other = scaleLinear().domain([1, Math.max(2, maxOther)]).range([1, 4.5]).clamp(true);
  return (link) => (structural(link) ? structure(link.weight) : link.kind === "cooccurrence" ? Math.max(1.8, other(link.weight)) : other(link.weight));
}

/** Words wrapped into lines of at most `width` characters (a longer word keeps its own line). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** The topic's pill: its wrapped label with room around it. */
export function topicSize(label: string): { width: number; height: number; lines: string[] } {
  const lines = wrapLabel(label, WRAP_AT.topic);
  return {
    lines,
    width: Math.max(...lines.map((l) => l.length)) * FONT_SIZE.topic * 0.58 + 28,
    height: lines.length * FONT_SIZE.topic * LINE_HEIGHT + 16,
  };
}
