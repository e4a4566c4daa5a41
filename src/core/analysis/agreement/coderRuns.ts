// What a coding comparison compares: the chosen codebook rows and documents, and per document,
// row and group the maximal runs of the union of the group's members' ranges at the row's code and
// its descendants (found by the counting rule's run scanner; orphaned and empty codings count nowhere).
import type { Code, Coding, Id } from "../../model/types";
import { codebookRows, type CodebookRow } from "../codebookRows";
import { groupCodings, RunScanner } from "../codedRuns";
import type { TextRange } from "../ranges";

export interface AgreementInput {
  codes: Code[];
  codings: Pick<Coding, "documentId" | "codeId" | "coderId" | "start" | "end" | "orphaned">[];
  documents: { id: Id; text: string }[];
}

export interface CoderRuns {
  rows: CodebookRow[];
  documents: { id: Id; text: string }[];
  /** For document d, per chosen row, per group its sorted runs; undefined for a row nobody coded there. */
  runsIn(d: number): (TextRange[][] | undefined)[];
}

export function coderRuns(input: AgreementInput, request: { groups: Id[][]; codeIds?: Id[]; documentIds?: Id[] }): CoderRuns {
  const all = codebookRows(input.codes);
  const chosenCodes = request.codeIds && new Set(request.codeIds);
  const rows: CodebookRow[] = [];
  /** Per row of the whole codebook, its number among the chosen rows, or -1. */
  const rowNumber = all.map((row) => (!chosenCodes || row.lineage.some((r) => chosenCodes.has(all[r]!.code.id)) ? rows.push(row) - 1 : -1));
  const chosenDocuments = request.documentIds && new Set(request.documentIds);
  const documents = input.documents.filter((d) => !chosenDocuments || chosenDocuments.has(d.id));
  const groupsOf = new Map<Id, number[]>();
  request.groups.forEach((members, g) => {
    for (const coderId of new Set(members)) groupsOf.set(coderId, [...(groupsOf.get(coderId) ?? []), g]);
  });
  const m = request.groups.length;
  const grouped = groupCodings(input.codings, new Map(all.map((r, i) => [r.code.id, i])));
  const scanner = new RunScanner(
    grouped,
    all.map((r) => r.lineage.filter((row) => rowNumber[row]! >= 0)),
    all.length,
  );
  return {
    rows,
    documents,
    runsIn: (d) => {
      const runs: (TextRange[][] | undefined)[] = new Array(rows.length);
      const group = grouped.byDocument.get(documents[d]!.id);
      if (!group) return runs;
      const members: number[][] = Array.from({ length: m }, () => []);
      for (const i of group) for (const g of groupsOf.get(input.codings[i]!.coderId) ?? []) members[g]!.push(i);
      members.forEach((own, g) => {
        scanner.scan(own, (row, start, end) => {
          const r = rowNumber[row]!;
          const perGroup = (runs[r] ??= Array.from({ length: m }, () => []));
          perGroup[g]!.push({ start, end });
        });
      });
      return runs;
    },
  };
}
