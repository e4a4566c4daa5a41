// An analysis scope applied to a project: the documents it keeps (chosen documents, documents of
// chosen cases, documents of cases with chosen values of an attribute: all of the named limits at
// once) and the coders whose codings count. A limit left out keeps everything.
import { formatAttributeValue } from "../model/attributes";
import type { AnalysisScope } from "../model/savedQuery";
import type { AttributeDefinition, Case, CaseDocument, Id } from "../model/types";

export interface ScopeContext {
  cases: readonly Case[];
  caseDocuments: readonly CaseDocument[];
  attributes: readonly AttributeDefinition[];
}

/** The ids of the documents in scope, or null when the scope limits no document. */
export function documentsInScope(scope: AnalysisScope, context: ScopeContext): Set<Id> | null {
  const limits: Set<Id>[] = [];
  if (scope.documentIds?.length) limits.push(new Set(scope.documentIds));
  if (scope.caseIds?.length) {
    const cases = new Set(scope.caseIds);
    limits.push(new Set(context.caseDocuments.filter((l) => cases.has(l.caseId)).map((l) => l.documentId)));
  }
  const attribute = scope.attribute?.values.length ? scope.attribute : undefined;
  if (attribute) {
    const definition = context.attributes.find((a) => a.id === attribute.attributeId);
    const values = new Set(attribute.values);
    const cases = new Set(
      context.cases.filter((c) => definition && values.has(formatAttributeValue(definition.type, c.attributes[definition.id] ?? null))).map((c) => c.id),
    );
    limits.push(new Set(context.caseDocuments.filter((l) => cases.has(l.caseId)).map((l) => l.documentId)));
  }
  if (limits.length === 0) return null;
  const [first, ...rest] = limits;
  return new Set([...first!].filter((id) => rest.every((limit) => limit.has(id))));
}

/** The coders whose codings count, or null for all. */
export function codersInScope(scope: AnalysisScope): Set<Id> | null {
  return scope.coderIds?.length ? new Set(scope.coderIds) : null;
}

/** Whether the scope limits anything at all. */
export function isWholeProject(scope: AnalysisScope): boolean {
  return !scope.documentIds?.length && !scope.caseIds?.length && !scope.attribute?.values.length && !scope.coderIds?.length;
}

/** The distinct values the cases hold for an attribute, as written, in order of first appearance; empty values left out. */
export function attributeValues(attribute: AttributeDefinition, cases: readonly Case[]): string[] {
  const values = new Set<string>();
  for (const c of cases) {
    const value = formatAttributeValue(attribute.type, c.attributes[attribute.id] ?? null);
    if (value !== "") values.add(value);
  }
  return [...values];
}
