// The radial (mind-map) layout: the topic in the centre, themes on a ring around it, each theme's
// codes on an outer ring in the theme's sector (deeper codes further out), and cases on the outermost
// ring, each placed near the codes it is linked to, beyond a corridor for their links. Rings are
// ellipses, wider than tall: labels run horizontally, so beside a node they need width and above or
// below it only a line or two; codes are spread round their ring by the room their labels need at
// each angle, and the ring is as large as that room all round requires.
import type { ConceptGraph, ConceptNode } from "../../core/analysis/conceptGraph";
import { FONT_SIZE, LINE_HEIGHT, topicSize, WRAP_AT, wrapLabel } from "./mapStyle";
import type { Point } from "./layout/geometry";

export type { Point } from "./layout/geometry";

/** A ring's horizontal and vertical radius. */
export interface Ring {
  rx: number;
  ry: number;
}

export interface RadialLayout {
  positions: Map<string, Point>;
  /** The shapes of the codes' first ring and of the cases' ring (when there are cases), which the corridors follow. */
  rings: { code: Ring; case: Ring | null };
}

const TAU = 2 * Math.PI;
/** Room between the codes' labels and the cases, wide enough for the case links to run round in. */
const CORRIDOR = 75;

/** A label's width in map units, estimated from its longest wrapped line (when it is not measured). */
export function estimatedLabelWidth(node: ConceptNode): number {
  const longest = Math.max(...wrapLabel(node.label, WRAP_AT[node.kind]).map((line) => line.length));
  return longest * FONT_SIZE[node.kind] * 0.56;
}

function labelHeight(kind: ConceptNode["kind"]): number {
  return 2 * FONT_SIZE[kind] * LINE_HEIGHT;
}

/**
 * When the map would come out wider than 16:10, its rings are made taller (up to half as tall
 * again) to use the height of a page or screen. The picture never depends on the window.
 */
export function radialLayout(graph: ConceptGraph, labelWidth: (node: ConceptNode) => number = estimatedLabelWidth): RadialLayout {
  const aspect = 1.6;
  const children = new Map<string, string[]>();
  for (const link of graph.links) {
    if (link.kind !== "theme" && link.kind !== "code") continue;
    const list = children.get(link.source) ?? [];
    list.push(link.target);
    children.set(link.source, list);
  }
  const topic = graph.nodes.find((n) => n.kind === "topic");
  const themes = graph.nodes.filter((n) => n.kind === "theme");
  const codes = graph.nodes.filter((n) => n.kind === "code");
  const cases = graph.nodes.filter((n) => n.kind === "case");

  /** Leaf slots under a node: each leaf code takes one; a theme without codes takes one. */
  const slots = new Map<string, number>();
  const countSlots = (id: string): number => {
    const own = children.get(id) ?? [];
    const n = own.length === 0 ? 1 : own.reduce((sum, child) => sum + countSlots(child), 0);
    slots.set(id, n);
    return n;
  };
  const totalSlots = themes.reduce((sum, theme) => sum + countSlots(theme.id), 0) || 1;

  // Ring sizes: room for the topic, then for labels between the rings; more nodes, larger rings.
  const centre = topic ? topicSize(topic.label) : { width: 0, height: 0 };
  const codeLabel = Math.max(60, ...codes.map(labelWidth));
  const themeSpacing = Math.max(90, ...themes.map((t) => labelWidth(t) + 16));
  const themeRing: Ring = grow({ rx: centre.width / 2 + 55, ry: centre.height / 2 + 52 }, themes.length, themeSpacing);
  const meanLabel = codes.length === 0 ? 60 : codes.reduce((sum, c) => sum + labelWidth(c), 0) / codes.length;
  const codeBase: Ring = { rx: themeRing.rx + 100, ry: themeRing.ry + 52 + labelHeight("theme") };
  const spread = new AngleSpread(codeBase, meanLabel, labelHeight("code"));
  const codeRing: Ring = { rx: codeBase.rx * Math.max(1, totalSlots / spread.capacity), ry: codeBase.ry * Math.max(1, totalSlots / spread.capacity) };
  const depthGap: Ring = { rx: codeLabel + 50, ry: labelHeight("code") + 40 };
  const codeRingAt = (depth: number): Ring => ({ rx: codeRing.rx + (depth - 1) * depthGap.rx, ry: codeRing.ry + (depth - 1) * depthGap.ry });

  const positions = new Map<string, Point>();
  if (topic) positions.set(topic.id, { x: 0, y: 0 });
  // Slots are even in the spread's measure, so each code has room for its label wherever it is.
  const at = (angle: number, ring: Ring): Point => {
    const a = spread.angle(angle);
    return { x: ring.rx * Math.cos(a), y: ring.ry * Math.sin(a) };
  };
  const angles = new Map<string, number>();
  let maxDepth = 1;

  /** Lays out a node's descendants in [from, from + sector), returning the node's angle. */
  const placeSubtree = (id: string, from: number, sector: number, depth: number): number => {
    const own = children.get(id) ?? [];
    if (own.length === 0) return from + sector / 2;
    let start = from;
    const childAngles = own.map((child) => {
      const share = (sector * slots.get(child)!) / slots.get(id)!;
      const a = placeSubtree(child, start, share, depth + 1);
      angles.set(child, spread.angle(a));
      positions.set(child, at(a, codeRingAt(depth)));
      maxDepth = Math.max(maxDepth, depth);
      start += share;
      return a;
    });
    return (childAngles[0]! + childAngles[childAngles.length - 1]!) / 2;
  };
  const firstSector = themes.length > 0 ? (TAU * slots.get(themes[0]!.id)!) / totalSlots : 0;
  let angle = -Math.PI / 2 - firstSector / 2;
  for (const theme of themes) {
    const sector = (TAU * slots.get(theme.id)!) / totalSlots;
    const own = placeSubtree(theme.id, angle, sector, 1);
    angles.set(theme.id, spread.angle(own));
    positions.set(theme.id, at(own, themeRing));
    angle += sector;
  }

  const outer = codes.length > 0 ? codeRingAt(maxDepth) : themeRing;
  const caseRing = grow(codes.length > 0 ? { rx: outer.rx + codeLabel + CORRIDOR, ry: outer.ry + labelHeight("code") + CORRIDOR } : { rx: outer.rx + 110, ry: outer.ry + 80 }, cases.length, 80);
  placeCases(graph, cases, angles, (id, a) => positions.set(id, { x: caseRing.rx * Math.cos(a), y: caseRing.ry * Math.sin(a) }));

  const outermost = cases.length > 0 ? caseRing : outer;
  const [width, height] = [2 * (outermost.rx + 60), 2 * (outermost.ry + 30)];
  const stretch = Math.min(1.5, Math.max(1, width / Math.max(0.5, aspect) / height));
  if (stretch > 1) for (const point of positions.values()) point.y *= stretch;
  return { positions, rings: { code: { rx: codeRing.rx, ry: codeRing.ry * stretch }, case: cases.length > 0 ? { rx: caseRing.rx, ry: caseRing.ry * stretch } : null } };
}

/** The ring, enlarged when `count` nodes would be closer than `spacing` along it. */
function grow(ring: Ring, count: number, spacing: number): Ring {
  const perimeter = Math.PI * (ring.rx + ring.ry);
  const factor = Math.max(1, (count * spacing) / perimeter);
  return { rx: ring.rx * factor, ry: ring.ry * factor };
}

/**
 * Cases evenly around the ring, in the order of the mean angle of the codes each is linked to (by
 * weight), the ring turned so that each case sits as near that angle as the spacing allows.
 */
function placeCases(graph: ConceptGraph, cases: ConceptNode[], angles: Map<string, number>, place: (id: string, angle: number) => void): void {
  if (cases.length === 0) return;
  const preferred = cases.map((c, i) => {
    let x = 0;
    let y = 0;
    for (const link of graph.links) {
      const a = link.kind === "case" && link.source === c.id ? angles.get(link.target) : undefined;
      if (a === undefined) continue;
      x += link.weight * Math.cos(a);
      y += link.weight * Math.sin(a);
    }
    return { id: c.id, angle: Math.hypot(x, y) < 1e-9 ? -Math.PI / 2 + (TAU * i) / cases.length : Math.atan2(y, x) };
  });
  preferred.sort((a, b) => a.angle - b.angle);
  const step = TAU / cases.length;
  let x = 0;
  let y = 0;
  preferred.forEach((p, i) => {
    x += Math.cos(p.angle - i * step);
    y += Math.sin(p.angle - i * step);
  });
  const offset = Math.hypot(x, y) < 1e-9 ? 0 : Math.atan2(y, x);
  preferred.forEach((p, i) => place(p.id, offset + i * step));
}

/** Room a code needs along the ring, beside it or above it as its label sits there: the code's diameter and the label's box, plus a gap. */
const CODE_ROOM = 34;
const STEPS = 720;

/**
 * Spreading angles round an elliptical ring so that nodes get room by their labels: near the ring's
 * sides a label sits beside its node and needs a line's height along the ring, near the top and the
 * bottom it sits above or below and needs its width. Even angles are mapped to angles even in "room
 * used" (from the top, clockwise), and `capacity` says how many nodes fit round the ring.
 */
class AngleSpread {
  /** Cumulative room in node units from the top, at STEPS + 1 angles. */
  private readonly cumulative = new Float64Array(STEPS + 1);
  readonly capacity: number;

  constructor(ring: Ring, labelWidth: number, labelHeight: number) {
    const step = TAU / STEPS;
    for (let i = 0; i < STEPS; i++) {
      const a = -Math.PI / 2 + (i + 0.5) * step;
      const [x, y] = [ring.rx * Math.cos(a), ring.ry * Math.sin(a)];
      const beside = Math.abs(x) / Math.hypot(x, y) >= 0.34;
      const [w, h] = beside ? [CODE_ROOM + labelWidth, Math.max(CODE_ROOM, labelHeight)] : [Math.max(CODE_ROOM, labelWidth), CODE_ROOM + labelHeight];
      const [tx, ty] = [-ring.rx * Math.sin(a), ring.ry * Math.cos(a)];
      const length = Math.hypot(tx, ty);
      // Two boxes a distance apart along the ring (direction t) are clear once apart along x or along y.
      const room = Math.min(w / Math.max(1e-9, Math.abs(tx) / length), h / Math.max(1e-9, Math.abs(ty) / length)) + 8;
      this.cumulative[i + 1] = this.cumulative[i]! + (length * step) / room;
    }
    this.capacity = this.cumulative[STEPS]!;
  }

  /** The angle at which an even angle `even` (radians, any turn) falls. */
  angle(even: number): number {
    const turns = Math.floor((even + Math.PI / 2) / TAU);
    const want = (((even + Math.PI / 2) / TAU - turns) * this.capacity) % this.capacity;
    let [lo, hi] = [0, STEPS];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! <= want) lo = mid;
      else hi = mid;
    }
    const span = this.cumulative[hi]! - this.cumulative[lo]!;
    const fraction = span > 0 ? (want - this.cumulative[lo]!) / span : 0;
    return -Math.PI / 2 + (turns + (lo + fraction) / STEPS) * TAU;
  }
}
