// The JavaScript of the first load: the production build's entry chunk and every chunk it imports
// statically (what the browser must fetch before the workbench renders), gzip-compressed. Lazily
// loaded chunks (analysis views, map, workers, the .docx reader, the Indonesian table) are not
// counted. Builds into a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";
import { ROOT, type Figure } from "./harness";

/** Gzip bytes of each chunk of the first load, by file name. */
export async function firstLoadChunks(): Promise<Map<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), "telaah-build-"));
  try {
    const result = await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = new Map<string, Rolldown.OutputChunk>();
    for (const output of outputs) for (const item of output.output) if (item.type === "chunk") chunks.set(item.fileName, item);
    const sizes = new Map<string, number>();
    const visit = (fileName: string) => {
      const chunk = chunks.get(fileName);
      if (!chunk || sizes.has(fileName)) return;
      sizes.set(fileName, gzipSync(chunk.code, { level: 9 }).length);
      chunk.imports.forEach(visit);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry && chunk.facadeModuleId?.endsWith("index.html")) visit(chunk.fileName);
    return sizes;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function benchFirstLoad(): Promise<Figure[]> {
  const sizes = await firstLoadChunks();
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return [
    {
      name: "First load: JavaScript, gzip",
      value: Math.round(total / 100) / 10,
      unit: "kB",
      target: "≤ 250 kB",
      note: `production build; the entry chunk and its static imports (${sizes.size} files), gzip level 9, 1 kB = 1000 bytes; lazy chunks not counted`,
    },
  ];
}
