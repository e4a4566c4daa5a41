// Browser-test support for what only a production build has (the service worker): builds the
// workbench into a temporary folder, serves it with `vite preview` on a free local port, and
// starts Debian's Chromium; all stopped and removed by close().
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from "./browser";

export interface ProductionWorkbench {
  browser: Browser;
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function startProductionWorkbench(): Promise<ProductionWorkbench> {
  const outDir = mkdtempSync(join(tmpdir(), "telaah-preview-"));
  const configFile = join(ROOT, "vite.config.ts");
  await build({ root: ROOT, configFile, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: ROOT, configFile, logLevel: "error", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("the preview server has no port");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
