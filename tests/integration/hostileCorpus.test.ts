// Every file of the hostile corpus (tests/hostile/corpus.ts) through every command of the built
// `telaah` that reads its kind and through every reader of the app that does, each in a Node process
// of its own: a refused file gives exit 1 and one line naming it and the problem (no stack trace),
// a kept file gives the names and notes expected; each run within 60 s (it is killed then) and
// under 1 GB of peak resident memory, and nothing is written beside the file.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/build-cli";
import { HOSTILE_CORPUS, type HostileFile } from "../hostile/corpus";
import type { ReaderName, ReaderOutcome } from "../hostile/readInNode";

const LIMIT_MS = 60_000;
const PEAK_KB = 1024 * 1024;
const ARTIFACTS = join(import.meta.dirname, "..", ".artifacts");

/** The app's readers for a file, by its extension, as the app and the command line choose them. */
function readersFor(name: string): ReaderName[] {
  const extension = name.toLowerCase().replace(/^.*?\.(telaah\.json|[^.]+)$/, "$1");
  switch (extension) {
    case "qdpx":
      return ["qdpx"];
    case "qde":
      return ["qde"];
    case "qdc":
      return ["qdc"];
    case "telaah.json":
    case "json":
      return ["projectFile"];
    case "csv":
      return ["attributeCsv", "codebookCsv"];
    default:
      return ["transcript"];
  }
}

/** The command lines that read the file (OUT is a file the command would write). */
function commandsFor(name: string): string[][] {
  if (/\.(qdpx|qde|json)$/i.test(name)) return [["validate", name], ["matrix", name], ["convert", name, "out.telaah.json"]];
  if (/\.qdc$/i.test(name)) return [["validate", name], ["convert", name, "out.csv"]];
  if (/\.csv$/i.test(name)) return [["convert", name, "out.telaah.json"]];
  return [];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, timeout: LIMIT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

let work = "";
let bin = "";
let reader = "";
let preload = "";
let binFolder = "";

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "telaah-hostile-"));
  binFolder = mkdtempSync(join(ARTIFACTS, "hostile-"));
  bin = await buildCli(join(binFolder, "cli"));
  reader = await buildCli(join(binFolder, "reader"), join(import.meta.dirname, "..", "hostile", "readInNode.ts"), "readInNode.mjs");
  // Writes the command's peak resident memory (kilobytes) where TELAAH_PEAK names, as the process exits.
  preload = join(binFolder, "peak.mjs");
  writeFileSync(preload, 'import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(process.env.TELAAH_PEAK, String(process.resourceUsage().maxRSS)));\n');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (binFolder) rmSync(binFolder, { recursive: true, force: true });
});

/** The file written alone into a folder of its own; the folder is removed afterwards. */
async function placed(file: HostileFile): Promise<{ folder: string; path: string }> {
  const folder = join(work, file.name.replace(/\W/g, "_"));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, file.name), await file.make());
  return { folder, path: join(folder, file.name) };
}

describe("the hostile corpus", () => {
  it("has a file for every defect of issue 15 it is answered by, and each class refused before", () => {
    const about = HOSTILE_CORPUS.map((file) => file.about);
    for (const defect of [1, 2, 3, 4, 5, 7, 8, 11]) expect(about.some((text) => text.startsWith(`defect ${defect}:`))).toBe(true);
    for (const kind of ["zip slip", "XXE", "billion laughs", "truncated zip", "corrupt zip", "bad reference", "broken project file", "CSV edge case"]) {
      expect(about).toContain(kind);
    }
  });

  for (const file of HOSTILE_CORPUS) {
    it(`${file.name} (${file.about})`, async () => {
      const { folder, path } = await placed(file);
      try {
        const peakFile = join(work, `${file.name}.peak`);
        for (const name of readersFor(file.name)) {
          const result = await run([reader, name, path], folder);
          expect(result.stderr, `${name} reader`).toBe("");
          const outcome = JSON.parse(result.stdout) as ReaderOutcome;
          expect(outcome.maxRss, `${name} reader: peak memory`).toBeLessThan(PEAK_KB);
          if ("refused" in file.expect) {
            expect(outcome.problem?.fileName, `${name} reader`).toBe(path);
            expect(outcome.problem?.reason, `${name} reader`).toMatch(file.expect.refused);
          } else {
            expect(outcome.problem, `${name} reader`).toBeUndefined();
            // eslint-disable-next-line no-control-regex
            expect(outcome.names?.filter((n) => /[\u0000-\u001f\u007f]/.test(n)), `${name} reader`).toEqual([]);
            const kept = file.expect.kept[name];
            if (kept?.names) expect(outcome.names, `${name} reader`).toEqual(expect.arrayContaining(kept.names));
            if (kept?.notes) expect(outcome.notes?.join("\n"), `${name} reader`).toMatch(kept.notes);
          }
        }
        if ("refused" in file.expect) {
          for (const args of commandsFor(file.name)) {
            const result = await run(["--import", preload, bin, ...args], folder, { TELAAH_PEAK: peakFile });
            const what = `telaah ${args[0]}`;
            expect(result.code, what).toBe(1);
            expect(result.stdout, what).toBe("");
            const lines = result.stderr.split("\n");
            expect(lines, what).toHaveLength(2);
            expect(lines[0], what).toMatch(new RegExp(`^telaah: ${file.name.replace(/\./g, "\\.")}: `));
            expect(lines[0], what).toMatch(file.expect.refused);
            expect(result.stderr, what).not.toMatch(/\n\s+at |unexpected error/);
            expect(Number(readFileSync(peakFile, "utf8")), `${what}: peak memory`).toBeLessThan(PEAK_KB);
          }
        }
        expect(readdirSync(folder), "nothing written beside the file").toEqual([file.name]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }, 6 * LIMIT_MS);
  }
});
