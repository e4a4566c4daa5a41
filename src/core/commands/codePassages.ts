// Coding many passages at once (all hits of a search, the passages of a query), optionally at a
// code created in the same step: one command, so one transaction and one step of undo. Each passage
// is applied in turn as applyCode would, and the steps are folded into one diff.
import { applyCode } from "./codingCommands";
import { createCode, type CreateCodeArgs } from "./codebookCommands";
import { emptyDiff, type CommandResult, type ProjectDiff, type RecordChanges } from "./diff";
import { applyDiffToModel, requireCode, type CodingModel } from "./model";
import type { Id } from "../model/types";
import { stepLabel } from "./stepLabel";

export interface CodePassagesArgs {
  projectId: Id;
  /** The code to apply, or a new code to create first. */
  code: { id: Id } | { create: CreateCodeArgs };
  passages: readonly { documentId: Id; start: number; end: number }[];
  coderId: Id;
  created: string;
  newId: () => Id;
}

export function codePassages(model: CodingModel, args: CodePassagesArgs): CommandResult {
  const diff = emptyDiff();
  let current = model;
  let codeId: Id;
  if ("create" in args.code) {
    const made = createCode(current, args.code.create);
    fold(diff, made.diff);
    current = applyDiffToModel(current, made.diff);
    codeId = args.code.create.id;
  } else codeId = requireCode(model, args.code.id).id;
  for (const passage of args.passages) {
    const step = applyCode(current, { id: args.newId(), projectId: args.projectId, codeId, coderId: args.coderId, created: args.created, ...passage });
    fold(diff, step.diff);
    current = applyDiffToModel(current, step.diff);
  }
  const name = current.codes.get(codeId)!.name;
  return { label: stepLabel("codePassages", { count: args.passages.length, code: name }), diff };
}

/** Adds a later step's changes to a diff: a record added and then removed within the step is neither. */
function fold(total: ProjectDiff, step: ProjectDiff): void {
  foldChanges(total.codes, step.codes);
  foldChanges(total.codings, step.codings);
}

function foldChanges<T extends { id: Id }>(total: RecordChanges<T>, step: RecordChanges<T>): void {
  for (const record of step.removed) {
    const added = total.added.findIndex((r) => r.id === record.id);
    if (added >= 0) total.added.splice(added, 1);
    else total.removed.push(record);
  }
  total.added.push(...step.added);
  total.updated.push(...step.updated);
}
