// Codings left without their code: in a shared project a colleague may delete a code while another
// applies it, and the new codings are kept rather than dropped. They are reassigned to a chosen code
// (their coder, passage and dates stay) or deleted, each as one step of undo.
import { emptyDiff, type CommandResult } from "./diff";
import { requireCode, requireCoding, type CodingModel } from "./model";
import type { Id } from "../model/types";
import { stepLabel } from "./stepLabel";

/** The codings whose code is not in the codebook, grouped by that missing code's id. */
export function codingsOfMissingCodes<T extends { codeId: Id }>(codes: ReadonlyMap<Id, unknown> | ReadonlySet<Id>, codings: Iterable<T>): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const coding of codings) {
    if (codes.has(coding.codeId)) continue;
    const group = groups.get(coding.codeId);
    if (group) group.push(coding);
    else groups.set(coding.codeId, [coding]);
  }
  return groups;
}

/** Gives the codings the code `codeId`; nothing else of them changes. */
export function reassignCodings(model: CodingModel, codingIds: readonly Id[], codeId: Id): CommandResult {
  const code = requireCode(model, codeId);
  const diff = emptyDiff();
  for (const id of new Set(codingIds)) {
    const coding = requireCoding(model, id);
    if (coding.projectId !== code.projectId) throw new Error(`The code “${code.name}” belongs to another project.`);
    if (coding.codeId !== codeId) diff.codings.updated.push({ before: coding, after: { ...coding, codeId } });
  }
  return { label: stepLabel("reassignCodings", { codings: diff.codings.updated.length, code: code.name }), diff };
}

/** Deletes the codings (whatever their coder: they belong to no code of the codebook any more). */
export function deleteCodings(model: CodingModel, codingIds: readonly Id[]): CommandResult {
  const diff = emptyDiff();
  for (const id of new Set(codingIds)) diff.codings.removed.push(requireCoding(model, id));
  return { label: stepLabel("deleteCodings", { codings: diff.codings.removed.length }), diff };
}
