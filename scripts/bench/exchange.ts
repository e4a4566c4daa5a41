// REFI-QDA exchange in Node: exporting and importing a .qdpx of the large synthetic project (300
// documents, 100,000 codings), and `telaah matrix` on that file end to end (a separate Node
// process: start, unzip, read, count, print), against a floor: a new Node process that only unzips
// the file and counts its `<Coding` elements with a regular expression.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { anchorPassage } from "../../src/core/model/anchor";
import { OffsetIndex } from "../../src/core/text/offsets";
import { exportQdpx } from "../../src/formats/refiQda/qdpx";
import { importQdpx } from "../../src/formats/refiQda/qdpxImport";
import { buildCli } from "../build-cli";
import { CODINGS, DOCUMENTS, medianTime, syntheticProject } from "./analysis";
import { ROOT, type Figure } from "./harness";

const RUNS = 3;

export async function benchExchange(): Promise<Figure[]> {
  const content = syntheticProject(20240601);
  const texts = new Map(content.documents.map((d) => [d.id, { text: d.text, index: new OffsetIndex(d.text) }]));
  content.codings = content.codings.map((coding) => {
    const { text, index } = texts.get(coding.documentId)!;
    return { ...coding, ...anchorPassage(text, coding.start, coding.end, index) };
  });
  const options = {};
  const bytes = await exportQdpx(content, options);
  const size = `${DOCUMENTS} documents, ${CODINGS.toLocaleString("en-US")} codings; the .qdpx is ${(bytes.length / 1024 ** 2).toFixed(1)} MB`;
  const readOptions = { now: "2024-06-03T00:00:00.000Z", newId: () => globalThis.crypto.randomUUID() };

  const folder = mkdtempSync(join(ROOT, "tests", ".artifacts", "bench-exchange-"));
  try {
    const file = join(folder, "study.qdpx");
    writeFileSync(file, bytes);
    mkdirSync(join(folder, "bin"));
    const bin = await buildCli(join(folder, "bin"));
    const matrixRun = () => execFileSync(process.execPath, [bin, "matrix", file], { maxBuffer: 64 * 1024 * 1024 });
    const floorScript = join(folder, "floor.mjs");
    writeFileSync(floorScript, FLOOR_SCRIPT.replace("FFLATE", JSON.stringify(import.meta.resolve("fflate"))));
    const floorRun = () => execFileSync(process.execPath, [floorScript, file], { maxBuffer: 1024 * 1024 });
    const counted = Number(String(floorRun()).trim());
    if (counted !== CODINGS) throw new Error(`the floor counted ${counted} codings, not ${CODINGS}`);
    const matrix = medianTime(matrixRun, RUNS);
    const floor = medianTime(floorRun, RUNS);
    return [
      {
        name: "Export a .qdpx",
        value: await medianTimeAsync(() => exportQdpx(content, options)),
        unit: "ms",
        target: "< 5 s",
        note: `Node, median of ${RUNS} after a warm-up; ${size}`,
      },
      {
        name: "Import that .qdpx (unzip, parse, map offsets, check references)",
        value: medianTime(() => importQdpx("study.qdpx", bytes, readOptions), RUNS),
        unit: "ms",
        target: "< 5 s",
        note: `Node, median of ${RUNS} after a warm-up; ${size}`,
      },
      {
        name: "`telaah matrix study.qdpx` end to end",
        value: matrix,
        unit: "ms",
        target: "≤ 3 × the floor",
        note: `a new Node process each run, median of ${RUNS} after a warm-up; ${size}`,
      },
      {
        name: "Floor: a new process that unzips the .qdpx and counts `<Coding` with a regular expression",
        value: floor,
        unit: "ms",
        note: `median of ${RUNS} after a warm-up; the same file`,
      },
      {
        name: "`telaah matrix` ÷ the floor",
        value: Math.round((matrix / floor) * 100) / 100,
        unit: "×",
        target: "≤ 3",
        note: "the two figures above",
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The floor: unzip the archive, decode project.qde, count its codings (fflate's path filled in). */
const FLOOR_SCRIPT = `import { readFileSync } from "node:fs";
import { unzipSync } from FFLATE;
const files = unzipSync(readFileSync(process.argv[2]));
const xml = new TextDecoder().decode(files["project.qde"]);
console.log((xml.match(/<Coding[\\s>]/g) ?? []).length);
`;

async function medianTimeAsync(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}
