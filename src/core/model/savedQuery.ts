// A coding query kept by name: its expression and its scope (documents, cases, a case attribute's
// values, coders). Saved with the project and in its project file; every change is a command
// (core/commands/savedQueryCommands).
import type { Id } from "./types";

/** What an analysis is limited to; a list left out (or empty) limits nothing. */
export interface AnalysisScope {
  documentIds?: Id[];
  caseIds?: Id[];
  /** Documents of cases whose value of the attribute is one of these (as written: formatAttributeValue). */
  attribute?: { attributeId: Id; values: string[] };
  coderIds?: Id[];
}

export interface SavedQuery {
  id: Id;
  projectId: Id;
  name: string;
  expression: string;
  scope: AnalysisScope;
}
