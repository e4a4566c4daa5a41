// Importing a codebook file into the open project as one undo step: a codebook CSV is merged by
// name; a REFI-QDA codebook (.qdc) too when none of its codes is in the project yet, otherwise the
// user chooses between merging by name and adding all as new codes. The result is announced. A CSV
// is read in the CSV worker, with its progress shown and a way to cancel it.
import { importCodebook, matchCodebook, type CodebookImportMode } from "../core/commands/codebookImport";
import { newId } from "../core/model/ids";
import type { Code } from "../core/model/types";
import { FileProblem } from "../formats/importTypes";
import { useWorkbench } from "../state/workbenchStore";
import { countNoun, issueText, t } from "../lang";
import { loadModel, reportError, runCommand } from "./commandRunner";
import { readCsvInWorker } from "./csvInWorker";
import "../lang/enViews";

/** A codebook read from a file, some of whose codes are already in the project: the user chooses how to import it. */
export interface CodebookChoice {
  fileName: string;
  codes: Code[];
  /** Things to tell the user after the import, e.g. colours left out. */
  notes: string[];
  /** Codes whose path of names is already in the codebook. */
  matched: number;
  /** Codes that merging by name would add. */
  added: number;
}

/**
 * Reads the file and imports it (CSV, or a .qdc none of whose codes is there yet); resolves to the
 * choice to put to the user when a .qdc has codes that are already there, else to null.
 */
export async function importCodebookFile(projectId: string, file: File): Promise<CodebookChoice | null> {
  let choice: CodebookChoice;
  try {
    const read = await readCodebookFile(projectId, file);
    if (!read) return null;
    const { codes, notes } = read;
    const model = isQdc(file.name) ? await loadModel(projectId, {}) : null;
    const matched = model ? matchCodebook(model, codes).size : 0;
    const added = model && matched > 0 ? importCodebook(model, codes, "merge", newId, file.name).diff.codes.added.length : 0;
    choice = { fileName: file.name, codes, notes, matched, added };
  } catch (error) {
    reportError(error instanceof FileProblem ? error : new FileProblem(file.name, "other", { detail: error instanceof Error ? error.message : String(error) }));
    return null;
  }
  if (choice.matched > 0) return choice;
  await importCodebookCodes(projectId, choice, "merge");
  return null;
}

const isQdc = (fileName: string) => fileName.toLowerCase().endsWith(".qdc");

/** The codes of a codebook CSV (read in the CSV worker) or .qdc, and what the user should know about the file; null when the reading was cancelled. */
async function readCodebookFile(projectId: string, file: File): Promise<{ codes: Code[]; notes: string[] } | null> {
  const text = await file.text();
  if (isQdc(file.name)) {
    const { readQdc } = await import("../formats/refiQda/codebookRead");
    const { codes, droppedColors } = readQdc(file.name, text, projectId);
    return { codes, notes: droppedColors.length > 0 ? [t("codebookDroppedColors", { colors: droppedColors.join(", ") })] : [] };
  }
  const read = await readCsvInWorker("codebook", file.name, text);
  if (!read || !("codebook" in read)) return null;
  const { rows, problems } = read.codebook;
  const { codebookRowsToCodes } = await import("../formats/codebookCsv");
  const codes = codebookRowsToCodes(rows, projectId, () => newId());
  return { codes, notes: problems.map((p) => t("problemLine", { line: p.line, message: issueText(p.issue) })) };
}

/** Imports the codes as one undo step, merging by name or adding all as new codes, and says what was done. */
export async function importCodebookCodes(
  projectId: string,
  { fileName, codes, notes }: Pick<CodebookChoice, "fileName" | "codes" | "notes">,
  mode: CodebookImportMode,
): Promise<void> {
  let summary = "";
  const done = await runCommand(projectId, async () => {
    const model = await loadModel(projectId, {});
    const result = importCodebook(model, codes, mode, newId, fileName);
    const matched = mode === "merge" ? matchCodebook(model, codes).size : 0;
    const filled = result.diff.codes.updated.length;
    summary = [
      t("codebookImported", { file: fileName, added: countNoun(result.diff.codes.added.length, "code"), existing: matched }),
      ...(filled > 0 ? [t("codebookFilledIn", { codes: countNoun(filled, "code") })] : []),
    ].join(" ");
    return result;
  });
  if (done) useWorkbench.getState().notify("info", notes.length > 0 ? `${summary} ${notes.join("; ")}` : summary);
}
