// Adjudication of a disagreement between two coders (or groups of coders): the codings of the side
// chosen (A's, B's, or both) at the disputed passage are taken into a consensus coder, created on
// first use. One decision is one command, hence one step of undo.
import { applyCode, removeCodeFromRange } from "./codingCommands";
import { coderNamed } from "./coderCommands";
import { emptyChanges, emptyDiff, deepEqual, type CommandResult, type ProjectDiff } from "./diff";
import { applyDiffToModel, codingsAt, requireCode, type CodingModel } from "./model";
import type { Coder, Coding, Id } from "../model/types";
import { stepLabel, type StepKind } from "./stepLabel";

/** Whose side a decision on a disagreement takes. */
export type AdjudicationChoice = "A" | "B" | "both";

const TAKE_STEPS: Record<AdjudicationChoice, StepKind> = { A: "takeCodingA", B: "takeCodingB", both: "takeCodingBoth" };

export const CONSENSUS_CODER_NAME = "Consensus";

export interface AdjudicationArgs {
  projectId: Id;
  documentId: Id;
  codeId: Id;
  /** The disputed passage, [start, end) in code points. */
  start: number;
  end: number;
  /** The coders whose codings are taken (A's, B's, or both sides' members). */
  takeFrom: Id[];
  /** Whose coding is taken, to name the decision in the undo menu. */
  choice: AdjudicationChoice;
  /** The id for the consensus coder when it does not exist yet, and for new codings. */
  newId: () => Id;
  created: string;
}

/**
 * Makes the consensus coder's coding of the code at [start, end) what the chosen coders coded there:
 * the consensus is uncoded over the passage, then every chosen coder's coding that overlaps it is
 * applied for the consensus whole (merged with the consensus's own codings it overlaps or touches).
 * Choosing a side that did not code the passage leaves the consensus uncoded there.
 */
export function adjudicate(model: CodingModel, args: AdjudicationArgs): CommandResult {
  const code = requireCode(model, args.codeId);
  const diff = emptyDiff();
  let consensus: Coder | undefined = coderNamed(model, CONSENSUS_CODER_NAME);
  let working = model;
  if (!consensus) {
    consensus = { id: args.newId(), projectId: args.projectId, name: CONSENSUS_CODER_NAME };
    diff.coders = emptyChanges();
    diff.coders.added.push(consensus);
    working = applyDiffToModel(working, diff);
  }
  if (args.takeFrom.includes(consensus.id)) throw new Error("The consensus coder cannot be taken into itself.");
  const before = codingsAt(model, args.documentId, args.codeId, consensus.id);
  const taken = args.takeFrom.flatMap((coderId) => codingsAt(model, args.documentId, args.codeId, coderId)).filter((c) => c.start < args.end && c.end > args.start);
  const cleared = removeCodeFromRange(working, { documentId: args.documentId, codeId: args.codeId, start: args.start, end: args.end, coderId: consensus.id, newId: args.newId });
  working = applyDiffToModel(working, cleared.diff);
  for (const coding of taken) {
    const step = applyCode(working, { id: args.newId(), projectId: args.projectId, documentId: args.documentId, codeId: args.codeId, start: coding.start, end: coding.end, coderId: consensus.id, created: args.created });
    working = applyDiffToModel(working, step.diff);
  }
  addCodingChanges(diff, before, codingsAt(working, args.documentId, args.codeId, consensus.id));
  return { label: stepLabel(TAKE_STEPS[args.choice], { code: code.name, consensus: consensus.name }), diff };
}

/** The changes that turn one list of codings into the other (by id). */
function addCodingChanges(diff: ProjectDiff, before: Coding[], after: Coding[]): void {
  const old = new Map(before.map((c) => [c.id, c]));
  const now = new Map(after.map((c) => [c.id, c]));
  for (const coding of before) if (!now.has(coding.id)) diff.codings.removed.push(coding);
  for (const coding of after) {
    const previous = old.get(coding.id);
    if (!previous) diff.codings.added.push(coding);
    else if (!deepEqual(previous, coding)) diff.codings.updated.push({ before: previous, after: coding });
  }
}
