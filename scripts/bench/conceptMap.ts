// The concept map of the generated project of 300 nodes (tests/support/generatedMapProject.ts) in
// Chromium: the time from choosing the mind-map or the force layout until it is placed (labels
// measured, the layout run, overlaps removed, links routed) and painted.
import { serializeProjectFile } from "../../src/formats/projectFile";
import { generatedMapProject } from "../../tests/support/generatedMapProject";
import type { BrowserBench, Figure } from "./harness";

/** Switches the layout select to LAYOUT and resolves with the time until the map has settled and been painted. */
const TIME_SETTLE = `new Promise((resolve) => {
  const select = [...document.querySelectorAll("select")].find((s) => [...s.options].some((o) => o.value === "force"));
  const began = performance.now();
  select.value = "LAYOUT";
  select.dispatchEvent(new Event("change", { bubbles: true }));
  (function check() {
    const settled = performance.getEntriesByName("telaah:map-settled").some((m) => m.startTime > began);
    if (settled) requestAnimationFrame(() => resolve(performance.now() - began));
    else requestAnimationFrame(check);
  })();
})`;

export async function benchConceptMap({ browser, url }: BrowserBench): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
  await page.getByRole("button", { name: /^Project/ }).click();
  const content = generatedMapProject();
  await page.getByLabel("Import project file").setInputFiles({ name: "map.telaah.json", mimeType: "application/json", buffer: Buffer.from(await serializeProjectFile(content)) });
  await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Interview 1\b/ }).waitFor();
  await page.getByRole("button", { name: "Concept map", exact: true }).click();
  await page.locator("svg[data-settled=true]").waitFor({ timeout: 60_000 });
  const nodes = 1 + content.codes.length + content.cases.length;
  const figures: Figure[] = [];
  // The map opens in the force layout: first to the mind map, then back.
  for (const layout of ["radial", "force"] as const) {
    const ms = Number(await page.evaluate(TIME_SETTLE.replace("LAYOUT", layout)));
    const name = layout === "radial" ? "mind map" : "force layout";
    figures.push({ name: `concept map of ${nodes} nodes: ${name} until placed and painted`, value: ms, unit: "ms", target: "< 1 s", note: `${content.codings.length} codings` });
  }
  await context.close();
  return figures;
}
