// Commands on saved coding queries: save (a name, an expression and a scope), change (rename, or a
// new expression or scope) and delete. Each returns a diff with its inverse, one undo step.
import type { AnalysisScope, SavedQuery } from "../model/savedQuery";
import type { Id } from "../model/types";
import { emptyChanges, emptyDiff, type CommandResult } from "./diff";
import { stepLabel } from "./stepLabel";

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A saved query needs a name.");
  return trimmed;
}

export function saveQuery(projectId: Id, name: string, expression: string, scope: AnalysisScope, newId: () => Id): CommandResult {
  const query: SavedQuery = { id: newId(), projectId, name: checkedName(name), expression, scope: structuredClone(scope) };
  return { label: stepLabel("saveQuery", { name: query.name }), diff: { ...emptyDiff(), savedQueries: { ...emptyChanges<SavedQuery>(), added: [query] } } };
}

/** The query with `patch` applied: a new name, expression or scope. */
export function changeSavedQuery(query: SavedQuery, patch: Partial<Pick<SavedQuery, "name" | "expression" | "scope">>): CommandResult {
  const after: SavedQuery = { ...query, ...patch, name: checkedName(patch.name ?? query.name) };
  const label = patch.name !== undefined && after.name !== query.name ? stepLabel("renameQuery", { from: query.name, to: after.name }) : stepLabel("changeQuery", { name: after.name });
  return { label, diff: { ...emptyDiff(), savedQueries: { ...emptyChanges<SavedQuery>(), updated: [{ before: query, after }] } } };
}

export function deleteSavedQuery(query: SavedQuery): CommandResult {
  return { label: stepLabel("deleteQuery", { name: query.name }), diff: { ...emptyDiff(), savedQueries: { ...emptyChanges<SavedQuery>(), removed: [query] } } };
}
