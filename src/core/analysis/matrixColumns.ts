// The columns of a coding matrix: cases, documents, coders, or the values of one case attribute,
// each with the documents it covers (a coder column covers every document but counts only that
// coder's codings). A document belongs to a case or attribute column through its case(s).
import { formatAttributeValue } from "../model/attributes";
import type { AttributeDefinition, AttributeValue, Case, CaseDocument, Coder, Id } from "../model/types";
import { nameCollator } from "../text/names";

export type ColumnSpec = { kind: "cases" } | { kind: "documents" } | { kind: "coders" } | { kind: "attribute"; attributeId: Id };

export interface ColumnSource {
  documents: { id: Id; name: string }[];
  cases: Case[];
  caseDocuments: CaseDocument[];
  attributes: AttributeDefinition[];
  coders: Coder[];
}

export interface MatrixColumn {
  /** The case, document or coder id; for an attribute column `value:` and the value as JSON, or NO_VALUE_COLUMN_ID. */
  id: Id;
  name: string;
  /** The documents the column covers, each once. */
  documentIds: Id[];
  /** Set on a coder column: only this coder's codings count in it. */
  coderId?: Id;
}

/** The attribute column of the cases without a value (shown only when there are such cases). */
export const NO_VALUE_COLUMN_ID = "(no value)";

const byName = <T extends { id: Id; name: string }>(a: T, b: T) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function matrixColumns(source: ColumnSource, spec: ColumnSpec): MatrixColumn[] {
  const documentIds = source.documents.map((d) => d.id);
  switch (spec.kind) {
    case "documents":
      return [...source.documents].sort(byName).map((d) => ({ id: d.id, name: d.name, documentIds: [d.id] }));
    case "coders":
      return [...source.coders].sort(byName).map((c) => ({ id: c.id, name: c.name, documentIds, coderId: c.id }));
    case "cases": {
      const documentsOf = caseDocumentIds(source);
      return [...source.cases].sort(byName).map((c) => ({ id: c.id, name: c.name, documentIds: [...(documentsOf.get(c.id) ?? [])] }));
    }
    case "attribute":
      return attributeColumns(source, spec.attributeId);
  }
}

/** Per case id, the ids of its known documents. */
function caseDocumentIds(source: ColumnSource): Map<Id, Set<Id>> {
  const known = new Set(source.documents.map((d) => d.id));
  const documentsOf = new Map<Id, Set<Id>>();
  for (const { caseId, documentId } of source.caseDocuments) {
    if (!known.has(documentId)) continue;
    const set = documentsOf.get(caseId);
    if (set) set.add(documentId);
    else documentsOf.set(caseId, new Set([documentId]));
  }
  return documentsOf;
}

/** One column per distinct value over the cases (choices in their order, numbers ascending, text and dates sorted), then "(no value)". */
function attributeColumns(source: ColumnSource, attributeId: Id): MatrixColumn[] {
  const attribute = source.attributes.find((a) => a.id === attributeId);
  if (!attribute) return [];
  const documentsOf = caseDocumentIds(source);
  const groups = new Map<string, { value: AttributeValue; documentIds: Set<Id> }>();
  for (const c of source.cases) {
    const value = c.attributes[attributeId] ?? null;
    const key = value === null ? NO_VALUE_COLUMN_ID : `value:${JSON.stringify(value)}`;
    const group = groups.get(key) ?? { value, documentIds: new Set<Id>() };
    groups.set(key, group);
    for (const documentId of documentsOf.get(c.id) ?? []) group.documentIds.add(documentId);
  }
  const rank = (value: AttributeValue) => {
    const at = typeof value === "string" ? attribute.choices.indexOf(value) : -1;
    return value === null ? attribute.choices.length + 1 : at < 0 ? attribute.choices.length : at;
  };
  const compare = (a: AttributeValue, b: AttributeValue) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    const [x, y] = [String(a), String(b)];
    return nameCollator.compare(x, y) || (x < y ? -1 : x > y ? 1 : 0);
  };
  return [...groups]
    .sort(([, a], [, b]) => rank(a.value) - rank(b.value) || compare(a.value, b.value))
    .map(([id, { value, documentIds }]) => ({
      id,
      name: value === null ? NO_VALUE_COLUMN_ID : formatAttributeValue(attribute.type, value),
      documentIds: [...documentIds],
    }));
}
