// Reads a study laid out as plain files (transcripts, codebook.csv, codings.csv; the shape of
// fixtures/banten/) into a project. Used by the script that writes fixtures/banten-study.json
// and by the test that checks that file is up to date.
import Papa from "papaparse";
import { buildStudy, studyCodeId, studyProjectId, type StudyAttribute, type StudyCodingRow } from "../core/study/buildStudy";
import type { ProjectContent } from "../core/model/types";
import { canonicalizeText } from "../core/text/canonical";
import { codebookRowsToCodes, parseCodebookCsv } from "./codebookCsv";

export interface StudyFiles {
  name: string;
  created: string;
  transcripts: { fileName: string; text: string }[];
  codebookCsv: string;
  codingsCsv: string;
  sharedAttributes: StudyAttribute[];
  coderName: string;
}

export function buildStudyFromFiles(files: StudyFiles): ProjectContent {
  const codebook = parseCodebookCsv("codebook.csv", files.codebookCsv);
  if (codebook.problems.length) throw new Error(`codebook.csv: line ${codebook.problems[0]!.line}: ${codebook.problems[0]!.message}`);
  const projectId = studyProjectId(files.name);
  const codes = codebookRowsToCodes(codebook.rows, projectId, (theme, code) => studyCodeId(files.name, theme, code));
  const parsed = Papa.parse<StudyCodingRow>(files.codingsCsv.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`codings.csv: row ${parsed.errors[0]!.row}: ${parsed.errors[0]!.message}`);
  return buildStudy({
    name: files.name,
    created: files.created,
    transcripts: files.transcripts.map((t) => ({
      name: t.fileName.replace(/\.[^.]+$/, ""),
      text: canonicalizeText(t.text),
      sourceName: t.fileName,
    })),
    codes,
    codings: parsed.data,
    sharedAttributes: files.sharedAttributes,
    coderName: files.coderName,
  });
}
