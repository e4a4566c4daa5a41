// Words side by side: the documents grouped by case or by a case attribute's value (a document of
// several cases in each of their groups; a document of no case, or with no value, in a group of its
// own), the words counted per group, and the words most frequent over all groups listed first.
import { formatAttributeValue } from "../model/attributes";
import type { Id } from "../model/types";
import { nameCollator } from "../text/names";
import type { ScopeContext } from "./scope";
import { wordFrequency, type WordOptions } from "./wordFrequency";

export interface DocumentGroup {
  /** A case's name or an attribute's value; null for the documents left over. */
  name: string | null;
  documentIds: Id[];
}

export interface WordComparison {
  /** The words, most frequent over all groups first (then by word). */
  words: string[];
  groups: { name: string | null; counts: Map<string, number> }[];
}

export type GroupBy = { by: "case" } | { by: "attribute"; attributeId: Id };

/** The documents in groups, by the name of the case or the value (the documents left over last). */
export function groupDocuments(documentIds: readonly Id[], groupBy: GroupBy, context: ScopeContext): DocumentGroup[] {
  const groups = new Map<string | null, Id[]>();
  const definition = groupBy.by === "attribute" ? context.attributes.find((a) => a.id === groupBy.attributeId) : undefined;
  const nameOf = new Map(context.cases.map((c) => [c.id, groupBy.by === "case" ? c.name : definition ? formatAttributeValue(definition.type, c.attributes[definition.id] ?? null) || null : null]));
  for (const documentId of documentIds) {
    const names = new Set<string | null>(context.caseDocuments.filter((l) => l.documentId === documentId && nameOf.has(l.caseId)).map((l) => nameOf.get(l.caseId)!));
    if (names.size === 0) names.add(null);
    for (const name of names) {
      const list = groups.get(name) ?? [];
      list.push(documentId);
      groups.set(name, list);
    }
  }
  const result = [...groups].filter(([, ids]) => ids.length > 0).map(([name, ids]) => ({ name, documentIds: ids }));
  const named = result.filter((g) => g.name !== null).sort((a, b) => nameCollator.compare(a.name!, b.name!));
  return [...named, ...result.filter((g) => g.name === null)];
}

export function compareWords(documents: readonly { id: Id; text: string }[], groups: readonly DocumentGroup[], options: WordOptions, limit: number): WordComparison {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const counted = groups.map((g) => ({
    name: g.name,
    counts: new Map(wordFrequency(g.documentIds.flatMap((id) => (byId.has(id) ? [{ documentId: id, text: byId.get(id)!.text }] : [])), options).map((w) => [w.word, w.count])),
  }));
  const totals = new Map<string, number>();
  for (const group of counted) for (const [word, count] of group.counts) totals.set(word, (totals.get(word) ?? 0) + count);
  const words = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
  return { words, groups: counted };
}
