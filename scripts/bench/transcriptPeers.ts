// The benchmark page for @recogito/text-annotator and @recogito/recogito-js (scripts/bench/peers, one
// library per load), built by Vite (CSS unminified: recogito-js's stylesheet has a selector the
// minifier refuses) and served locally, and one round in either: open the same text and ranges as Telaah's, add one
// highlight, scroll to the middle and to the end, the JS heap after open.
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Browser } from "playwright-core";
import { build, preview } from "vite";
import { ROOT } from "./harness";
import type { PeerTranscript } from "./transcriptData";
import { bounded, heapAfterGc, NOT_FINISHED, type RoundFigures } from "./transcriptTiming";

export const PEERS = { textAnnotator: "@recogito/text-annotator", recogitoJs: "@recogito/recogito-js" } as const;
export type PeerName = keyof typeof PEERS;

/** Builds the pages and serves them until the returned function is called. */
export async function servePeerPages(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = join(ROOT, "scripts", "bench", "peers");
  const outDir = join(tmpdir(), "telaah-bench-peers");
  const config = { root, configFile: false as const, logLevel: "warn" as const, build: { outDir, emptyOutDir: true, cssMinify: false, rollupOptions: { input: join(root, "index.html") } } };
  await build(config);
  const server = await preview({ ...config, preview: { port: 0, host: "127.0.0.1" } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("the preview server has no port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())) };
}

export async function peerRound(browser: Browser, url: string, peer: PeerName, data: PeerTranscript): Promise<RoundFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?peer=${peer}`);
    await page.waitForFunction(() => window.peerBench !== undefined);
    const open = await bounded(page.evaluate(({ lines, annotations }) => window.peerBench!.open(lines, annotations), data));
    if (open === undefined) return NOT_FINISHED;
    const heap = await heapAfterGc(page);
    await page.waitForTimeout(300);
    const apply = (await bounded(page.evaluate((extra) => window.peerBench!.add(extra), data.extra))) ?? NaN;
    await page.waitForTimeout(300);
    const middle = (await bounded(page.evaluate(() => window.peerBench!.scroll("middle")))) ?? NaN;
    await page.waitForTimeout(300);
    const end = (await bounded(page.evaluate(() => window.peerBench!.scroll("end")))) ?? NaN;
    if (process.env.BENCH_SCREENSHOTS) {
      await page.evaluate(() => window.peerBench!.scroll("middle"));
      await page.screenshot({ path: `${process.env.BENCH_SCREENSHOTS}/${peer}-${data.lines.length}.png` });
    }
    return { open, apply, middle, end, heap };
  } finally {
    await bounded(context.close(), 20_000);
  }
}
