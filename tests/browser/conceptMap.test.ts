// The concept map in a real browser, on the Banten demo: opened from the header's "Concept map"
// button; the five themes, thirteen codes and six informants drawn as SVG text; the co-occurrence link
// of the two competence codes with weight 2; the minimum link weight and "Show cases"; dragging pins
// a node and double-clicking lets it go; the radial layout; the SVG, PNG and HTML exports, the
// report opening with the project's description (written in the projects dialog), in English and
// in Indonesian.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { ARTIFACTS, ROOT, openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { studyRows } from "../support/studyReference";

const workbench = useBrowserWorkbench();

const TOPIC = "Pelayanan publik berbasis media sosial";
const THEMES = [...new Set(studyRows().map((r) => r.theme))];
const CODES = [...new Set(studyRows().map((r) => r.code))];
const INFORMANTS = ["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`);
const DESCRIPTION = "Six informants on public services through social media in Banten.\n\nCoded by theme & case; <checked> twice.";

/** Opens the map from the header; fails, saying what is missing, when the app does not show it. */
async function openConceptMap(page: Page): Promise<Locator> {
  const button = page.getByRole("banner").getByRole("button", { name: "Concept map", exact: true });
  if ((await button.count()) === 0) {
    throw new Error('The header has no "Concept map" button: the app must offer one that calls useWorkbench.getState().showView("map").');
  }
  await button.click();
  const map = page.locator(`svg[role="img"][aria-label="Concept map of ${TOPIC}"]`);
  try {
    await map.waitFor({ timeout: 10_000 });
  } catch {
    throw new Error('"Concept map" was clicked but no concept map appeared: App must render <ConceptMapView projectId={projectId} /> (src/viz/conceptMap/ConceptMapView.tsx) when view === "map".');
  }
  return map;
}

/** Every label on the map, its lines joined by spaces. */
function labels(map: Locator): Promise<string[]> {
  return map.locator("text").evaluateAll((texts) => texts.map((t) => Array.from(t.querySelectorAll("tspan"), (s) => s.textContent).join(" ")));
}

const nodeId = async (map: Locator, label: string) => (await map.locator(`g[data-label="${label}"]`).getAttribute("data-id"))!;

/** The link between two nodes (either direction) of a kind, as { weight } or null. */
async function linkBetween(map: Locator, kind: string, a: string, b: string): Promise<{ weight: number } | null> {
  const [idA, idB] = [await nodeId(map, a), await nodeId(map, b)];
  const link = map.locator(`path[data-kind="${kind}"][data-link="${idA} ${idB}"], path[data-kind="${kind}"][data-link="${idB} ${idA}"]`);
  if ((await link.count()) === 0) return null;
  return { weight: Number(await link.first().getAttribute("data-weight")) };
}

/** Mean distance from the topic of the nodes of a kind, in map units. */
function meanDistance(map: Locator, kind: string): Promise<number> {
  return map.evaluate((svg, kind) => {
    const at = (g: Element) => (g.getAttribute("transform") ?? "").match(/translate\(([-\d.e]+),([-\d.e]+)\)/)!.slice(1).map(Number);
    const [x0, y0] = at(svg.querySelector('g[data-kind="topic"]')!);
    const nodes = Array.from(svg.querySelectorAll(`g[data-kind="${kind}"]`));
    return nodes.reduce((sum, g) => sum + Math.hypot(at(g)[0]! - x0!, at(g)[1]! - y0!), 0) / nodes.length;
  }, kind);
}

/** Labels that overlap another label or another node's shape: none, for a readable map. */
function overlaps(map: Locator): Promise<string[]> {
  return map.evaluate((svg) => {
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const labels = Array.from(svg.querySelectorAll('g[data-role="labels"] text'), (t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }));
    const shapes = Array.from(svg.querySelectorAll('g[data-role="nodes"] > g'), (g) => ({ text: (g.getAttribute("data-label") ?? "").replace(/\s/g, ""), box: g.querySelector("[data-node]")!.getBoundingClientRect() }));
    const found: string[] = [];
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => hit(a.box, b.box) && found.push(`${a.text} / ${b.text}`)));
    for (const a of labels) for (const b of shapes) if (b.text !== a.text.replace(/\s/g, "") && hit(a.box, b.box)) found.push(`${a.text} / node ${b.text}`);
    return found;
  });
}

async function download(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), content: readFileSync((await file.path())!) };
}

describe("concept map", () => {
  it("maps the Banten study: themes, codes, informants, co-occurrence, layouts and exports", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.setViewportSize({ width: 1440, height: 900 });
    const map = await openConceptMap(page);
    await page.locator('svg[data-layout="force"][data-settled="true"]').waitFor();
    expect(await page.evaluate(() => performance.getEntriesByName("telaah:map-settled").length)).toBeGreaterThan(0);

    // Every theme, code and informant, and the topic, as SVG text.
    expect(THEMES).toHaveLength(5);
    expect(CODES).toHaveLength(13);
    const shown = await labels(map);
    for (const name of [TOPIC, ...THEMES, ...CODES, ...INFORMANTS]) expect(shown).toContain(name);
    expect(await map.locator('g[data-kind="case"]').count()).toBe(6);
    expect(await overlaps(map)).toEqual([]);

    // Passages coded at both competence codes (Informan C and F) make a co-occurrence link of 2;
    // Informan B is linked to Efisiensi layanan by its three references.
    expect(await linkBetween(map, "cooccurrence", "Kompetensi aparatur kurang", "Peningkatan kompetensi")).toEqual({ weight: 2 });
    expect(await linkBetween(map, "case", "Informan B", "Efisiensi layanan")).toEqual({ weight: 3 });

    // Minimum link weight 2: weaker case and co-occurrence links go, the structure stays.
    const slider = page.getByLabel("Minimum link weight");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => slider.inputValue()).toBe("2");
    await expect.poll(() => linkBetween(map, "cooccurrence", "Partisipasi publik", "Memperpendek jarak")).toBeNull();
    expect(await linkBetween(map, "cooccurrence", "Kompetensi aparatur kurang", "Peningkatan kompetensi")).toEqual({ weight: 2 });
    const weights = await map.locator('path[data-kind="case"], path[data-kind="cooccurrence"]').evaluateAll((paths) => paths.map((p) => Number(p.getAttribute("data-weight"))));
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(2);
    expect(await map.locator('path[data-kind="code"]').count()).toBe(13);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => linkBetween(map, "cooccurrence", "Partisipasi publik", "Memperpendek jarak")).toEqual({ weight: 1 });

    // Without cases the informants go; with them they come back.
    // (A view change is a command: the control follows once it is saved.)
    await page.getByLabel("Show cases").click();
    await expect.poll(() => map.locator('g[data-kind="case"]').count()).toBe(0);
    await page.getByLabel("Show cases").click();
    await expect.poll(() => map.locator('g[data-kind="case"]').count()).toBe(6);
    await page.locator('svg[data-settled="true"]').waitFor();

    // Dragging a node pins it where it is dropped; a double-click lets it go.
    const node = map.locator('g[data-label="Respon admin lambat"]');
    // The map is drawn again once cases are back: wait for the node to be laid out on the page.
    await expect.poll(async () => (await node.locator("[data-node]").boundingBox()) !== null).toBe(true);
    const box = (await node.locator("[data-node]").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => node.getAttribute("data-pinned")).toBe("true");
    await expect.poll(() => node.locator("[data-node]").boundingBox()).not.toBeNull();
    const moved = (await node.locator("[data-node]").boundingBox())!;
    await page.mouse.dblclick(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await expect.poll(() => node.getAttribute("data-pinned")).toBeNull();
    await screenshot(page, "concept-map-force");

    // The radial layout: themes on the inner ring, codes further out, informants outermost.
    await page.getByLabel("Layout").selectOption("radial");
    await page.locator('svg[data-layout="radial"][data-settled="true"]').waitFor();
    const [themes, codes, cases] = [await meanDistance(map, "theme"), await meanDistance(map, "code"), await meanDistance(map, "case")];
    expect(themes).toBeLessThan(codes);
    expect(codes).toBeLessThan(cases);
    expect(await labels(map)).toEqual(shown);
    expect(await overlaps(map)).toEqual([]);
    await screenshot(page, "concept-map");

    // Export SVG: a standalone file with the title, every label as text, styles on the elements.
    const svg = await download(page, "Export SVG");
    expect(svg.name).toMatch(/Map 1\.svg$/);
    const svgText = svg.content.toString("utf8");
    expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain(`<title>Concept map of ${TOPIC}</title>`);
    const svgWords = svgText.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const name of [...THEMES, ...CODES, ...INFORMANTS]) expect(svgWords).toContain(name);
    expect(svgText).not.toContain("class=");
    expect(svgText).toContain('font-family="system-ui');

    // Export PNG: 1600 pixels wide, or 300 dpi over 17 cm (2008 pixels).
    const png = await download(page, "Export PNG");
    expect(png.content.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.content.readUInt32BE(16)).toBe(1600);
    await page.getByLabel("PNG size").selectOption("a4");
    expect((await download(page, "Export PNG")).content.readUInt32BE(16)).toBe(Math.round((17 / 2.54) * 300));

    // Export PDF: vector, every label as text (read back by poppler's pdftotext).
    const pdf = await download(page, "Export PDF");
    expect(pdf.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdfPath = join(ARTIFACTS, "concept-map.pdf");
    writeFileSync(pdfPath, pdf.content);
    const pdfWords = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const name of [TOPIC, ...THEMES, ...CODES, ...INFORMANTS]) for (const word of name.split(" ")) expect(pdfWords).toContain(word);
    expect(execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ")).toContain("Informan A");

    // The project's description, written in the projects dialog, opens the report.
    await page.getByRole("button", { name: /^Project/ }).click();
    await page.getByRole("button", { name: `Description of project ${TOPIC}` }).click();
    await page.getByLabel(`Description of project ${TOPIC}`).fill(DESCRIPTION);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => page.locator(".project-description").textContent()).toBe(DESCRIPTION);
    await screenshot(page, "projects-description");
    await page.getByRole("button", { name: "Close", exact: true }).click();

    // Export the report: one HTML file, opened from file:// with the network cut, shows the map
    // (hovering a node lists its passages), the matrix and the passages by theme and case.
    const report = await download(page, "Export report (HTML)");
    const reportPath = join(ARTIFACTS, "concept-map-report.html");
    mkdirSync(join(ROOT, "docs", "screenshots"), { recursive: true });
    writeFileSync(reportPath, report.content);
    const offline = await workbench().browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const requests: string[] = [];
    offline.on("request", (request) => {
      if (!request.url().startsWith("file://")) requests.push(request.url());
    });
    const reader = await offline.newPage();
    await reader.goto(pathToFileURL(reportPath).href);
    const reportMap = reader.locator("figure.map svg");
    await expect.poll(() => reportMap.locator("[data-node]").count()).toBe(1 + 5 + 13 + 6);
    expect(await reader.locator("#matrix table").getByRole("row", { name: /^Efisiensi layanan/ }).locator("td").allTextContents()).toHaveLength(7);
    // The saturation curve, a mark per transcript.
    expect(await reader.locator("#saturation svg [data-document]").count()).toBe(6);
    const efisiensi = studyRows().filter((r) => r.code === "Efisiensi layanan");
    await reader.locator(`figure.map [data-node="${await nodeId(map, "Efisiensi layanan")}"]`).hover({ force: true });
    await expect.poll(() => reader.locator("#passages blockquote").count()).toBe(efisiensi.length);
    for (const row of efisiensi) expect(await reader.locator("#passages").textContent()).toContain(row.passage);
    const themePassages = await reader.locator("#themes").textContent();
    for (const row of studyRows()) expect(themePassages).toContain(row.passage);
    expect(await reader.locator("#codebook").textContent()).toContain("Efisiensi layanan");
    expect(await reader.locator("header").textContent()).toMatch(/Telaah 0\.1\.0/);
    expect(await reader.locator("#about p.description").allTextContents()).toEqual(DESCRIPTION.split("\n\n"));
    expect(requests).toEqual([]);
    await reader.screenshot({ path: join(ARTIFACTS, "concept-map-report.png"), fullPage: false });
    copyFileSync(join(ARTIFACTS, "concept-map-report.png"), join(ROOT, "docs", "screenshots", "concept-map-report.png"));

    // In Indonesian, the report is in Indonesian.
    await page.getByLabel("Language").selectOption("id");
    await page.locator('svg[aria-label^="Peta konsep"][data-settled="true"]').waitFor();
    await screenshot(page, "concept-map-id");
    const laporan = await download(page, "Ekspor laporan (HTML)");
    writeFileSync(join(ARTIFACTS, "concept-map-report-id.html"), laporan.content);
    await reader.goto(pathToFileURL(join(ARTIFACTS, "concept-map-report-id.html")).href);
    expect(await reader.locator("html").getAttribute("lang")).toBe("id");
    expect(await reader.locator("#about h2").textContent()).toBe("Penelitian");
    expect(await reader.locator("#about p.description").allTextContents()).toEqual(DESCRIPTION.split("\n\n"));
    await reader.screenshot({ path: join(ARTIFACTS, "concept-map-report-id.png"), fullPage: false });
    expect(requests).toEqual([]);
    await offline.close();
    await context.close();
  });
});
