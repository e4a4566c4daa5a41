// Merging a colleague's coding into the open project: their .qdpx (or .qde) or project file is read
// (REFI-QDA in the worker), matched against the project and put to the user (what matches, what
// does not, whose codings they are); the merge is then one command, one undo step, and announced.
import { mergeCoding, planMerge, type MergeChoices, type MergePlan, type MergeSource } from "../core/commands/mergeCoding";
import { newId } from "../core/model/ids";
import { FileProblem } from "../formats/importTypes";
import { countNoun, t } from "../lang";
import { appDatabase } from "../persistence/database";
import { readProjectContent } from "../persistence/projects";
import { useWorkbench } from "../state/workbenchStore";
import { reportError, runCommand } from "./commandRunner";
import { isRefiProjectFile, readRefiProject } from "./refiExchange";
import "../lang/enViews";

/** A colleague's file read and matched, waiting for the user's choices. */
export interface MergeProposal {
  fileName: string;
  source: MergeSource;
  plan: MergePlan;
  /** The names of the project's coders. */
  projectCoders: string[];
}

/** Reads the file and matches it against the project; null (with the problem told) when it cannot be read. */
export async function proposeMerge(projectId: string, file: File): Promise<MergeProposal | null> {
  try {
    // The project file's reader (zod) loads only when needed, as for the project import.
    const source = isRefiProjectFile(file.name)
      ? (await readRefiProject(file)).content
      : await (await import("../formats/projectFile")).parseProjectFile(file.name, await file.text());
    const target = await readProjectContent(appDatabase(), projectId);
    const plan = planMerge({ ...target, projectId }, source);
    if (plan.coders.length === 0) throw new FileProblem(file.name, "nothingToMerge");
    return { fileName: file.name, source, plan, projectCoders: target.coders.map((c) => c.name) };
  } catch (error) {
    reportError(error instanceof FileProblem ? error : new FileProblem(file.name, "other", { detail: error instanceof Error ? error.message : String(error) }));
    return null;
  }
}

/** Merges as chosen, as one undo step, and says what came in and what was left out. */
export async function mergeProposal(projectId: string, proposal: MergeProposal, choices: MergeChoices): Promise<void> {
  let summary = "";
  const done = await runCommand(projectId, async () => {
    const target = await readProjectContent(appDatabase(), projectId);
    const result = mergeCoding({ ...target, projectId }, proposal.source, choices, newId, new Date().toISOString());
    const { added, skipped } = result;
    const left = skipped.unmatched + skipped.duplicate + skipped.notFound;
    summary = [
      t("mergeDone", { file: proposal.fileName, codings: countNoun(added.codings, "coding") }),
      ...(left > 0 ? [t("mergeLeftOut", { unmatched: skipped.unmatched, duplicate: skipped.duplicate, notFound: skipped.notFound })] : []),
    ].join(" ");
    return result;
  });
  if (done) useWorkbench.getState().notify("info", summary);
}
