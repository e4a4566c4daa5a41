// Codings turned into passages for listing: with their document's name, its cases and context.
import type { MatrixInput } from "../../core/analysis/matrix";
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
