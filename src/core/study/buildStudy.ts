// Builds a project from a study's plain data: transcripts, a codebook and coding rows that
// name each coded passage by its text. Each passage must occur exactly once in its document;
// its code-point offsets follow from where it occurs. Ids are name-based, so a rebuild is identical.
import { anchorPassage } from "../model/anchor";
import { stableId } from "../model/ids";
import type { Case, CaseDocument, Code, Coding, ProjectContent, TextDocument } from "../model/types";
import { OffsetIndex } from "../text/offsets";

export interface StudyCodingRow {
  document: string;
  theme: string;
  code: string;
  passage: string;
}

export interface StudyInput {
  name: string;
  /** Timestamp given to every record, so that the build is reproducible. */
  created: string;
  transcripts: { name: string; text: string; sourceName: string }[];
  /** The codebook, with ids from studyCodeId(). */
  codes: Code[];
  codings: StudyCodingRow[];
  coderName: string;
}

export function studyProjectId(name: string): string {
  return stableId("project", name);
}

export function studyCodeId(projectName: string, theme: string, code?: string): string {
  return code ? stableId("code", projectName, theme, code) : stableId("theme", projectName, theme);
}

export function buildStudy(input: StudyInput): ProjectContent {
  const projectId = studyProjectId(input.name);
  const coder = { id: stableId("coder", input.name, input.coderName), projectId, name: input.coderName };
  const documents: TextDocument[] = input.transcripts.map((t, position) => ({
    id: stableId("document", input.name, t.name),
    projectId,
    name: t.name,
    text: t.text,
    sourceName: t.sourceName,
    sourceType: "txt",
    created: input.created,
    modified: input.created,
    position,
  }));
  // Each transcript is one case named after it; its attributes come from the study's attribute table.
  const cases: Case[] = documents.map((d) => ({ id: stableId("case", input.name, d.name), projectId, name: d.name, attributes: {} }));
  const caseDocuments: CaseDocument[] = documents.map((d, i) => ({ projectId, caseId: cases[i]!.id, documentId: d.id }));
  const codings = input.codings.map((row, i) => codingFromRow(row, i, input, documents, projectId, coder.id));
  return {
    project: { id: projectId, name: input.name, created: input.created, modified: input.created },
    coders: [coder],
    documents,
    codes: input.codes.map((c) => ({ ...c, projectId })),
    codings,
    attributes: [],
    cases,
    caseDocuments,
  };
}

function codingFromRow(
  row: StudyCodingRow,
  rowIndex: number,
  input: StudyInput,
  documents: TextDocument[],
  projectId: string,
  coderId: string,
): Coding {
  const where = `coding row ${rowIndex + 1} (${row.document}, ${row.code})`;
  const document = documents.find((d) => d.name === row.document);
  if (!document) throw new Error(`${where}: no document named "${row.document}"`);
  const codeId = studyCodeId(input.name, row.theme, row.code);
  if (!input.codes.some((c) => c.id === codeId)) throw new Error(`${where}: code "${row.theme} / ${row.code}" is not in the codebook`);
  const at = document.text.indexOf(row.passage);
  if (at < 0) throw new Error(`${where}: passage not found in the document`);
  if (document.text.indexOf(row.passage, at + 1) >= 0) throw new Error(`${where}: passage occurs more than once`);
  const index = new OffsetIndex(document.text);
  const start = index.toCodePoint(at);
  const end = index.toCodePoint(at + row.passage.length);
  return {
    id: stableId("coding", input.name, row.document, codeId, String(start), String(end)),
    projectId,
    documentId: document.id,
    codeId,
    start,
    end,
    coderId,
    created: input.created,
    ...anchorPassage(document.text, start, end, index),
  };
}
