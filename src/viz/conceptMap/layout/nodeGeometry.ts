// The size of each node's shape and where its label goes, shared by the layouts (which keep boxes
// apart) and the drawing (which puts the shapes and text there). Themes are diamonds, codes circles,
// cases squares and the topic a pill, so that kinds differ in black and white too.
import type { ConceptNode } from "../../../core/analysis/conceptGraph";
import type { Box } from "./geometry";

export type LabelSide = "left" | "right" | "above" | "below" | "inside";

/** A label's measured extent: its width, and its top and bottom relative to the first line's baseline. */
export interface LabelMeasure {
  width: number;
  top: number;
  bottom: number;
}

/** Half the width and height of a node's shape, from its radius (the topic: from its pill). */
export function shapeHalf(kind: ConceptNode["kind"], r: number, topic?: { width: number; height: number }): { w: number; h: number } {
  if (kind === "topic" && topic) return { w: topic.width / 2, h: topic.height / 2 };
  if (kind === "theme") return { w: r * 1.2, h: r * 1.2 };
  if (kind === "case") return { w: r * 0.9, h: r * 0.9 };
  return { w: r, h: r };
}

/** The radius of a circle round the node's shape, which links keep out of. */
export function enclosingRadius(kind: ConceptNode["kind"], half: { w: number; h: number }): number {
  return kind === "code" || kind === "theme" ? Math.max(half.w, half.h) : Math.hypot(half.w, half.h);
}

const GAP = 4;

/** Where the label's text is anchored, relative to the node's centre, and how. */
export function labelAnchor(side: LabelSide, half: { w: number; h: number }, measure: LabelMeasure): { x: number; y: number; anchor: "start" | "middle" | "end" } {
  const height = measure.bottom - measure.top;
  switch (side) {
    case "right":
      return { x: half.w + GAP, y: -height / 2 - measure.top, anchor: "start" };
    case "left":
      return { x: -(half.w + GAP), y: -height / 2 - measure.top, anchor: "end" };
    case "above":
      return { x: 0, y: -(half.h + GAP) - measure.bottom, anchor: "middle" };
    case "below":
      return { x: 0, y: half.h + GAP - measure.top, anchor: "middle" };
    case "inside":
      return { x: 0, y: -height / 2 - measure.top, anchor: "middle" };
  }
}

/** The label's box relative to the node's centre, on that side. */
export function labelBox(side: LabelSide, half: { w: number; h: number }, measure: LabelMeasure): Box {
  const { x, y, anchor } = labelAnchor(side, half, measure);
  const left = anchor === "start" ? x : anchor === "end" ? x - measure.width : x - measure.width / 2;
  return { x: left, y: y + measure.top, w: measure.width, h: measure.bottom - measure.top };
}

/** The side facing away from `centre`: beside the node where it lies to the left or right, above or below otherwise. */
export function sideAwayFrom(kind: ConceptNode["kind"], x: number, y: number, centre: { x: number; y: number }): LabelSide {
  if (kind === "topic") return "inside";
  const dx = x - centre.x;
  const dy = y - centre.y;
  const length = Math.hypot(dx, dy) || 1;
  if (kind !== "theme" && Math.abs(dx / length) >= 0.34) return dx > 0 ? "right" : "left";
  return dy < 0 ? "above" : "below";
}
