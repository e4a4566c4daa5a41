// Running the built `telaah` bin in tests: built once per test file into tests/.artifacts (inside
// the package, so that it imports xmllint-wasm from node_modules as the installed bin does), run
// with Node in a temporary folder of its own.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { buildCli } from "../../scripts/build-cli";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface BuiltCli {
  run(...args: string[]): Promise<CliResult>;
  /** A path in the run's working folder. */
  path(name: string): string;
}

const ARTIFACTS = join(import.meta.dirname, "..", ".artifacts");

export function useBuiltCli(): BuiltCli {
  let folder = "";
  let binFolder = "";
  let bin = "";
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "telaah-cli-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    binFolder = mkdtempSync(join(ARTIFACTS, "cli-"));
    bin = await buildCli(binFolder);
  }, 120_000);
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    if (binFolder) rmSync(binFolder, { recursive: true, force: true });
  });
  return {
    run: (...args) =>
      new Promise((resolve) => {
        execFile(process.execPath, [bin, ...args], { cwd: folder, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        });
      }),
    path: (name) => join(folder, name),
  };
}

/** Exit 1 with exactly one line on standard error, naming the file, and nothing on standard output. */
export function expectOneProblem(result: CliResult, file: string, problem: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr.split("\n")).toEqual([expect.stringMatching(problem), ""]);
  expect(result.stderr.startsWith(`telaah: ${file}: `)).toBe(true);
}
