// Runs one of the app's readers on one file, in a Node process of its own, and prints one line of
// JSON: what came of it (a FileProblem's reason, or the names and notes read) and the process's
// peak resident memory. Built into a bundle by the corpus test; `node readInNode.mjs READER FILE`.
import { readFile } from "node:fs/promises";
import { AttributeTableProblem, planAttributeImport } from "../../src/core/model/attributeTable";
import { parseAttributeCsv } from "../../src/formats/attributeCsv";
import { parseCodebookCsv } from "../../src/formats/codebookCsv";
import { FileProblem } from "../../src/formats/importTypes";
import { parseProjectFile } from "../../src/formats/projectFile";
import { readTranscriptFile } from "../../src/formats/readTranscript";
import { readQdc } from "../../src/formats/refiQda/codebookRead";
import { importQde, importQdpx } from "../../src/formats/refiQda/qdpxImport";
import type { ProjectContent } from "../../src/core/model/types";
import { englishIssue, englishProblem } from "../../src/formats/problems";

export type ReaderName = "transcript" | "qdpx" | "qde" | "qdc" | "projectFile" | "attributeCsv" | "codebookCsv";

export interface ReaderOutcome {
  problem?: { fileName: string; reason: string };
  names?: string[];
  notes?: string[];
  /** Kilobytes, as process.resourceUsage() gives it. */
  maxRss: number;
}

const options = { now: "2026-01-02T03:04:05.000Z", newId: () => globalThis.crypto.randomUUID() };

const namesOf = (content: ProjectContent) => [...content.codes, ...content.documents, ...content.cases, ...content.attributes].map((record) => record.name);

const READERS: Record<ReaderName, (path: string, bytes: Uint8Array) => Promise<{ names: string[]; notes: string[] }>> = {
  async transcript(path, bytes) {
    const transcript = await readTranscriptFile(path, bytes);
    return { names: [transcript.name], notes: transcript.notes.map(englishProblem) };
  },
  async qdpx(path, bytes) {
    const { content, report } = importQdpx(path, bytes, options);
    return { names: namesOf(content), notes: report.items.map((item) => item.kind) };
  },
  async qde(path, bytes) {
    const { content, report } = importQde(path, bytes, options);
    return { names: namesOf(content), notes: report.items.map((item) => item.kind) };
  },
  async qdc(path, bytes) {
    const { codes, droppedColors } = readQdc(path, new TextDecoder().decode(bytes), "p");
    return { names: codes.map((code) => code.name), notes: droppedColors };
  },
  async projectFile(path, bytes) {
    return { names: namesOf(await parseProjectFile(path, new TextDecoder().decode(bytes))), notes: [] };
  },
  async attributeCsv(path, bytes) {
    const { header, rows } = parseAttributeCsv(path, new TextDecoder().decode(bytes));
    const plan = planAttributeImport({ fileName: path, header, rows, cases: [], attributes: [] });
    return { names: [...header, ...plan.unknownCases], notes: plan.problems.map((p) => `line ${p.line}: ${englishIssue(p.issue)}`) };
  },
  async codebookCsv(path, bytes) {
    const { rows, problems } = parseCodebookCsv(path, new TextDecoder().decode(bytes));
    return { names: [...new Set(rows.flatMap((row) => [row.theme, row.code]).filter(Boolean))], notes: problems.map((p) => `line ${p.line}: ${englishIssue(p.issue)}`) };
  },
};

const [reader, path] = process.argv.slice(2) as [ReaderName, string];
let outcome: Omit<ReaderOutcome, "maxRss">;
try {
  outcome = await READERS[reader](path, new Uint8Array(await readFile(path)));
} catch (error) {
  if (!(error instanceof FileProblem || error instanceof AttributeTableProblem)) throw error;
  outcome = { problem: { fileName: error.fileName, reason: error.reason } };
}
process.stdout.write(JSON.stringify({ ...outcome, maxRss: process.resourceUsage().maxRSS }) + "\n");
