// Actions on saved coding queries behind the query tab, each a command (one undo step, like coding).
import { changeSavedQuery, deleteSavedQuery, saveQuery } from "../core/commands/savedQueryCommands";
import { newId } from "../core/model/ids";
import type { AnalysisScope, SavedQuery } from "../core/model/savedQuery";
import { runCommand } from "./commandRunner";

export const addSavedQuery = (projectId: string, name: string, expression: string, scope: AnalysisScope) => runCommand(projectId, () => saveQuery(projectId, name, expression, scope, newId));
export const renameSavedQuery = (query: SavedQuery, name: string) => runCommand(query.projectId, () => changeSavedQuery(query, { name }));
export const removeSavedQuery = (query: SavedQuery) => runCommand(query.projectId, () => deleteSavedQuery(query));
