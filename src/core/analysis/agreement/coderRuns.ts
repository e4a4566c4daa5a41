// What a coding comparison compares: the chosen codebook rows and documents, and per document,
// row and group the maximal runs of the union of the group's members' ranges at the row's code and
// its descendants (orphaned and empty codings count nowhere).
import type { Code, Coding, Id } from "../../model/types";
import { codebookRows, type CodebookRow } from "../codebookRows";
import { isCounted } from "../codedRuns";
import { unionRanges, type TextRange } from "../ranges";

export interface AgreementInput {
  codes: Code[];
  codings: Pick<Coding, "documentId" | "codeId" | "coderId" | "start" | "end" | "orphaned">[];
  documents: { id: Id; text: string }[];
}

export interface CoderRuns {
  rows: CodebookRow[];
  documents: { id: Id; text: string }[];
  /** Per group, its sorted runs in document d at row r. */
  runsOf(d: number, r: number): TextRange[][];
}

export function coderRuns(input: AgreementInput, request: { groups: Id[][]; codeIds?: Id[]; documentIds?: Id[] }): CoderRuns {
  const all = codebookRows(input.codes);
  const chosenCodes = request.codeIds && new Set(request.codeIds);
  const chosen = all.map((row) => !chosenCodes || row.lineage.some((r) => chosenCodes.has(all[r]!.code.id)));
  const rows: CodebookRow[] = [];
  /** Per row of the whole codebook, its number among the chosen rows. */
  const rowNumber = all.map((row, i) => (chosen[i] ? rows.push(row) - 1 : -1));
  const rowOfCode = new Map(all.map((row, i) => [row.code.id, i]));
  const chosenDocuments = request.documentIds && new Set(request.documentIds);
  const documents = input.documents.filter((d) => !chosenDocuments || chosenDocuments.has(d.id));
  const documentNumber = new Map(documents.map((d, i) => [d.id, i]));
  const groupsOf = new Map<Id, number[]>();
  request.groups.forEach((members, g) => {
    for (const coderId of new Set(members)) groupsOf.set(coderId, [...(groupsOf.get(coderId) ?? []), g]);
  });

  const m = request.groups.length;
  const buckets = new Map<number, TextRange[][]>();
  for (const coding of input.codings) {
    const groups = groupsOf.get(coding.coderId);
    const d = documentNumber.get(coding.documentId);
    const row = rowOfCode.get(coding.codeId);
    if (!groups || d === undefined || row === undefined || !isCounted(coding)) continue;
    for (const r of all[row]!.lineage) {
      if (!chosen[r]) continue;
      const key = d * rows.length + rowNumber[r]!;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = Array.from({ length: m }, () => [])));
      for (const g of groups) bucket[g]!.push({ start: coding.start, end: coding.end });
    }
  }
  const none: TextRange[][] = Array.from({ length: m }, () => []);
  return {
    rows,
    documents,
    runsOf: (d, r) => buckets.get(d * rows.length + r)?.map(unionRanges) ?? none,
  };
}
