// The concept map's placement in Node, on the Banten study and on the generated project of 300
// nodes, with label sizes estimated from their wrapped lines (the browser measures them; its own
// geometry test checks the drawn SVG): in both layouts no box of a node (shape or label) overlaps
// another node's, and no link, sampled every map unit along its points, comes within a node's
// shape (a circle round codes and themes) or a label's box other than its ends' own. And the same input gives the same placement.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { conceptGraph, type ConceptGraph } from "../../../src/core/analysis/conceptGraph";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { enclosingRadius, labelBox, shapeHalf } from "../../../src/viz/conceptMap/layout/nodeGeometry";
import { linkKey, placeMap, type NodeInput, type Placement } from "../../../src/viz/conceptMap/layout/placeMap";
import { FONT_SIZE, LINE_HEIGHT, radiusScale, topicSize, WRAP_AT, wrapLabel } from "../../../src/viz/conceptMap/mapStyle";
import { estimatedLabelWidth } from "../../../src/viz/conceptMap/radialLayout";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { generatedMapProject } from "../../support/generatedMapProject";

function graphOf(content: ProjectContent): ConceptGraph {
  const input = { projectName: content.project.name, codes: content.codes, codings: content.codings, documents: content.documents, cases: content.cases, caseDocuments: content.caseDocuments };
  return conceptGraph(input, { includeCases: true, includeCooccurrence: true, minWeight: 0 });
}

function inputsOf(graph: ConceptGraph): Map<string, NodeInput> {
  const radius = radiusScale(graph);
  return new Map(
    graph.nodes.map((node) => {
      const lines = wrapLabel(node.label, WRAP_AT[node.kind]).length;
      const size = FONT_SIZE[node.kind];
      const measure = { width: Math.ceil(estimatedLabelWidth(node)) + 2, top: -Math.ceil(size) - 1, bottom: Math.ceil((lines - 1) * size * LINE_HEIGHT + size * 0.3) + 1 };
      return [node.id, { node, measure, half: shapeHalf(node.kind, radius(node), node.kind === "topic" ? topicSize(node.label) : undefined) }];
    }),
  );
}

interface Rect {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every problem found by checking all pairs and every sampled point against every node and label. */
function problems(graph: ConceptGraph, inputs: Map<string, NodeInput>, placement: Placement): string[] {
  const found: string[] = [];
  const shapes: Rect[] = [];
  const labels: Rect[] = [];
  const circles: { id: string; x: number; y: number; r: number }[] = [];
  for (const node of graph.nodes) {
    const { x, y, side } = placement.nodes.get(node.id)!;
    const { half, measure } = inputs.get(node.id)!;
    shapes.push({ id: node.id, x1: x - half.w, y1: y - half.h, x2: x + half.w, y2: y + half.h });
    if (node.kind === "code" || node.kind === "theme") circles.push({ id: node.id, x, y, r: enclosingRadius(node.kind, half) });
    if (side !== "inside") {
      const b = labelBox(side, half, measure);
      labels.push({ id: node.id, x1: x + b.x, y1: y + b.y, x2: x + b.x + b.w, y2: y + b.y + b.h });
    }
  }
  // Links keep out of circles round codes and themes, and out of the boxes of cases, the topic and labels.
  const blocks = [...shapes.filter((s) => !circles.some((c) => c.id === s.id)), ...labels];
  const boxes = [...shapes, ...labels];
  const overlap = (a: Rect, b: Rect) => Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => a.id !== b.id && overlap(a, b) && found.push(`${a.id} overlaps ${b.id}`)));
  for (const link of graph.links) {
    const route = placement.routes.get(linkKey(link))!;
    const ends = new Set([link.source, link.target]);
    const hits = new Set<string>();
    for (let k = 1; k < route.points.length; k++) {
      const [a, b] = [route.points[k - 1]!, route.points[k]!];
      // Only what lies near the segment, then every map unit along it.
      const [x1, x2, y1, y2] = [Math.min(a.x, b.x) - 30, Math.max(a.x, b.x) + 30, Math.min(a.y, b.y) - 30, Math.max(a.y, b.y) + 30];
      const nearCircles = circles.filter((c) => !ends.has(c.id) && c.x > x1 && c.x < x2 && c.y > y1 && c.y < y2);
      const nearBlocks = blocks.filter((l) => !ends.has(l.id) && l.x2 > x1 && l.x1 < x2 && l.y2 > y1 && l.y1 < y2);
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)));
      for (let s = 0; s <= steps; s++) {
        const [x, y] = [a.x + ((b.x - a.x) * s) / steps, a.y + ((b.y - a.y) * s) / steps];
        for (const c of nearCircles) if (Math.hypot(c.x - x, c.y - y) < c.r) hits.add(`node ${c.id}`);
        for (const l of nearBlocks) if (x > l.x1 && x < l.x2 && y > l.y1 && y < l.y2) hits.add(shapes.includes(l) ? `node ${l.id}` : `label of ${l.id}`);
      }
    }
    for (const hit of hits) found.push(`${linkKey(link)} passes ${hit}`);
  }
  return found;
}

let banten: ProjectContent;
beforeAll(async () => {
  banten = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
});

describe("placeMap", () => {
  for (const layout of ["radial", "force"] as const) {
    it(`places the Banten map (${layout}) with no overlap and no link through a node or under a label`, () => {
      const graph = graphOf(banten);
      const inputs = inputsOf(graph);
      const placement = placeMap(graph, inputs, layout, new Map());
      expect(problems(graph, inputs, placement)).toEqual([]);
      expect([...placement.routes.values()].every((r) => r.clear)).toBe(true);
    });

    it(`places the generated map of 300 nodes (${layout}) with no overlap and no link through a node or under a label, the same twice`, () => {
      const graph = graphOf(generatedMapProject());
      expect(graph.nodes).toHaveLength(300);
      const inputs = inputsOf(graph);
      const placement = placeMap(graph, inputs, layout, new Map());
      expect(problems(graph, inputs, placement)).toEqual([]);
      const again = placeMap(graphOf(generatedMapProject()), inputs, layout, new Map());
      expect([...again.routes.values()].map((r) => r.d)).toEqual([...placement.routes.values()].map((r) => r.d));
      expect([...again.nodes.values()]).toEqual([...placement.nodes.values()]);
    });
  }

  it("keeps a pinned node where it was pinned and still routes every link clear", () => {
    const graph = graphOf(banten);
    const inputs = inputsOf(graph);
    const code = graph.nodes.find((n) => n.kind === "code")!;
    const placement = placeMap(graph, inputs, "radial", new Map([[code.id, { x: 0, y: -700 }]]));
    expect(placement.nodes.get(code.id)).toMatchObject({ x: 0, y: -700 });
    expect(problems(graph, inputs, placement)).toEqual([]);
  });
});
