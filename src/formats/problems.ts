// Why a file is refused, or what was changed in reading it (a note), in no language: a problem
// code and the values its words name (names as
// they are, numbers as counts or, named …Bytes, as sizes, lists as "a or b", and the words of a
// problem within it as {reason}). The English words, for the command line and logs, come from the
// English table; the workbench says them in its own language (src/lang).
import type { RowIssue } from "../core/model/rowIssues";
import { en } from "../lang/en";
import { formatBytes, formatCount } from "./inputLimits";

export const PROBLEM_CODES = [
  "empty",
  "workerStopped",
  "storageFull",
  "pdf",
  "zipNotText",
  "pngImage",
  "jpegImage",
  "gifImage",
  "oldOffice",
  "notText",
  "notUtf16",
  "notDocx",
  "oldWordFile",
  "pdfFile",
  "rtfFile",
  "odtFile",
  "wholeSourceCodingOfMissingCode",
  "applePages",
  "zipArchive",
  "refiProject",
  "refiCodebook",
  "spreadsheet",
  "presentation",
  "image",
  "recording",
  "textTooLong",
  "markdownEmpty",
  "noCues",
  "noUsableCues",
  "codebookColumnsMissing",
  "codebookColumnRepeated",
  "csvTooLarge",
  "csvQuoteNotClosed",
  "csvTextAfterQuote",
  "csvUnreadable",
  "csvTooManyColumns",
  "csvTooManyRows",
  "zipTooLarge",
  "notZip",
  "zipCorrupt",
  "zipEntryOutside",
  "zipEntryTwice",
  "zipEntryTooLarge",
  "zipTotalTooLarge",
  "zipBombRatio",
  "zipEntryMissing",
  "zipEntryChecksum",
  "zipCompression",
  "zipInflate",
  "zipEntryOverrun",
  "zipOverlap",
  "xmlMalformed",
  "notRefiQda",
  "notRefiQdaNoRoot",
  "xmlDoctype",
  "docxDoctype",
  "xmlTooDeep",
  "xmlAttributeTooLong",
  "xmlTextTooLong",
  "noCodes",
  "codesTooDeep",
  "codeWithoutGuid",
  "topCodeWithoutGuid",
  "codeGuidTwice",
  "variableWithoutGuid",
  "variableGuidTwice",
  "valueOfMissingVariable",
  "sourceWithoutGuid",
  "sourceGuidTwice",
  "codingOfMissingCode",
  "caseWithoutGuid",
  "caseGuidTwice",
  "caseToMissingSource",
  "caseToMissingSelection",
  "selectionWithoutPositions",
  "selectionOutside",
  "selectionOutsideUtf16",
  "textOutsideArchive",
  "noProjectInArchive",
  "severalProjects",
  "projectNotText",
  "sourceTextMissing",
  "sourceTextBad",
  "nothingToMerge",
  "jsonTooDeep",
  "notJson",
  "notProjectFile",
  "unknownVersion",
  "newerVersion",
  "damaged",
  "checksumMismatch",
  "readAsWindows1252",
  "brokenCue",
  "brokenCues",
  "brokenCuesMore",
  "other",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemValues = Readonly<Record<string, string | number | readonly string[]>>;

export interface Problem {
  code: ProblemCode;
  values?: ProblemValues;
  /** A problem of a file within this one (a source text inside an archive), said as {reason}. */
  inner?: Problem;
}

/** How a language writes a problem's values, and its words for a key with the values filled in. */
export interface ProblemWording {
  count(n: number): string;
  bytes(n: number): string;
  list(items: readonly string[]): string;
  words(key: `problem_${ProblemCode}`, values: Record<string, string>): string;
}

/** A problem in the words of `wording`. */
export function problemWords(problem: Problem, wording: ProblemWording): string {
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem.values ?? {})) {
    if (typeof value === "number") filled[name] = name.endsWith("Bytes") ? wording.bytes(value) : wording.count(value);
    else filled[name] = typeof value === "string" ? value : wording.list(value);
  }
  if (problem.inner) filled.reason = problemWords(problem.inner, wording);
  return wording.words(`problem_${problem.code}`, filled);
}

const ENGLISH: ProblemWording = {
  count: formatCount,
  bytes: formatBytes,
  list: (items) => new Intl.ListFormat("en", { type: "disjunction" }).format(items),
  words: (key, values) => en[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder),
};

/** A row's or a value's issue in English, e.g. "has no case name" (numbers as written, 1234). */
export function englishIssue(issue: RowIssue): string {
  return en[`issue_${issue.code}`].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(issue.values?.[name] ?? placeholder));
}

/** A problem in English, e.g. "is empty". */
export function englishProblem(problem: Problem): string {
  return problemWords(problem, ENGLISH);
}
