// An independent count over the Banten study's plain files, for tests: the references of a set
// of codes taken together (maximal runs of the union of their passages, per document, under the
// study's counting rules) and the number of documents they are in. Uses only the CSV and the
// transcripts, never the app's code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

const FOLDER = join(import.meta.dirname, "..", "..", "fixtures", "banten");

export interface StudyRow {
  document: string;
  theme: string;
  code: string;
  passage: string;
}

export function studyRows(): StudyRow[] {
  return Papa.parse<StudyRow>(readFileSync(join(FOLDER, "codings.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
}

export function referenceCount(codeNames: string[]): { references: number; documents: number } {
  const documents = [...new Set(studyRows().filter((r) => codeNames.includes(r.code)).map((r) => r.document))];
  return { references: documents.reduce((sum, d) => sum + referenceCountIn(codeNames, d), 0), documents: documents.length };
}

/** The references of the codes taken together in one document. */
export function referenceCountIn(codeNames: string[], document: string): number {
  const rows = studyRows().filter((r) => codeNames.includes(r.code) && r.document === document);
  if (rows.length === 0) return 0;
  const text = readFileSync(join(FOLDER, "transcripts", `${document}.txt`), "utf8");
  const covered = new Array<boolean>(text.length).fill(false);
  for (const row of rows) {
    const at = text.indexOf(row.passage);
    for (let i = at; i < at + row.passage.length; i++) covered[i] = true;
  }
  let references = 0;
  for (let i = 0; i < covered.length; i++) if (covered[i] && !covered[i - 1]) references++;
  return references;
}
