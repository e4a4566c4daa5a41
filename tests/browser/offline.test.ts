// Offline and installable: a production build (service worker by Workbox) served by `vite preview`.
// After one visit the network is cut: the workbench reloads, loads the Banten study as a new project
// (a lazily loaded chunk), codes a passage and opens the matrix and the concept map (lazy chunks and
// the analysis worker), all from the precache. The manifest names the app and its icons.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "../support/browser";
import { startProductionWorkbench, type ProductionWorkbench } from "../support/productionBuild";

let workbench: ProductionWorkbench;
beforeAll(async () => {
  workbench = await startProductionWorkbench();
});
afterAll(async () => {
  await workbench?.close();
});

describe("the production build", () => {
  it("has a manifest with name, theme colour and icons (SVG, PNG 192 and 512) that exist", () => {
    const html = readFileSync(join(workbench.outDir, "index.html"), "utf8");
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    const manifest = JSON.parse(readFileSync(join(workbench.outDir, "manifest.webmanifest"), "utf8")) as {
      name: string;
      theme_color: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe("Telaah");
    expect(manifest.theme_color).toBe("#1f4e5f");
    expect(manifest.display).toBe("standalone");
    expect(manifest.icons.map((i) => `${i.type} ${i.sizes}`)).toEqual(expect.arrayContaining(["image/svg+xml any", "image/png 192x192", "image/png 512x512"]));
    for (const icon of manifest.icons) {
      const bytes = readFileSync(join(workbench.outDir, icon.src));
      if (icon.type === "image/png") {
        // A PNG's width and height are the big-endian numbers at bytes 16 and 20.
        const [width] = icon.sizes.split("x").map(Number);
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, width]);
      }
    }
  });

  it("loads and works with the network gone after the first visit", async () => {
    const context = await workbench.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(workbench.url);
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    // The service worker is active once every file is precached.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("navigation", { name: "Documents" }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await page.getByRole("button", { name: /^Project/ }).click();
    const projects = page.getByRole("dialog", { name: "Projects" });
    await projects.getByRole("button", { name: "Load the Banten study as a new project" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "The Banten study was loaded as" }).count()).toBe(1);
    if (await projects.isVisible()) await page.keyboard.press("Escape");

    await page.getByRole("navigation", { name: "Documents" }).getByRole("button", { name: /^Informan C/ }).click();
    const editor = page.getByRole("textbox", { name: "Transcript text" });
    await editor.locator(".cm-line").first().click({ position: { x: 1, y: 8 } });
    await page.keyboard.press("Home");
    for (let i = 0; i < 10; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Control+k");
    const palette = page.getByRole("dialog", { name: "Apply code" });
    await palette.getByRole("combobox", { name: "Code name" }).fill("Offline");
    await palette.getByRole("combobox", { name: "Code name" }).press("Enter");
    const tree = page.getByRole("tree", { name: "Codes" });
    await expect.poll(() => tree.getByRole("treeitem").filter({ hasText: "Offline" }).locator(".refs").textContent()).toBe("1");

    await page.getByRole("button", { name: "Matrix", exact: true }).click();
    const matrix = page.getByRole("region", { name: "Matrix" });
    await expect.poll(() => matrix.getByRole("row").filter({ hasText: "Offline" }).count()).toBe(1);
    await page.getByRole("button", { name: "Concept map", exact: true }).click();
    await expect.poll(() => page.locator('svg g[data-role="nodes"] > g').count()).toBeGreaterThan(10);
    await screenshot(page, "offline-map");
    expect(errors).toEqual([]);
    await context.close();
  });
});
