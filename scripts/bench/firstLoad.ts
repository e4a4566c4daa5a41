// The JavaScript of the first load: the production build's entry chunk and every chunk it imports
// statically (what the browser must fetch before the workbench renders its first screen, a project
// with no document open), gzip-compressed. Lazily loaded chunks (the transcript editor, analysis
// views, map, workers, the .docx reader, the Indonesian table) are not counted there; what opening
// the first transcript adds (the editor and what it imports) is a second figure. Builds into a
// temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";
import { ROOT, type Figure } from "./harness";

interface LoadSizes {
  /** Gzip bytes of each chunk of the first load, by file name. */
  firstLoad: Map<string, number>;
  /** Gzip bytes of each chunk that opening a transcript adds, by file name. */
  transcript: Map<string, number>;
}

/** Gzip bytes of each chunk of the first load, by file name, and of what opening a transcript adds. */
export async function firstLoadChunks(): Promise<LoadSizes> {
  const outDir = mkdtempSync(join(tmpdir(), "telaah-build-"));
  try {
    const result = await build({ root: ROOT, configFile: join(ROOT, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = new Map<string, Rolldown.OutputChunk>();
    for (const output of outputs) for (const item of output.output) if (item.type === "chunk") chunks.set(item.fileName, item);
    const staticClosure = (fileName: string, sizes: Map<string, number>, skip: Map<string, number>) => {
      const chunk = chunks.get(fileName);
      if (!chunk || sizes.has(fileName) || skip.has(fileName)) return;
      sizes.set(fileName, gzipSync(chunk.code, { level: 9 }).length);
      chunk.imports.forEach((name) => staticClosure(name, sizes, skip));
    };
    const firstLoad = new Map<string, number>();
    const transcript = new Map<string, number>();
    for (const chunk of chunks.values()) if (chunk.isEntry && chunk.facadeModuleId?.endsWith("index.html")) staticClosure(chunk.fileName, firstLoad, new Map());
    for (const chunk of chunks.values()) if (chunk.facadeModuleId?.endsWith("src/editor/TranscriptEditor.tsx")) staticClosure(chunk.fileName, transcript, firstLoad);
    if (transcript.size === 0) throw new Error("no chunk of the transcript editor in the build");
    return { firstLoad, transcript };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kB = (sizes: Map<string, number>) => Math.round([...sizes.values()].reduce((a, b) => a + b, 0) / 100) / 10;

export async function benchFirstLoad(): Promise<Figure[]> {
  const { firstLoad, transcript } = await firstLoadChunks();
  return [
    {
      name: "First load: JavaScript, gzip",
      value: kB(firstLoad),
      unit: "kB",
      target: "≤ 250 kB",
      note: `production build; the entry chunk and its static imports (${firstLoad.size} files), gzip level 9, 1 kB = 1000 bytes; lazy chunks not counted`,
    },
    {
      name: "Opening the first transcript: JavaScript added, gzip",
      value: kB(transcript),
      unit: "kB",
      note: `the transcript editor (Tiptap, ProseMirror) and its static imports not in the first load (${transcript.size} file(s)); precached by the service worker`,
    },
  ];
}
