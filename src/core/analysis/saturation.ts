// The saturation curve: documents in a chosen order, and for each the codes first used there
// (a code's own codings only, not roll-ups of its sub-codes) with the total of codes used so far;
// saturation shows as a run of documents that bring no new code.
import type { Case, CaseDocument, AttributeDefinition, Coding, Id, TextDocument } from "../model/types";
import { isCounted } from "./codedRuns";
import { nameCollator } from "../text/names";
import { inProjectOrder } from "../model/documentOrder";

export interface SaturationPoint {
  documentId: Id;
  newCodeIds: Id[];
  total: number;
}

/** The order of documents: as the project holds them, by name, by import date, or by a case attribute. */
export type DocumentOrder = { by: "project" } | { by: "name" } | { by: "imported" } | { by: "attribute"; attributeId: Id };

export interface OrderContext {
  cases: readonly Case[];
  caseDocuments: readonly CaseDocument[];
  attributes: readonly AttributeDefinition[];
}

/** Documents in the chosen order; a document without an import date counts as imported first. */
export function orderDocuments<T extends Pick<TextDocument, "id" | "name" | "position"> & { created?: string }>(documents: readonly T[], order: DocumentOrder, context?: OrderContext): T[] {
  const list = [...documents];
  if (order.by === "name") return list.sort((a, b) => nameCollator.compare(a.name, b.name));
  if (order.by === "imported") {
    // A document whose file gave no date sorts first, as imported before any dated one.
    return list.sort((a, b) => ((a.created ?? "") < (b.created ?? "") ? -1 : (a.created ?? "") > (b.created ?? "") ? 1 : 0));
  }
  if (order.by === "attribute" && context) {
    const caseOf = new Map<Id, Case>();
    const caseById = new Map(context.cases.map((c) => [c.id, c]));
    for (const link of context.caseDocuments) if (!caseOf.has(link.documentId) && caseById.has(link.caseId)) caseOf.set(link.documentId, caseById.get(link.caseId)!);
    const value = (d: T) => caseOf.get(d.id)?.attributes[order.attributeId] ?? null;
    // Documents without a value go last, in the project's order (the sort is stable).
    return list.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
      if (typeof x === "number" && typeof y === "number") return x - y;
      return nameCollator.compare(String(x), String(y));
    });
  }
  return inProjectOrder(list);
}

export function saturationCurve(documentIds: readonly Id[], codings: readonly Coding[]): SaturationPoint[] {
  const codesByDocument = new Map<Id, Set<Id>>();
  for (const coding of codings) {
    if (!isCounted(coding)) continue;
    const set = codesByDocument.get(coding.documentId) ?? new Set<Id>();
    set.add(coding.codeId);
    codesByDocument.set(coding.documentId, set);
  }
  const seen = new Set<Id>();
  return documentIds.map((documentId) => {
    const newCodeIds = [...(codesByDocument.get(documentId) ?? [])].filter((id) => !seen.has(id)).sort();
    for (const id of newCodeIds) seen.add(id);
    return { documentId, newCodeIds, total: seen.size };
  });
}

/** How many of the last documents brought no new code (0 when the last one did). */
export function documentsWithoutNewCodes(points: readonly SaturationPoint[]): number {
  let count = 0;
  for (let i = points.length - 1; i >= 0 && points[i]!.newCodeIds.length === 0; i--) count++;
  return count;
}
