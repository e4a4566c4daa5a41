// The concept map against the matrix, on the Banten demo: every number on the map (node sizes, case
// link weights, the topic's count of coded passages) equals the Matrix view's table as shown. And
// saved views: a change is one step of undo; a view of its own keeps its layout; the hierarchy
// chart and the cases × codes view are drawn with their marked elements. Screenshots go to docs/.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ROOT, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";

const workbench = useBrowserWorkbench();

/** The Matrix view's table as shown: rows by label with their cells and total, and the footer's totals. */
async function matrixTable(page: Page) {
  await page.getByRole("button", { name: "Matrix", exact: true }).click();
  const table = page.getByRole("region", { name: "Matrix" }).locator("table");
  await table.waitFor();
  const columns = (await table.locator("thead th").allTextContents()).slice(1, -1);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => ({ label: tr.querySelector("th")!.textContent!.replace(/^[▸▾]\s*/, "").trim(), values: Array.from(tr.querySelectorAll("td"), (td) => Number(td.textContent!.replace(/\D/g, ""))) })));
  const footer = await table.locator("tfoot td").evaluateAll((tds) => tds.map((td) => Number(td.textContent!.replace(/\D/g, ""))));
  return { columns, rows, footer };
}

/** A screenshot of the page also kept in docs/, for the README. */
async function docScreenshot(page: Page, name: string) {
  const path = await screenshot(page, name);
  mkdirSync(join(ROOT, "docs", "screenshots"), { recursive: true });
  copyFileSync(path, join(ROOT, "docs", "screenshots", `${name}.png`));
}

describe("concept map and matrix", () => {
  it("shows on the map the matrix's numbers, saves views as undoable commands, and draws the two charts", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.setViewportSize({ width: 1440, height: 960 });
    const matrix = await matrixTable(page);
    expect(matrix.columns).toHaveLength(6);

    await page.getByRole("banner").getByRole("button", { name: "Concept map", exact: true }).click();
    const map = page.locator('svg.concept-map-svg[data-settled="true"]');
    await map.waitFor();
    const nodes = await map.locator("g[data-kind]").evaluateAll((gs) => gs.map((g) => ({ id: g.getAttribute("data-id")!, kind: g.getAttribute("data-kind")!, label: g.getAttribute("data-label")!, references: Number(g.getAttribute("data-references")) })));
    const links = await map.locator('path[data-kind="case"]').evaluateAll((ps) => ps.map((p) => ({ ends: p.getAttribute("data-link")!.split(" "), weight: Number(p.getAttribute("data-weight")) })));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const row = (label: string) => matrix.rows.find((r) => r.label === label)!;
    let checked = 0;
    for (const node of nodes) {
      if (node.kind === "theme" || node.kind === "code") expect([node.label, node.references]).toEqual([node.label, row(node.label).values.at(-1)]);
      if (node.kind === "case") expect([node.label, node.references]).toEqual([node.label, matrix.footer[matrix.columns.indexOf(node.label)]]);
      if (node.kind === "topic") expect(node.references).toBe(matrix.footer.at(-1));
      checked++;
    }
    expect(checked).toBe(1 + 5 + 13 + 6);
    for (const link of links) {
      const [from, to] = [byId.get(link.ends[0]!)!, byId.get(link.ends[1]!)!];
      expect([from.label, to.label, link.weight]).toEqual([from.label, to.label, row(to.label).values[matrix.columns.indexOf(from.label)]]);
    }
    // Every nonzero cell of a code without sub-codes has its link.
    const leafCells = matrix.rows.filter((r) => nodes.some((n) => n.kind === "code" && n.label === r.label)).flatMap((r) => r.values.slice(0, -1).filter((v) => v > 0));
    expect(links).toHaveLength(leafCells.length);
    // The summary says what it counts: codings and coded passages (30 codings in 27 passages).
    await expect.poll(() => page.locator(".concept-map-hint").textContent()).toContain(`30 codings in ${matrix.footer.at(-1)} coded passages`);
    expect(matrix.footer.at(-1)).toBe(27);
    await expect.poll(() => page.locator(".concept-map-legend").textContent()).toMatch(/Size: references \(coded passages\), from 1 to 13/);

    // A view change is saved as a view and is one step of undo.
    const topicLabel = () => map.locator('[data-label-for="topic"]').evaluate((text) => Array.from(text.querySelectorAll("tspan"), (t) => t.textContent).join(" "));
    await page.getByLabel("Layout").selectOption("radial");
    await page.locator('svg.concept-map-svg[data-layout="radial"][data-settled="true"]').waitFor();
    await expect.poll(() => page.getByLabel("Map view").locator("option").allTextContents()).toEqual(["Map 1"]);
    await page.getByLabel("Topic", { exact: true }).fill("Media sosial dan pelayanan publik");
    await page.getByLabel("Topic", { exact: true }).press("Enter");
    await expect.poll(() => topicLabel()).toBe("Media sosial dan pelayanan publik");
    await page.keyboard.press("Control+z");
    await expect.poll(() => topicLabel()).toBe("Pelayanan publik berbasis media sosial");
    await docScreenshot(page, "concept-map-radial");

    // A second view of its own: the force layout; the first keeps the mind map.
    await page.getByLabel("View name").fill("Force");
    await page.getByRole("button", { name: "Save as new view" }).click();
    await expect.poll(() => page.getByLabel("Map view").locator("option").allTextContents()).toEqual(["Force", "Map 1"]);
    await page.getByLabel("Map view").selectOption({ label: "Force" });
    await page.getByLabel("Layout").selectOption("force");
    await page.locator('svg.concept-map-svg[data-layout="force"][data-settled="true"]').waitFor();
    await docScreenshot(page, "concept-map-force");
    await page.getByLabel("Map view").selectOption({ label: "Map 1" });
    await page.locator('svg.concept-map-svg[data-layout="radial"][data-settled="true"]').waitFor();

    // Hovering a node lists its passages.
    await map.locator('g[data-label="Efisiensi layanan"] [data-node]').hover();
    await expect.poll(() => page.getByRole("tooltip").locator("li").count()).toBe(3);
    await page.mouse.move(5, 5);

    // The hierarchy chart, in references then coverage; the cases × codes view.
    await page.getByLabel("Layout").selectOption("hierarchy");
    const chart = page.locator('svg.concept-map-svg[data-layout="hierarchy"][data-settled="true"]');
    await chart.waitFor();
    expect(await chart.locator("[data-node]").count()).toBe(5 + 13);
    const kendala = await chart.locator(`[data-label-for="${nodes.find((n) => n.label === "Kendala tata kelola")!.id}"]`).textContent();
    expect(kendala).toContain(String(row("Kendala tata kelola").values.at(-1)));
    await docScreenshot(page, "concept-map-hierarchy");
    await page.getByLabel("Size by").selectOption("coverage");
    await expect.poll(() => chart.locator("[data-node] title").first().textContent()).toMatch(/%/);
    await page.getByLabel("Layout").selectOption("bipartite");
    const bipartite = page.locator('svg.concept-map-svg[data-layout="bipartite"][data-settled="true"]');
    await bipartite.waitFor();
    expect(await bipartite.locator("[data-link]").count()).toBe(links.length);
    await docScreenshot(page, "concept-map-cases-codes");
    await context.close();
  });
});
