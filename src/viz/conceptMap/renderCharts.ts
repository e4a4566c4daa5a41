// The two other pictures of the codebook, drawn with d3 into the map's SVG: the hierarchy chart
// (a sunburst: themes on the inner ring, their codes outside them, each arc sized by its matrix
// value in references, characters coded or coverage and labelled with that number) and the case ×
// code view (cases in a column on the left, codes on the right in codebook order, cases ordered by
// the mean position of their codes so that links cross less, link width by references). Shapes
// carry data-node, labels data-label-for and links data-link, as on the map.
import { arc, hierarchy, partition, select, type HierarchyRectangularNode } from "d3";
import type { ConceptGraph } from "../../core/analysis/conceptGraph";
import type { MatrixRow } from "../../core/analysis/matrix";
import { NEUTRAL_CODE_COLOR } from "../../core/model/palette";
import { formatCount } from "../../lang";
import { CASE_FILL, CASE_STROKE, FONT_FAMILY, INK, LINK_COLORS, nodeFill, THEME_FILL, widthScale } from "./mapStyle";
import { round } from "./layout/routeLinks";

interface Slice {
  id: string;
  label: string;
  value: number;
  color: string | null;
  children: Slice[];
}

/** Clears the SVG and returns a fresh viewport group. */
function freshViewport(svg: SVGSVGElement) {
  const root = select(svg);
  root.selectAll("*").remove();
  root.on(".zoom", null).attr("data-settled", "false");
  return root.append("g").attr("data-role", "viewport").attr("font-family", FONT_FAMILY);
}

/** Fits the drawing into the SVG by its viewBox. */
function fitViewBox(svg: SVGSVGElement, pad = 16): void {
  const box = svg.querySelector<SVGGElement>("g[data-role=viewport]")!.getBBox();
  svg.setAttribute("viewBox", `${round(box.x - pad)} ${round(box.y - pad)} ${round(box.width + 2 * pad)} ${round(box.height + 2 * pad)}`);
  svg.setAttribute("data-settled", "true");
}

export function drawHierarchy(svg: SVGSVGElement, rows: MatrixRow[], colors: Map<string, string | null>, format: (value: number) => string): void {
  const viewport = freshViewport(svg);
  svg.setAttribute("data-layout", "hierarchy");
  const top: Slice = { id: "topic", label: "", value: 0, color: null, children: [] };
  const stack: Slice[] = [top];
  for (const row of rows) {
    const slice: Slice = { id: row.codeId, label: row.path[row.path.length - 1]!, value: row.total, color: colors.get(row.codeId) ?? null, children: [] };
    stack.length = row.depth + 1;
    stack[row.depth]!.children.push(slice);
    stack.push(slice);
  }
  // Arcs span their children; a leaf's span is its own value (an empty one a sliver, so it stays visible).
  const root = hierarchy(top, (d) => d.children).sum((d) => (d.children.length === 0 ? Math.max(d.value, 1e-3) : 0));
  const depth = root.height;
  const ring = 110;
  const laid = partition<Slice>().size([2 * Math.PI, (depth + 1) * ring])(root);
  const shape = arc<HierarchyRectangularNode<Slice>>()
    .startAngle((d) => d.x0)
    .endAngle((d) => d.x1)
    .innerRadius((d) => d.y0)
    .outerRadius((d) => d.y1 - 2)
    .padAngle(0.004);
  const nodes = laid.descendants().filter((d) => d.depth > 0);
  viewport
    .selectAll("path")
    .data(nodes)
    .join("path")
    .attr("data-node", (d) => d.data.id)
    .attr("d", (d) => shape(d) ?? "")
    .attr("fill", (d) => d.data.color ?? (d.depth === 1 ? THEME_FILL : NEUTRAL_CODE_COLOR))
    .attr("fill-opacity", (d) => (d.depth === 1 ? 0.55 : 0.85))
    .attr("stroke", "#ffffff")
    .attr("stroke-width", 1.5)
    .append("title")
    .text((d) => `${d.data.label}: ${format(d.data.value)}`);
  // Labels where the arc has room for them, upright, at the arc's middle.
  const fits = (d: HierarchyRectangularNode<Slice>) => (d.x1 - d.x0) * ((d.y0 + d.y1) / 2) > 34;
  const labels = viewport.selectAll("text").data(nodes.filter(fits)).join("text");
  labels
    .attr("data-label-for", (d) => d.data.id)
    .attr("text-anchor", "middle")
    .attr("font-size", (d) => (d.depth === 1 ? 12.5 : 11))
    .attr("font-weight", (d) => (d.depth === 1 ? 700 : 400))
    .attr("fill", INK)
    .attr("pointer-events", "none")
    .attr("transform", (d) => {
      const angle = (d.x0 + d.x1) / 2 - Math.PI / 2;
      const r = (d.y0 + d.y1) / 2;
      return `translate(${round(r * Math.cos(angle))},${round(r * Math.sin(angle))})`;
    });
  labels.append("tspan").attr("x", 0).attr("y", -2).text((d) => (d.data.label.length > 18 ? `${d.data.label.slice(0, 17)}…` : d.data.label));
  labels.append("tspan").attr("x", 0).attr("y", 11).attr("font-weight", 400).text((d) => format(d.data.value));
  fitViewBox(svg);
}

export function drawBipartite(svg: SVGSVGElement, graph: ConceptGraph): void {
  const viewport = freshViewport(svg);
  svg.setAttribute("data-layout", "bipartite");
  // Codes passages are coded at directly (those case links go to), in codebook order.
  const linked = new Set(graph.links.filter((l) => l.kind === "case").map((l) => l.target));
  const shownCodes = graph.nodes.filter((n) => (n.kind === "code" || n.kind === "theme") && linked.has(n.id));
  const codeIndex = new Map(shownCodes.map((c, i) => [c.id, i]));
  const cases = graph.nodes.filter((n) => n.kind === "case");
  const mean = (id: string) => {
    const targets = graph.links.filter((l) => l.kind === "case" && l.source === id);
    const total = targets.reduce((s, l) => s + l.weight, 0);
    return total === 0 ? Infinity : targets.reduce((s, l) => s + l.weight * (codeIndex.get(l.target) ?? 0), 0) / total;
  };
  const orderedCases = [...cases].sort((a, b) => mean(a.id) - mean(b.id) || (a.label < b.label ? -1 : 1));
  const row = 30;
  const height = Math.max(shownCodes.length, orderedCases.length) * row;
  const caseY = (i: number) => (height - orderedCases.length * row) / 2 + i * row + row / 2;
  const codeY = (i: number) => (height - shownCodes.length * row) / 2 + i * row + row / 2;
  const [left, right] = [0, 460];
  const width = widthScale(graph);
  const casePosition = new Map(orderedCases.map((c, i) => [c.id, caseY(i)]));
  viewport
    .append("g")
    .attr("fill", "none")
    .selectAll("path")
    .data(graph.links.filter((l) => l.kind === "case" && codeIndex.has(l.target)))
    .join("path")
    .attr("data-link", (l) => `${l.source} ${l.target}`)
    .attr("data-weight", (l) => l.weight)
    .attr("d", (l) => {
      const [y1, y2] = [casePosition.get(l.source)!, codeY(codeIndex.get(l.target)!)];
      return `M${left + 10},${round(y1)}C${(left + right) / 2},${round(y1)} ${(left + right) / 2},${round(y2)} ${right - 10},${round(y2)}`;
    })
    .attr("stroke", LINK_COLORS.case)
    .attr("stroke-opacity", 0.55)
    .attr("stroke-width", (l) => round(width(l)));
  const caseGroup = viewport.append("g");
  orderedCases.forEach((c, i) => {
    caseGroup.append("rect").attr("data-node", c.id).attr("x", left - 9).attr("y", round(caseY(i) - 9)).attr("width", 18).attr("height", 18).attr("rx", 2).attr("fill", CASE_FILL).attr("stroke", CASE_STROKE).attr("stroke-width", 1.6);
    caseGroup.append("text").attr("data-label-for", c.id).attr("x", left - 16).attr("y", round(caseY(i) + 4.5)).attr("text-anchor", "end").attr("font-size", 13).attr("font-weight", 600).attr("fill", INK).text(`${c.label} (${formatCount(c.references)})`);
  });
  const codeGroup = viewport.append("g");
  shownCodes.forEach((c, i) => {
    codeGroup.append("circle").attr("data-node", c.id).attr("cx", right).attr("cy", round(codeY(i))).attr("r", 8).attr("fill", nodeFill(c)).attr("stroke", "#ffffff");
    codeGroup.append("text").attr("data-label-for", c.id).attr("x", right + 14).attr("y", round(codeY(i) + 4.5)).attr("font-size", 13).attr("fill", INK).text(`${c.label} (${formatCount(c.references)})`);
  });
  fitViewBox(svg);
}
