// Geometry checks of a drawn concept map, run in the page on the SVG as rendered: every node shape
// ([data-node]), label ([data-label-for]) and link ([data-link]) measured with getBBox and, for
// links, sampled along the path with getPointAtLength (so curves count as polylines), all mapped into
// the map's own coordinates. A link point is inside a node when the node's shape contains it
// (isPointInFill), so a circle is a circle, not its box; it is under a label when inside the label's
// box. Measured at the map's own scale (the zoom set aside meanwhile), as it is exported: text
// hinting at other zooms changes widths slightly.
import type { Locator } from "playwright-core";

export interface MapGeometryReport {
  nodes: number;
  labels: number;
  links: number;
  labelLabel: string[];
  labelNode: string[];
  nodeNode: string[];
  linkThroughNode: string[];
  /** Links passing under the label of a node other than their two ends. */
  linkUnderLabel: string[];
}

export function mapGeometry(svg: Locator): Promise<MapGeometryReport> {
  return svg.evaluate((root) => {
    const viewport = root.querySelector<SVGGElement>("g[data-role=viewport]")!;
    const zoom = viewport.getAttribute("transform");
    viewport.removeAttribute("transform");
    const toMap = viewport.getCTM()!.inverse();
    const boxOf = (element: SVGGraphicsElement) => {
      const box = element.getBBox();
      const m = toMap.multiply(element.getCTM()!);
      const corners = [new DOMPoint(box.x, box.y), new DOMPoint(box.x + box.width, box.y + box.height)].map((p) => p.matrixTransform(m));
      return { x1: Math.min(corners[0]!.x, corners[1]!.x), y1: Math.min(corners[0]!.y, corners[1]!.y), x2: Math.max(corners[0]!.x, corners[1]!.x), y2: Math.max(corners[0]!.y, corners[1]!.y) };
    };
    type Box = ReturnType<typeof boxOf>;
    const overlap = (a: Box, b: Box) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.01 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.01;
    const nodes = Array.from(root.querySelectorAll<SVGGeometryElement>("[data-node]"), (element) => ({ id: element.getAttribute("data-node")!, element, box: boxOf(element) }));
    const labels = Array.from(root.querySelectorAll<SVGTextElement>("[data-label-for]"), (element) => ({ id: element.getAttribute("data-label-for")!, text: element.textContent ?? "", box: boxOf(element) }));
    const name = new Map(labels.map((l) => [l.id, l.text]));
    const report = { nodes: nodes.length, labels: labels.length, links: 0, labelLabel: [] as string[], labelNode: [] as string[], nodeNode: [] as string[], linkThroughNode: [] as string[], linkUnderLabel: [] as string[] };
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a.box, b.box) && report.labelLabel.push(`${a.text} / ${b.text}`)));
    for (const a of labels) for (const b of nodes) if (a.id !== b.id && overlap(a.box, b.box)) report.labelNode.push(`${a.text} / node ${name.get(b.id)}`);
    nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => overlap(a.box, b.box) && report.nodeNode.push(`${name.get(a.id)} / ${name.get(b.id)}`)));
    const CELL = 50;
    const grid = new Map<string, typeof nodes>();
    for (const node of nodes) {
      for (let gx = Math.floor(node.box.x1 / CELL); gx <= Math.floor(node.box.x2 / CELL); gx++) {
        for (let gy = Math.floor(node.box.y1 / CELL); gy <= Math.floor(node.box.y2 / CELL); gy++) grid.set(`${gx},${gy}`, [...(grid.get(`${gx},${gy}`) ?? []), node]);
      }
    }
    const labelGrid = new Map<string, typeof labels>();
    for (const label of labels) {
      for (let gx = Math.floor(label.box.x1 / CELL); gx <= Math.floor(label.box.x2 / CELL); gx++) {
        for (let gy = Math.floor(label.box.y1 / CELL); gy <= Math.floor(label.box.y2 / CELL); gy++) labelGrid.set(`${gx},${gy}`, [...(labelGrid.get(`${gx},${gy}`) ?? []), label]);
      }
    }
    const paths = Array.from(root.querySelectorAll<SVGPathElement>("[data-link]"));
    report.links = paths.length;
    for (const path of paths) {
      const ends = new Set(path.getAttribute("data-link")!.split(" "));
      const m = toMap.multiply(path.getCTM()!);
      const length = path.getTotalLength();
      const hits = new Set<string>();
      const under = new Set<string>();
      for (let at = 0; at <= length; at += 2) {
        const point = path.getPointAtLength(at).matrixTransform(m);
        for (const node of grid.get(`${Math.floor(point.x / CELL)},${Math.floor(point.y / CELL)}`) ?? []) {
          if (ends.has(node.id) || hits.has(node.id)) continue;
          const b = node.box;
          if (point.x < b.x1 || point.x > b.x2 || point.y < b.y1 || point.y > b.y2) continue;
          const local = point.matrixTransform(toMap.multiply(node.element.getCTM()!).inverse());
          if (node.element.isPointInFill(local)) hits.add(node.id);
        }
        for (const label of labelGrid.get(`${Math.floor(point.x / CELL)},${Math.floor(point.y / CELL)}`) ?? []) {
          const b = label.box;
          if (!ends.has(label.id) && point.x > b.x1 && point.x < b.x2 && point.y > b.y1 && point.y < b.y2) under.add(label.id);
        }
      }
      const [source, target] = [...ends];
      for (const id of hits) report.linkThroughNode.push(`${name.get(source!)} — ${name.get(target!)} through ${name.get(id)}`);
      for (const id of under) report.linkUnderLabel.push(`${name.get(source!)} — ${name.get(target!)} under the label of ${name.get(id)}`);
    }
    if (zoom) viewport.setAttribute("transform", zoom);
    return report;
  });
}

/** The drawn map's markup, for comparing two drawings. */
export function mapMarkup(svg: Locator): Promise<string> {
  return svg.evaluate((root) => root.querySelector("g[data-role=viewport]")!.innerHTML);
}
