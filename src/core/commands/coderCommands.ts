// Commands on coders, the people who code a project: add one, rename one. A coder's codings keep
// pointing at the coder by id, so renaming never moves a coding to anyone else.
import { emptyChanges, emptyDiff, type CommandResult } from "./diff";
import type { CodingModel } from "./model";
import { nameKey } from "../model/attributeTable";
import type { Coder, Id } from "../model/types";
import { stepLabel } from "./stepLabel";

export function createCoder(model: Pick<CodingModel, "coders">, coder: Coder): CommandResult {
  if (model.coders.has(coder.id)) throw new Error(`A coder with id ${coder.id} already exists.`);
  const name = checkCoderName(model, coder.name, null);
  const diff = emptyDiff();
  diff.coders = emptyChanges();
  diff.coders.added.push({ ...coder, name });
  return { label: stepLabel("addCoder", { name }), diff };
}

export function renameCoder(model: Pick<CodingModel, "coders">, coderId: Id, name: string): CommandResult {
  const before = model.coders.get(coderId);
  if (!before) throw new Error("That coder no longer exists.");
  const trimmed = checkCoderName(model, name, coderId);
  const diff = emptyDiff();
  diff.coders = emptyChanges();
  if (trimmed !== before.name) diff.coders.updated.push({ before, after: { ...before, name: trimmed } });
  return { label: stepLabel("renameCoder", { from: before.name, to: trimmed }), diff };
}

/** The coder named so, ignoring case and surrounding spaces; undefined when there is none. */
export function coderNamed(model: Pick<CodingModel, "coders">, name: string): Coder | undefined {
  const key = nameKey(name);
  return [...model.coders.values()].find((c) => nameKey(c.name) === key);
}

function checkCoderName(model: Pick<CodingModel, "coders">, name: string, exceptId: Id | null): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A coder needs a name.");
  const clash = coderNamed(model, trimmed);
  if (clash && clash.id !== exceptId) throw new Error(`A coder named “${clash.name}” already exists.`);
  return trimmed;
}
