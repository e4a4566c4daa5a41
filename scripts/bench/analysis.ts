// Analysis in Node: the coding matrix and code co-occurrence over a large synthetic project (300
// documents, 100,000 codings, 200 codes, 300 cases) built with a seeded generator.
import { performance } from "node:perf_hooks";
import { cooccurrence } from "../../src/core/analysis/cooccurrence";
import { codingMatrix } from "../../src/core/analysis/matrix";
import type { Code, Coding, ProjectContent, TextDocument } from "../../src/core/model/types";
import type { Figure } from "./harness";

export const DOCUMENTS = 300;
export const CODINGS = 100_000;
const THEMES = 20;
const CODES = 200;
const CASES = 300;
const RUNS = 5;

export async function benchAnalysis(): Promise<Figure[]> {
  const input = syntheticProject(20240601);
  const size = `${DOCUMENTS} documents, ${CODINGS.toLocaleString("en-US")} codings, ${CODES} codes, ${CASES} cases`;
  return [
    {
      name: "Coding matrix: references, cases as columns",
      value: medianTime(() => codingMatrix(input, { columns: { kind: "cases" }, measure: "references" })),
      unit: "ms",
      target: "< 100 ms",
      note: `Node, median of ${RUNS} after a warm-up; ${size}`,
    },
    {
      name: "Code co-occurrence: overlapping passages",
      value: medianTime(() => cooccurrence(input, "overlap")),
      unit: "ms",
      target: "< 300 ms",
      note: `Node, median of ${RUNS} after a warm-up; ${size}`,
    },
  ];
}

export function medianTime(run: () => unknown, runs = RUNS): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Twenty themes of nine codes each, forty of those codes with a code of their own below; one case per document, a tenth of the documents in two cases. */
export function syntheticProject(seed: number, documentLength = 30_000): ProjectContent {
  const next = mulberry32(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const projectId = "bench";
  const words = ["pelayanan", "publik", "media", "sosial", "akun", "resmi", "admin", "warga", "desa", "informasi", "cepat", "lambat"];
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => {
    const parts: string[] = [];
    for (let length = 0; length < documentLength; length += parts[parts.length - 1]!.length) parts.push(pick(40) === 0 ? ".\n\n" : `${words[pick(words.length)]!} `);
    const created = "2024-06-01T00:00:00.000Z";
    const document: TextDocument = { id: `d${i}`, projectId, name: `Interview ${i + 1}`, text: parts.join(""), sourceName: `Interview ${i + 1}.txt`, sourceType: "txt", created, modified: created };
    return document;
  });
  const codes: Code[] = Array.from({ length: CODES }, (_, i) => ({
    id: `k${i}`,
    projectId,
    name: `Code ${i}`,
    parentId: i < THEMES ? null : i >= CODES - 2 * THEMES ? `k${i - (CODES - 3 * THEMES)}` : `k${i % THEMES}`,
    color: null,
    description: "",
    order: i,
  }));
  const coders = ["ana", "budi", "citra"].map((name) => ({ id: name, projectId, name }));
  const codings: Coding[] = Array.from({ length: CODINGS }, (_, i) => {
    const document = documents[pick(DOCUMENTS)]!;
    const start = pick(document.text.length - 500);
    return {
      id: `c${i}`,
      projectId,
      documentId: document.id,
      codeId: `k${pick(CODES)}`,
      start,
      end: start + 20 + pick(480),
      coderId: coders[pick(coders.length)]!.id,
      created: "2024-06-01T00:00:00.000Z",
      quote: "",
      before: "",
      after: "",
    };
  });
  const cases = Array.from({ length: CASES }, (_, i) => ({ id: `case${i}`, projectId, name: `Informant ${i + 1}`, attributes: {} }));
  const caseDocuments = documents.flatMap((d, i) => [
    { projectId, caseId: `case${i}`, documentId: d.id },
    ...(i % 10 === 0 ? [{ projectId, caseId: `case${(i + 1) % CASES}`, documentId: d.id }] : []),
  ]);
  const project = { id: projectId, name: "Benchmark study", created: "2024-06-01T00:00:00.000Z", modified: "2024-06-01T00:00:00.000Z" };
  return { project, codes, codings, documents, cases, caseDocuments, attributes: [], coders };
}

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
