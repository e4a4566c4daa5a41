// Browser-test support: a Vite dev server for the workbench on a free local port, and Debian's
// Chromium driven by playwright-core (never a downloaded browser). TELAAH_CHROMIUM overrides the path.
// Tests read and set the workbench's IndexedDB records with the raw API, apart from the app's code.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createServer, type ViteDevServer } from "vite";

export const CHROMIUM_PATH = process.env.TELAAH_CHROMIUM ?? "/usr/bin/chromium";
export const ROOT = join(import.meta.dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "tests", ".artifacts");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export interface Workbench {
  server: ViteDevServer;
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function startWorkbench(): Promise<Workbench> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set TELAAH_CHROMIUM`);
  }
  const server = await createServer({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "error", server: { port: 0, host: "127.0.0.1" } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("the Vite server has no port");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    url: `http://127.0.0.1:${address.port}/`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh browser profile (empty IndexedDB) with the workbench open and started. */
export async function openWorkbench(workbench: Workbench): Promise<{ context: BrowserContext; page: Page }> {
  const context = await workbench.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(workbench.url);
  await page.getByRole("navigation", { name: "Documents" }).waitFor();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Record counts of every object store of the workbench's database, read with the raw IndexedDB API. */
export function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open("telaah");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names, "readonly");
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Every record of one object store of the workbench's database, read with the raw IndexedDB API. */
export function readStore<T>(page: Page, storeName: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open("telaah");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name, "readonly").objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    storeName,
  );
}

/** Puts records into one object store with the raw IndexedDB API (the page does not see it until reloaded). */
export function writeStore(page: Page, storeName: string, records: unknown[]): Promise<void> {
  return page.evaluate(
    ({ name, values }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open("telaah");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(name, "readwrite");
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: storeName, values: records },
  );
}

/** Starts the workbench server and browser before the file's tests and stops them after. */
export function useBrowserWorkbench(): () => Workbench {
  let workbench: Workbench | undefined;
  beforeAll(async () => {
    workbench = await startWorkbench();
  });
  afterAll(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error("the workbench has not started");
    return workbench;
  };
}
