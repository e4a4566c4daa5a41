// Importing a codebook (codes read from a codebook CSV or a REFI-QDA .qdc) into a project's
// codebook as one command, in one of two modes:
// - "merge": an incoming code whose path of names from the top level (compared with nameKey, so
//   case and surrounding spaces do not count) is an existing code's path is mapped onto that code.
//   The existing code keeps its name, colour and description, except that an empty description or
//   a missing colour is filled in from the incoming code. The other codes are added under their
//   (mapped) parent, after its children, in the incoming order, at any depth, keeping their incoming
//   id unless the project already uses it. Incoming siblings of the same name become one code.
// - "add": every incoming code becomes a new code with a fresh id, the incoming tree kept and its
//   top-level codes placed after the project's, even where a name is already in use.
// Existing records are never overwritten by an incoming code that happens to have their id.
import { checkColor, childrenOf } from "./codebookCommands";
import { deepEqual, emptyDiff, type CommandResult } from "./diff";
import type { CodingModel } from "./model";
import { nameKey } from "../model/attributeTable";
import type { Code, Id } from "../model/types";
import { stepLabel } from "./stepLabel";

export type CodebookImportMode = "merge" | "add";

/** The incoming codes by parent id, each list in its order; a code whose parent is not incoming is top-level. */
function incomingChildren(incoming: readonly Code[]): Map<Id | null, Code[]> {
  const ids = new Set<Id>();
  for (const code of incoming) {
    if (ids.has(code.id)) throw new Error(`Two incoming codes have the id ${code.id}.`);
    ids.add(code.id);
  }
  const children = new Map<Id | null, Code[]>();
  for (const code of incoming) {
    const parentId = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(code);
    else children.set(parentId, [code]);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  return children;
}

/** Which incoming codes (by id) have the path of names of an existing code, and that code's id. */
export function matchCodebook(model: CodingModel, incoming: readonly Code[]): Map<Id, Id> {
  const children = incomingChildren(incoming);
  const existing = new Map<Id | null, Map<string, Code>>();
  /** The existing child of that name (the first in order when several have it). */
  const existingChild = (parentId: Id | null, name: string) => {
    let byName = existing.get(parentId);
    if (!byName) {
      byName = new Map();
      for (const code of childrenOf(model, parentId)) if (!byName.has(nameKey(code.name))) byName.set(nameKey(code.name), code);
      existing.set(parentId, byName);
    }
    return byName.get(nameKey(name));
  };
  const matches = new Map<Id, Id>();
  const visit = (incomingParent: Id | null, existingParent: Id | null) => {
    for (const code of children.get(incomingParent) ?? []) {
      const match = existingChild(existingParent, code.name);
      if (!match) continue;
      matches.set(code.id, match.id);
      visit(code.id, match.id);
    }
  };
  visit(null, null);
  return matches;
}

/** Adds the incoming codes to the project's codebook, merging by name path or adding all (see above). */
export function importCodebook(model: CodingModel, incoming: readonly Code[], mode: CodebookImportMode, newId: () => Id, source: string): CommandResult {
  const children = incomingChildren(incoming);
  const matches = mode === "merge" ? matchCodebook(model, incoming) : new Map<Id, Id>();
  const taken = new Set(model.codes.keys());
  const added = new Map<Id, Code>();
  const updated = new Map<Id, Code>();
  const addedByName = new Map<Id | null, Map<string, Id>>();
  const nextOrder = new Map<Id | null, number>();

  const freshId = (): Id => {
    const id = newId();
    if (taken.has(id)) throw new Error(`A code with id ${id} already exists.`);
    return id;
  };
  const orderUnder = (parentId: Id | null): number => {
    const order = nextOrder.get(parentId) ?? childrenOf(model, parentId).reduce((next, code) => Math.max(next, code.order + 1), 0);
    nextOrder.set(parentId, order + 1);
    return order;
  };
  const fillIn = (targetId: Id, code: Code) => {
    const target = added.get(targetId) ?? updated.get(targetId) ?? model.codes.get(targetId)!;
    const description = target.description === "" ? code.description.trim() : target.description;
    const color = target.color ?? checkColor(code.color);
    const after = { ...target, description, color };
    (added.has(targetId) ? added : updated).set(targetId, after);
  };
  const add = (code: Code, parentId: Id | null): Id => {
    const name = code.name.trim();
    if (!name) throw new Error("A code needs a name.");
    const id = mode === "merge" && !taken.has(code.id) ? code.id : freshId();
    taken.add(id);
    const record: Code = { ...code, id, name, parentId, color: checkColor(code.color), description: code.description.trim(), order: orderUnder(parentId) };
    added.set(id, record);
    if (mode === "merge") addedByName.set(parentId, (addedByName.get(parentId) ?? new Map<string, Id>()).set(nameKey(name), id));
    return id;
  };

  let visited = 0;
  const visit = (incomingParent: Id | null, parentId: Id | null) => {
    for (const code of children.get(incomingParent) ?? []) {
      visited++;
      const target = matches.get(code.id) ?? addedByName.get(parentId)?.get(nameKey(code.name));
      if (target !== undefined) fillIn(target, code);
      visit(code.id, target ?? add(code, parentId));
    }
  };
  visit(null, null);
  if (visited !== incoming.length) throw new Error("The incoming codes' parents form a cycle.");

  const diff = emptyDiff();
  diff.codes.added.push(...added.values());
  for (const [id, after] of updated) {
    const before = model.codes.get(id)!;
    if (!deepEqual(before, after)) diff.codes.updated.push({ before, after });
  }
  return { label: stepLabel("importCodebook", { source }), diff };
}
