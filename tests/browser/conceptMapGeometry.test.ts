// The concept map's geometry as drawn, on the Banten demo and on a generated project of 300 nodes,
// in the mind-map and force layouts: no label overlaps another label or a node, no node overlaps
// another, and no link passes through a node, or under a label, other than its two ends' own
// (tests/support/mapGeometry.ts).
// And determinism: the same project gives the same SVG, after switching layouts and in a new tab.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serializeProjectFile } from "../../src/formats/projectFile";
import { openWorkbench, screenshot, useBrowserWorkbench } from "../support/browser";
import { generatedMapProject } from "../support/generatedMapProject";
import { mapGeometry, mapMarkup } from "../support/mapGeometry";

const workbench = useBrowserWorkbench();

async function openMap(page: Page, layout: "force" | "radial") {
  await page.getByRole("banner").getByRole("button", { name: "Concept map", exact: true }).click();
  await page.getByLabel("Layout").selectOption(layout);
  const map = page.locator(`svg.concept-map-svg[data-layout="${layout}"][data-settled="true"]`);
  await map.waitFor({ timeout: 60_000 });
  return map;
}

async function selectLayout(page: Page, layout: "force" | "radial") {
  await page.getByLabel("Layout").selectOption(layout);
  const map = page.locator(`svg.concept-map-svg[data-layout="${layout}"][data-settled="true"]`);
  await map.waitFor({ timeout: 60_000 });
  return map;
}

/** Two drawings are the same; when not, the first place they differ. */
function expectSame(actual: string, expected: string) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  expect(actual.slice(Math.max(0, i - 150), i + 150)).toEqual(expected.slice(Math.max(0, i - 150), i + 150));
}

function expectClean(report: Awaited<ReturnType<typeof mapGeometry>>, nodes: number) {
  expect(report.nodes).toBe(nodes);
  expect(report.labels).toBe(nodes);
  expect(report.links).toBeGreaterThan(nodes - 1);
  expect(report.labelLabel).toEqual([]);
  expect(report.labelNode).toEqual([]);
  expect(report.nodeNode).toEqual([]);
  expect(report.linkThroughNode).toEqual([]);
  expect(report.linkUnderLabel).toEqual([]);
}

describe("concept map geometry", () => {
  it("draws the Banten map in both layouts without overlaps or links through nodes, the same every time", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.setViewportSize({ width: 1440, height: 900 });
    const nodes = 1 + 5 + 13 + 6;
    const radial = await openMap(page, "radial");
    expectClean(await mapGeometry(radial), nodes);
    const radialMarkup = await mapMarkup(radial);
    await screenshot(page, "concept-map-radial");

    const force = await selectLayout(page, "force");
    expectClean(await mapGeometry(force), nodes);
    const forceMarkup = await mapMarkup(force);
    expect(forceMarkup).not.toEqual(radialMarkup);
    await screenshot(page, "concept-map-force");

    // Back and forth: the same drawing again.
    expectSame(await mapMarkup(await selectLayout(page, "radial")), radialMarkup);
    expectSame(await mapMarkup(await selectLayout(page, "force")), forceMarkup);
    // A new tab of the same study draws the same SVG.
    const second = await openWorkbench(workbench());
    await second.page.setViewportSize({ width: 1440, height: 900 });
    expectSame(await mapMarkup(await openMap(second.page, "force")), forceMarkup);
    await second.context.close();
    await context.close();
  });

  it("draws a generated map of 300 nodes in both layouts without overlaps or links through nodes", async () => {
    const { context, page } = await openWorkbench(workbench());
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole("button", { name: /^Project/ }).click();
    const content = generatedMapProject();
    await page.getByLabel("Import project file").setInputFiles({ name: "map.telaah.json", mimeType: "application/json", buffer: Buffer.from(await serializeProjectFile(content)) });
    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Interview 1\b/ }).waitFor();
    const nodes = 1 + content.codes.length + content.cases.length;
    expect(nodes).toBe(300);
    const radial = await openMap(page, "radial");
    expectClean(await mapGeometry(radial), nodes);
    await screenshot(page, "concept-map-300-radial");
    const force = await selectLayout(page, "force");
    expectClean(await mapGeometry(force), nodes);
    const markup = await mapMarkup(force);
    await screenshot(page, "concept-map-300-force");
    await selectLayout(page, "radial");
    expectSame(await mapMarkup(await selectLayout(page, "force")), markup);
    await context.close();
  }, 240_000);
});
