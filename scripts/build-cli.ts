// Builds the telaah command line (src/cli/main.ts) into one plain JavaScript file that Node runs,
// dist-cli/telaah.mjs, the package's bin, with the packages it uses (papaparse, zod) bundled in,
// except xmllint-wasm, imported from node_modules (so the bin runs inside the installed package).
// Run by `npm run build:cli`, and by `npm install`/`npm ci` through the prepare script. Also used
// by the command-line tests, which build into a folder of their own (and by the hostile-corpus test
// for its reader script, another entry built the same way).
import { chmodSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "vite";

const ROOT = join(import.meta.dirname, "..");
export const CLI_OUT_DIR = join(ROOT, "dist-cli");
export const CLI_FILE_NAME = "telaah.mjs";

/** Builds `entry` into `outDir` (emptied first) and returns the path of the executable file. */
export async function buildCli(outDir = CLI_OUT_DIR, entry = join(ROOT, "src", "cli", "main.ts"), fileName = CLI_FILE_NAME): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: "warn",
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: "node20",
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        // Loads its WebAssembly and worker files from its own folder, so it stays a package import.
        external: ["xmllint-wasm"],
        output: {
          format: "es",
          entryFileNames: fileName,
          // eslint . would otherwise lint the bundle (dist-cli is not among its ignores).
          banner: "#!/usr/bin/env node\n/* eslint-disable */",
        },
      },
    },
    // Bundle the packages too, so that the file runs wherever it is.
    ssr: { noExternal: true, target: "node" },
  });
  const file = join(outDir, fileName);
  chmodSync(file, 0o755);
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`built ${await buildCli()}`);
}
