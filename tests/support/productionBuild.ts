// Browser-test support for what only a production build has (the service worker): builds the
// workbench into a temporary folder, serves it with `vite preview` on a free local port, and
// starts Debian's Chromium; all stopped and removed by close(). For the update prompt, builds that
// differ by a marker in their page, and a plain local server whose folder can be switched from
// one build to the next, as a deployment does.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, preview, type Plugin } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from "./browser";

export interface ProductionWorkbench {
  browser: Browser;
  url: string;
  outDir: string;
  close(): Promise<void>;
}

const CONFIG_FILE = join(ROOT, "vite.config.ts");

/**
 * Builds the workbench into a new temporary folder and returns it. With `marker`, the page carries
 * `<meta name="telaah-build" content="marker">`, so that two builds differ as two releases do.
 */
export async function buildWorkbench(marker?: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "telaah-preview-"));
  const plugins: Plugin[] = marker === undefined ? [] : [{ name: "build-marker", transformIndexHtml: (html) => html.replace("</head>", `<meta name="telaah-build" content="${marker}">\n</head>`) }];
  await build({ root: ROOT, configFile: CONFIG_FILE, logLevel: "error", plugins, build: { outDir, emptyOutDir: true } });
  return outDir;
}

export async function startProductionWorkbench(): Promise<ProductionWorkbench> {
  const outDir = await buildWorkbench();
  const server = await preview({ root: ROOT, configFile: CONFIG_FILE, logLevel: "error", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
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

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

export interface SwitchableServer {
  url: string;
  /** Serves this folder from the next request on. */
  serve(folder: string): void;
  close(): Promise<void>;
}

/** A static server on a free local port; paths without a file get index.html, as a host of a single-page app does. */
export async function startSwitchableServer(folder: string): Promise<SwitchableServer> {
  let current = folder;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(current, path);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) file = join(current, "index.html");
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    serve: (next) => {
      current = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
