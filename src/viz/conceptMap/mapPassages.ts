// The coded passages behind a node or a link of the map, for the hover list and the panel that
// opens them: a code's or theme's codings (with its sub-codes), a case's, those of a code in a
// case's documents, and the passages two codes share (as the co-occurrence view lists them).
import { codebookRows, subtreeCodeIds } from "../../core/analysis/codebookRows";
import { TOPIC_NODE_ID } from "../../core/analysis/conceptGraph";
import type { MatrixInput } from "../../core/analysis/matrix";
import type { ListedPassage } from "../../ui/analysis/PassageList";
import { listedCooccurrencePassages, listedPassages } from "../../ui/analysis/passages";
import type { MapTarget } from "./renderMap";

export function mapPassages(input: MatrixInput, target: MapTarget): ListedPassage[] {
  const rows = codebookRows(input.codes);
  const codings = input.codings.filter((c) => !c.orphaned);
  const caseIds = new Set(input.cases.map((c) => c.id));
  const codesUnder = (id: string) => subtreeCodeIds(rows, rows.findIndex((r) => r.code.id === id));
  const documentsOf = (caseId: string) => new Set(input.caseDocuments.filter((l) => l.caseId === caseId).map((l) => l.documentId));
  const ordered = (list: typeof codings) => listedPassages(input, [...list].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start)));
  const select = (id: string) => {
    if (id === TOPIC_NODE_ID) return [];
    if (caseIds.has(id)) {
      const documents = documentsOf(id);
      return codings.filter((c) => documents.has(c.documentId));
    }
    const codes = codesUnder(id);
    return codings.filter((c) => codes.has(c.codeId));
  };
  if (target.kind === "node") return ordered(select(target.node.id));
  const { link } = target;
  if (link.kind === "cooccurrence") return listedCooccurrencePassages(input, link.source, link.target, "overlap");
  if (link.kind === "case") {
    const documents = documentsOf(link.source);
    const codes = codesUnder(link.target);
    return ordered(codings.filter((c) => documents.has(c.documentId) && codes.has(c.codeId)));
  }
  return ordered(select(link.target));
}
