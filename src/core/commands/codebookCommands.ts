// Commands on the codebook: create, rename, recolour, describe, move (re-parent or reorder),
// merge one code into another, and delete a code with its subcodes and codings.
import { deepEqual, emptyDiff, type CommandResult, type ProjectDiff } from "./diff";
import { requireCode, requireText, subtree, type CodingModel } from "./model";
import { anchorPassage } from "../model/anchor";
import type { Code, Coding, Id } from "../model/types";
import { nameCollator } from "../text/names";
import { stepLabel } from "./stepLabel";

/** A new code's fields; its order places it after its last sibling. */
export type CreateCodeArgs = Omit<Code, "order">;

/** Adds a code after its last sibling. */
export function createCode(model: CodingModel, args: CreateCodeArgs): CommandResult {
  if (model.codes.has(args.id)) throw new Error(`A code with id ${args.id} already exists.`);
  if (args.parentId !== null && requireCode(model, args.parentId).projectId !== args.projectId) {
    throw new Error("The parent code belongs to another project.");
  }
  const name = checkName(model, args.name, args.parentId, null);
  const siblings = childrenOf(model, args.parentId);
  const order = siblings.length === 0 ? 0 : Math.max(...siblings.map((c) => c.order)) + 1;
  const code: Code = {
    id: args.id,
    projectId: args.projectId,
    name,
    parentId: args.parentId,
    color: checkColor(args.color),
    description: args.description.trim(),
    order,
  };
  const diff = emptyDiff();
  diff.codes.added.push(code);
  return { label: stepLabel("createCode", { name }), diff };
}

export function renameCode(model: CodingModel, codeId: Id, name: string): CommandResult {
  const code = requireCode(model, codeId);
  const newName = checkName(model, name, code.parentId, codeId);
  return { label: stepLabel("renameCode", { from: code.name, to: newName }), diff: updateCode(code, { name: newName }) };
}

/** Sets a code's colour: `#rrggbb` (stored in lower case), or null for the neutral colour. */
export function recolorCode(model: CodingModel, codeId: Id, color: string | null): CommandResult {
  const code = requireCode(model, codeId);
  return { label: stepLabel("recolourCode", { name: code.name }), diff: updateCode(code, { color: checkColor(color) }) };
}

export function describeCode(model: CodingModel, codeId: Id, description: string): CommandResult {
  const code = requireCode(model, codeId);
  return { label: stepLabel("describeCode", { name: code.name }), diff: updateCode(code, { description: description.trim() }) };
}

/**
 * Puts a code under a new parent (null: top level) at position `index` among its new siblings.
 * The old and new sibling lists are numbered 0..n-1; only codes whose fields change are in the diff.
 */
export function moveCode(model: CodingModel, codeId: Id, newParentId: Id | null, index: number): CommandResult {
  const code = requireCode(model, codeId);
  if (newParentId !== null) {
    const parent = requireCode(model, newParentId);
    if (subtree(model, codeId).some((c) => c.id === newParentId)) {
      throw new Error(`“${code.name}” cannot be moved under itself or one of its subcodes (“${parent.name}”).`);
    }
  }
  if (newParentId !== code.parentId) checkName(model, code.name, newParentId, codeId);
  const newSiblings = childrenOf(model, newParentId).filter((c) => c.id !== codeId);
  if (!Number.isInteger(index) || index < 0 || index > newSiblings.length) {
    throw new Error(`Position ${index} is outside 0–${newSiblings.length}.`);
  }
  newSiblings.splice(index, 0, { ...code, parentId: newParentId });
  const lists = [newSiblings];
  if (newParentId !== code.parentId) lists.push(childrenOf(model, code.parentId).filter((c) => c.id !== codeId));
  const diff = emptyDiff();
  for (const list of lists) {
    list.forEach((moved, order) => {
      const before = requireCode(model, moved.id);
      const after = { ...moved, order };
      if (!deepEqual(before, after)) diff.codes.updated.push({ before, after });
    });
  }
  return { label: stepLabel("moveCode", { name: code.name }), diff };
}

/**
 * Merges source into target: source's codings are re-pointed to target, and where one coder's placed
 * codings of the two in a document overlap or touch, each run of them becomes one new coding of that
 * coder (id from `newId`); codings of different coders are never merged.
 * Source's subcodes are appended to target's, in their order, and source is removed.
 */
export function mergeCode(model: CodingModel, sourceId: Id, targetId: Id, newId: () => Id): CommandResult {
  const source = requireCode(model, sourceId);
  const target = requireCode(model, targetId);
  if (sourceId === targetId) throw new Error("A code cannot be merged into itself.");
  if (subtree(model, sourceId).some((c) => c.id === targetId)) {
    throw new Error(`“${source.name}” cannot be merged into its own subcode “${target.name}”.`);
  }
  const diff = emptyDiff();
  const targetChildren = childrenOf(model, targetId);
  let order = targetChildren.length === 0 ? 0 : Math.max(...targetChildren.map((c) => c.order)) + 1;
  for (const child of childrenOf(model, sourceId)) {
    const clash = targetChildren.find((c) => sameName(c.name, child.name));
    if (clash) throw new Error(`“${target.name}” already has a subcode “${clash.name}”; rename one of them first.`);
    diff.codes.updated.push({ before: child, after: { ...child, parentId: targetId, order: order++ } });
  }
  diff.codes.removed.push(source);
  const byDocumentAndCoder = new Map<string, Coding[]>();
  for (const coding of model.codings.values()) {
    if (coding.codeId !== sourceId && coding.codeId !== targetId) continue;
    if (coding.orphaned) {
      // Its offsets are stale: re-pointed, never merged.
      if (coding.codeId === sourceId) diff.codings.updated.push({ before: coding, after: { ...coding, codeId: targetId } });
      continue;
    }
    const key = `${coding.documentId}\u001f${coding.coderId}`;
    const list = byDocumentAndCoder.get(key);
    if (list) list.push(coding);
    else byDocumentAndCoder.set(key, [coding]);
  }
  for (const codings of byDocumentAndCoder.values()) mergeRuns(model, diff, codings[0]!.documentId, codings, targetId, newId);
  return { label: stepLabel("mergeCodes", { from: source.name, to: target.name }), diff };
}

/** Removes a code, its subcodes, and all their codings. */
export function deleteCode(model: CodingModel, codeId: Id): CommandResult {
  const codes = subtree(model, codeId);
  const ids = new Set(codes.map((c) => c.id));
  const diff = emptyDiff();
  diff.codes.removed.push(...codes);
  diff.codings.removed.push(...[...model.codings.values()].filter((c) => ids.has(c.codeId)));
  const values = { name: codes[0]!.name, codings: diff.codings.removed.length };
  const label = codes.length > 1 ? stepLabel("deleteCodeAndSubcodes", { ...values, subcodes: codes.length - 1 }) : stepLabel("deleteCode", values);
  return { label, diff };
}

/** One coder's codings of source and target in one document, re-pointed to target, each overlapping or touching run made one coding. */
function mergeRuns(model: CodingModel, diff: ProjectDiff, documentId: Id, codings: Coding[], targetId: Id, newId: () => Id): void {
  const sorted = [...codings].sort((a, b) => a.start - b.start || Number(b.codeId === targetId) - Number(a.codeId === targetId));
  let run: Coding[] = [];
  let runEnd = 0;
  const flush = () => {
    const [first] = run;
    if (run.length === 1 && first!.codeId !== targetId) diff.codings.updated.push({ before: first!, after: { ...first!, codeId: targetId } });
    if (run.length > 1) {
      const id = newId();
      if (model.codings.has(id)) throw new Error(`A coding with id ${id} already exists.`);
      const anchor = anchorPassage(requireText(model, documentId), first!.start, runEnd);
      diff.codings.removed.push(...run);
      diff.codings.added.push({ ...first!, id, codeId: targetId, end: runEnd, ...anchor });
    }
  };
  for (const coding of sorted) {
    if (run.length > 0 && coding.start > runEnd) {
      flush();
      run = [];
    }
    run.push(coding);
    runEnd = run.length === 1 ? coding.end : Math.max(runEnd, coding.end);
  }
  flush();
}

function updateCode(code: Code, changes: Partial<Code>): ProjectDiff {
  const diff = emptyDiff();
  const after = { ...code, ...changes };
  if (!deepEqual(code, after)) diff.codes.updated.push({ before: code, after });
  return diff;
}

/** A code's children in their order. */
export function childrenOf(model: CodingModel, parentId: Id | null): Code[] {
  return [...model.codes.values()]
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.order - b.order || nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The trimmed name, unless it is empty or a sibling (other than `exceptId`) has it, ignoring case. */
function checkName(model: CodingModel, name: string, parentId: Id | null, exceptId: Id | null): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A code needs a name.");
  const clash = childrenOf(model, parentId).find((c) => c.id !== exceptId && sameName(c.name, trimmed));
  if (clash) {
    const where = parentId === null ? "at the top level" : `under “${requireCode(model, parentId).name}”`;
    throw new Error(`There is already a code “${clash.name}” ${where}.`);
  }
  return trimmed;
}

function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize("NFC").trim().toLocaleLowerCase();
  return key(a) === key(b);
}

/** The colour as stored (`#rrggbb` in lower case) or null; throws when it is not `#rrggbb`. */
export function checkColor(color: string | null): string | null {
  if (color === null) return null;
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`The colour “${color}” is not #rrggbb.`);
  return color.toLowerCase();
}
