// A new version deployed while the workbench is open: release A is served and loaded (its service
// worker active), then release B replaces it on the server. When the browser checks for an update,
// the app says a new version is ready and offers to reload; it does not reload by itself, and the
// page keeps running A. Reload brings B. The two releases are production builds that differ by a
// marker in their page. Both pages are tried: one a service worker controls (a later visit: the
// new version waits), and the page of a first visit (no worker controls it: the new one is active
// at once, and only the page still runs A).
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from "../support/browser";
import { buildWorkbench, startSwitchableServer, type SwitchableServer } from "../support/productionBuild";

let releaseA: string;
let releaseB: string;
let server: SwitchableServer;
let browser: Browser;

beforeAll(async () => {
  releaseA = await buildWorkbench("A");
  releaseB = await buildWorkbench("B");
  server = await startSwitchableServer(releaseA);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const folder of [releaseA, releaseB]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("a new version deployed", () => {
  for (const [locale, ready, reload, visit] of [
    ["en-US", "A new version of Telaah is ready", "Reload", "a later visit"],
    ["id-ID", "Versi baru Telaah sudah siap", "Muat ulang", "the first visit"],
  ] as const) {
    it(`is offered, not forced, and Reload brings it (${visit}, ${locale})`, async () => {
      server.serve(releaseA);
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
      const page = await context.newPage();
      const marker = () => page.locator('meta[name="telaah-build"]').getAttribute("content");
      let navigations = 0;
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) navigations++;
      });
      await page.goto(server.url);
      await page.getByRole("navigation").first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      if (visit === "a later visit") {
        await page.reload();
        await page.getByRole("navigation").first().waitFor();
      }
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(visit === "a later visit");
      expect(await marker()).toBe("A");
      // Something only this page holds: gone if the page reloads.
      await page.evaluate(() => Object.assign(window, { stillThisPage: true }));
      const loaded = navigations;

      server.serve(releaseB);
      // What the browser does on its own from time to time, done now.
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });
      const notice = page.getByRole("status").filter({ hasText: ready });
      await notice.waitFor({ timeout: 60_000 });
      await screenshot(page, `update-ready-${locale}`);
      // The new version waits: the page is still A's, and it was not reloaded.
      await page.waitForTimeout(2000);
      expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
      expect(navigations).toBe(loaded);
      expect(await marker()).toBe("A");

      await notice.getByRole("button", { name: reload }).click();
      await expect.poll(marker, { timeout: 30_000 }).toBe("B");
      expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
      await page.getByRole("navigation").first().waitFor();
      expect(await page.getByRole("status").filter({ hasText: ready }).count()).toBe(0);
      await context.close();
    });
  }
});
