// Reads a study laid out as plain files (transcripts, codebook.csv, codings.csv, attributes.csv; the
// shape of fixtures/banten/) into a project. Used by the script that writes fixtures/banten-study.json
// and by the test that checks that file is up to date.
import Papa from "papaparse";
import { applyAttributePlan, planAttributeImport } from "../core/model/attributeTable";
import { stableId } from "../core/model/ids";
import { nextPaletteColor } from "../core/model/palette";
import type { Code, ProjectContent } from "../core/model/types";
import { buildStudy, studyCodeId, studyProjectId, type StudyCodingRow } from "../core/study/buildStudy";
import { canonicalizeText } from "../core/text/canonical";
import { parseAttributeCsv } from "./attributeCsv";
import { englishIssue } from "./problems";
import { codebookRowsToCodes, parseCodebookCsv } from "./codebookCsv";

export interface StudyFiles {
  name: string;
  created: string;
  transcripts: { fileName: string; text: string }[];
  codebookCsv: string;
  codingsCsv: string;
  /** The case attributes: first column the case (a transcript's name), one column per attribute. */
  attributesCsv: string;
  coderName: string;
}

export function buildStudyFromFiles(files: StudyFiles): ProjectContent {
  const codebook = parseCodebookCsv("codebook.csv", files.codebookCsv);
  if (codebook.problems.length) throw new Error(`codebook.csv: line ${codebook.problems[0]!.line}: ${englishIssue(codebook.problems[0]!.issue)}`);
  const projectId = studyProjectId(files.name);
  const codes = paletteColors(codebookRowsToCodes(codebook.rows, projectId, (theme, code) => studyCodeId(files.name, theme, code)));
  const parsed = Papa.parse<StudyCodingRow>(files.codingsCsv.replace(/^\ufeff/, ""), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`codings.csv: row ${parsed.errors[0]!.row}: ${parsed.errors[0]!.message}`);
  const study = buildStudy({
    name: files.name,
    created: files.created,
    transcripts: files.transcripts.map((t) => ({
      name: t.fileName.replace(/\.[^.]+$/, ""),
      text: canonicalizeText(t.text),
      sourceName: t.fileName,
    })),
    codes,
    codings: parsed.data,
    coderName: files.coderName,
  });
  return { ...study, ...caseAttributes(study, files) };
}

/**
 * The codes' colours taken from the palette in codebook order (its colour-blind-safe colours first), as
 * the workbench gives new codes theirs; themes stay without a colour. The file's own colours are not used.
 */
function paletteColors(codes: Code[]): Code[] {
  const used: string[] = [];
  return codes.map((code) => {
    if (code.parentId === null) return { ...code, color: null };
    const color = nextPaletteColor(used);
    used.push(color);
    return { ...code, color };
  });
}

/** The attribute table applied to the study's cases, as its import in the workbench would, with name-based ids. */
function caseAttributes(study: ProjectContent, files: StudyFiles): Pick<ProjectContent, "cases" | "attributes"> {
  const table = parseAttributeCsv("attributes.csv", files.attributesCsv);
  const plan = planAttributeImport({ fileName: "attributes.csv", ...table, cases: study.cases, attributes: [] });
  const [problem] = plan.problems;
  if (problem) throw new Error(`attributes.csv: line ${problem.line}: ${englishIssue(problem.issue)}`);
  if (plan.unknownCases.length) throw new Error(`attributes.csv: no transcript for the case "${plan.unknownCases[0]}"`);
  const ids = plan.newAttributes.map((attribute) => stableId("attribute", files.name, attribute.name));
  let next = 0;
  const applied = applyAttributePlan(plan, {
    cases: study.cases,
    attributes: [],
    projectId: study.project.id,
    createUnknownCases: false,
    newId: () => ids[next++]!,
  });
  return { cases: applied.cases, attributes: applied.attributes };
}
