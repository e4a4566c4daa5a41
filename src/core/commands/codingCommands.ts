// Commands on codings: apply a code to a passage (merged with that code's codings it overlaps or
// touches, as NVivo does per user), create a code and apply it in one step, remove a coding,
// remove a code from a passage, move a coding's bounds. Each acts for one coder: other coders'
// codings are never altered or re-attributed.
import { createCode, type CreateCodeArgs } from "./codebookCommands";
import { emptyDiff, type CommandResult } from "./diff";
import { applyDiffToModel, checkPassage, codingsAt, reanchor, requireCode, requireCoding, requireText, type CodingModel } from "./model";
import { anchorPassage } from "../model/anchor";
import type { Coding, Id } from "../model/types";
import { stepLabel, type StepKind, type StepLabel } from "./stepLabel";

/** A new coding's own fields; its quote and context are taken from the text. */
export type ApplyCodeArgs = Pick<Coding, "id" | "projectId" | "documentId" | "codeId" | "start" | "end" | "coderId" | "created">;

/**
 * Codes [start, end) for the coder. When that coder already has codings of the code that overlap or
 * touch the passage, they are removed and the new coding covers their union; a passage the coder
 * already coded is a no-op. Other coders' codings are left as they are.
 */
export function applyCode(model: CodingModel, args: ApplyCodeArgs): CommandResult {
  const code = requireCode(model, args.codeId);
  if (code.projectId !== args.projectId) throw new Error(`The code “${code.name}” belongs to another project.`);
  if (model.codings.has(args.id)) throw new Error(`A coding with id ${args.id} already exists.`);
  const text = requireText(model, args.documentId);
  checkPassage(text, args.start, args.end);
  const label = stepLabel("applyCode", { code: code.name });
  const { start, end, absorbed } = absorb(codingsAt(model, args.documentId, args.codeId, args.coderId), args.start, args.end);
  const diff = emptyDiff();
  const [only] = absorbed;
  if (absorbed.length === 1 && only!.start === start && only!.end === end) return { label, diff };
  diff.codings.removed.push(...absorbed);
  const { id, projectId, documentId, codeId, coderId, created } = args;
  diff.codings.added.push({ id, projectId, documentId, codeId, start, end, coderId, created, ...anchorPassage(text, start, end) });
  return { label, diff };
}

/** Removes one of the coder's codings. */
export function removeCoding(model: CodingModel, codingId: Id, coderId: Id): CommandResult {
  const coding = requireOwnCoding(model, codingId, coderId);
  const diff = emptyDiff();
  diff.codings.removed.push(coding);
  return { label: ofCode(model, coding.codeId, "removeCoding", "removeCodingOfDeletedCode"), diff };
}

export interface RemoveCodeFromRangeArgs {
  documentId: Id;
  codeId: Id;
  start: number;
  end: number;
  /** Whose codings are uncoded; other coders' stay. */
  coderId: Id;
  /** Id for the second piece when a coding that strictly contains the passage is split. */
  newId: () => Id;
}

/**
 * Uncodes [start, end) at one code for one coder: that coder's codings inside it are removed, codings
 * partly in it are trimmed, and a coding that strictly contains it is split in two.
 */
export function removeCodeFromRange(model: CodingModel, args: RemoveCodeFromRangeArgs): CommandResult {
  const { documentId, codeId, start, end, coderId } = args;
  const code = requireCode(model, codeId);
  const text = requireText(model, documentId);
  checkPassage(text, start, end);
  const diff = emptyDiff();
  for (const coding of codingsAt(model, documentId, codeId, coderId)) {
    if (coding.end <= start || coding.start >= end) continue;
    if (coding.start >= start && coding.end <= end) {
      diff.codings.removed.push(coding);
      continue;
    }
    const keepsHead = coding.start < start;
    diff.codings.updated.push({
      before: coding,
      after: keepsHead ? reanchor(coding, text, coding.start, start) : reanchor(coding, text, end, coding.end),
    });
    if (keepsHead && coding.end > end) {
      const id = args.newId();
      if (model.codings.has(id)) throw new Error(`A coding with id ${id} already exists.`);
      diff.codings.added.push({ ...reanchor(coding, text, end, coding.end), id });
    }
  }
  return { label: stepLabel("removeCodeFromPassage", { code: code.name }), diff };
}

/**
 * Moves one of the coder's codings to [start, end), absorbing that coder's codings of the code it now
 * overlaps or touches. An orphaned coding adjusted this way is placed again.
 */
export function adjustCoding(model: CodingModel, codingId: Id, start: number, end: number, coderId: Id): CommandResult {
  const coding = requireOwnCoding(model, codingId, coderId);
  const text = requireText(model, coding.documentId);
  checkPassage(text, start, end);
  const others = codingsAt(model, coding.documentId, coding.codeId, coderId).filter((c) => c.id !== codingId);
  const merged = absorb(others, start, end);
  const diff = emptyDiff();
  diff.codings.removed.push(...merged.absorbed);
  if (merged.start !== coding.start || merged.end !== coding.end || coding.orphaned) {
    diff.codings.updated.push({ before: coding, after: reanchor(coding, text, merged.start, merged.end) });
  }
  return { label: ofCode(model, coding.codeId, "adjustCoding", "adjustCodingOfDeletedCode"), diff };
}

/** The coding, when it is the coder's: another coder's codings are theirs to change. */
function requireOwnCoding(model: CodingModel, codingId: Id, coderId: Id): Coding {
  const coding = requireCoding(model, codingId);
  if (coding.coderId !== coderId) throw new Error("That coding is another coder's; switch to that coder to change it.");
  return coding;
}

/** The codings that overlap or touch [start, end), taken in until none more do, and their union with it. */
function absorb(candidates: Coding[], start: number, end: number): { start: number; end: number; absorbed: Coding[] } {
  const absorbed: Coding[] = [];
  let rest = candidates;
  for (;;) {
    const touching = rest.filter((c) => c.start <= end && c.end >= start);
    if (touching.length === 0) return { start, end, absorbed };
    absorbed.push(...touching);
    rest = rest.filter((c) => !touching.includes(c));
    start = Math.min(start, ...touching.map((c) => c.start));
    end = Math.max(end, ...touching.map((c) => c.end));
  }
}

/** The step of a coding's code, named; the other step when the code has been deleted. */
function ofCode(model: CodingModel, codeId: Id, step: StepKind, deletedStep: StepKind): StepLabel {
  const code = model.codes.get(codeId);
  return code ? stepLabel(step, { code: code.name }) : stepLabel(deletedStep);
}

/**
 * Creates a code and applies it to a passage, as one command: one diff (the code and its coding),
 * written in one transaction and undone in one step, so that neither is ever kept without the other.
 */
export function createAndApplyCode(model: CodingModel, code: CreateCodeArgs, coding: Omit<ApplyCodeArgs, "codeId">): CommandResult {
  const created = createCode(model, code);
  const applied = applyCode(applyDiffToModel(model, created.diff), { ...coding, codeId: code.id });
  const diff = emptyDiff();
  diff.codes.added.push(...created.diff.codes.added);
  diff.codings.added.push(...applied.diff.codings.added);
  const name = created.diff.codes.added[0]!.name;
  return { label: stepLabel("createAndApplyCode", { code: name }), diff };
}
