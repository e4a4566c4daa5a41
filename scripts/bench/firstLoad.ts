// The JavaScript of the first screen, gzip-compressed: the production build's entry chunk and every
// chunk it imports statically, plus the transcript editor's chunk and its static imports, which the
// first screen fetches at once because it opens on a transcript. That total is the headline figure,
// against the aim; the two parts follow. Other lazily loaded chunks (analysis views, map, memo
// editor, workers, the .docx reader, the Indonesian table) are not counted. Builds into a temporary
// folder.
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
  const firstScreen = new Map([...firstLoad, ...transcript]);
  return [
    {
      name: "First screen (a transcript): JavaScript, gzip",
      value: kB(firstScreen),
      unit: "kB",
      target: "≤ 250 kB",
      note: `production build; the entry chunk and the transcript editor's chunk, each with its static imports (${firstScreen.size} files), gzip level 9, 1 kB = 1000 bytes; other lazy chunks not counted`,
    },
    {
      name: "Entry chunk and its static imports, gzip",
      value: kB(firstLoad),
      unit: "kB",
      note: `what renders the workbench before a transcript is opened (${firstLoad.size} files)`,
    },
    {
      name: "Transcript editor chunk: JavaScript added, gzip",
      value: kB(transcript),
      unit: "kB",
      note: `the transcript editor (CodeMirror) and its static imports not in the entry's (${transcript.size} file(s)); fetched with the first screen`,
    },
  ];
}
