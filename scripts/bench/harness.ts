// Benchmark harness: a production build of the workbench served locally, Debian's Chromium, and
// the report written to docs/benchmarks.md. Benchmarks measure; they never pass or fail.
import { cpus, loadavg, totalmem } from "node:os";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";

export const ROOT = join(import.meta.dirname, "..", "..");
const CHROMIUM_PATH = process.env.TELAAH_CHROMIUM ?? "/usr/bin/chromium";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The aim, as written in the issue (e.g. "< 10 s"). */
  target?: string;
  note?: string;
}

export interface BrowserBench {
  url: string;
  browser: Browser;
}

export async function withBrowser<T>(run: (bench: BrowserBench) => Promise<T>): Promise<T> {
  await build({ root: ROOT, logLevel: "warn", build: { outDir: join(ROOT, "dist"), minify: !process.env.BENCH_NO_MINIFY } });
  const server: PreviewServer = await preview({ root: ROOT, logLevel: "warn", preview: { port: 0, host: "127.0.0.1" } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("the preview server has no port");
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  try {
    return await run({ url: `http://127.0.0.1:${address.port}/`, browser });
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

export function writeReport(sections: { title: string; figures: Figure[] }[]): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench`. Figures are wall-clock times on the machine below; they vary from run to run.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    "",
  ];
  for (const section of sections) {
    lines.push(`## ${section.title}`, "", "| measure | figure | aim | note |", "| --- | ---: | --- | --- |");
    for (const f of section.figures) lines.push(`| ${f.name} | ${formatFigure(f)} | ${f.target ?? ""} | ${f.note ?? ""} |`);
    lines.push("");
  }
  const text = lines.join("\n");
  writeFileSync(join(ROOT, "docs", "benchmarks.md"), text);
  return text;
}

/** Rewrites one section of docs/benchmarks.md in place (or adds it), leaving the others as they are. */
export function updateReportSection(section: { title: string; figures: Figure[] }, command: string): string {
  const file = join(ROOT, "docs", "benchmarks.md");
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const lines = [`## ${section.title}`, "", `Measured alone by \`${command}\` on ${new Date().toISOString()}, with the machine's load average at ${loadavg()[0]!.toFixed(1)} on its ${cpus().length} cores.`, "", "| measure | figure | aim | note |", "| --- | ---: | --- | --- |"];
  for (const f of section.figures) lines.push(`| ${f.name} | ${formatFigure(f)} | ${f.target ?? ""} | ${f.note ?? ""} |`);
  const block = `${lines.join("\n")}\n`;
  const start = text.indexOf(`\n## ${section.title}\n`);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${block}`);
    return block;
  }
  const next = text.indexOf("\n## ", start + 1);
  writeFileSync(file, `${text.slice(0, start + 1)}${block}${next < 0 ? "" : text.slice(next)}`);
  return block;
}

/** A figure and its unit; NaN stands for a measure that did not finish. */
function formatFigure({ value, unit }: Figure): string {
  return Number.isNaN(value) ? "not finished" : `${formatValue(value)} ${unit}`;
}

function formatValue(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
