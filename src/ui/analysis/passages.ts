// Codings, or the passages two codes share, turned into passages for listing: with their
// document's name, its cases and context.
import { cooccurrencePassages, type CooccurrenceMode } from "../../core/analysis/cooccurrence";
import type { MatrixInput } from "../../core/analysis/matrix";
import { anchorPassage } from "../../core/model/anchor";
import type { Coding } from "../../core/model/types";
import type { ListedPassage } from "./PassageList";

interface PassageSource {
  documents: { id: string; name: string }[];
  cases: MatrixInput["cases"];
  caseDocuments: MatrixInput["caseDocuments"];
}

export function listedPassages(input: PassageSource, codings: Coding[]): ListedPassage[] {
  const documentName = new Map(input.documents.map((d) => [d.id, d.name]));
  const caseName = new Map(input.cases.map((c) => [c.id, c.name]));
  const casesOf = (documentId: string) =>
    input.caseDocuments.filter((l) => l.documentId === documentId).map((l) => caseName.get(l.caseId) ?? "").join(", ");
  return codings.map((c) => ({
    key: c.id,
    documentId: c.documentId,
    documentName: documentName.get(c.documentId) ?? "",
    caseName: casesOf(c.documentId),
    start: c.start,
    end: c.end,
    before: c.before,
    text: c.quote,
    after: c.after,
  }));
}

/** The passages two codes share (cooccurrencePassages), each with its context read from its document's text. */
export function listedCooccurrencePassages(input: MatrixInput, codeA: string, codeB: string, mode: CooccurrenceMode): ListedPassage[] {
  const documents = new Map(input.documents.map((d) => [d.id, d]));
  const caseName = new Map(input.cases.map((c) => [c.id, c.name]));
  return cooccurrencePassages(input, codeA, codeB, mode).map((p) => {
    const document = documents.get(p.documentId)!;
    const anchor = anchorPassage(document.text, p.start, p.end);
    const cases = input.caseDocuments.filter((l) => l.documentId === p.documentId).map((l) => caseName.get(l.caseId) ?? "");
    return { key: `${p.documentId}:${p.start}`, documentId: p.documentId, documentName: document.name, caseName: cases.join(", "), start: p.start, end: p.end, before: anchor.before, text: anchor.quote, after: anchor.after };
  });
}
