// The references table that goes with an exported map: codes and themes as rows (themes rolled up
// by the counting rules), cases as columns, references in the cells, from the coding matrix.
import { codingMatrix } from "../../core/analysis/matrix";
import type { Case, CaseDocument, Code, Coding } from "../../core/model/types";

export interface ReferencesTableInput {
  codes: Code[];
  codings: Coding[];
  documents: { id: string; name: string }[];
  cases: Case[];
  caseDocuments: CaseDocument[];
}

export interface ReferencesTable {
  columns: string[];
  rows: { label: string; depth: number; isTheme: boolean; values: number[]; total: number }[];
}

export function referencesTable(input: ReferencesTableInput): ReferencesTable {
  const matrix = codingMatrix(
    {
      codes: input.codes,
      // The references measure never reads the text; orphaned codings do not count.
      codings: input.codings.filter((c) => !c.orphaned),
      documents: input.documents.map((d) => ({ id: d.id, name: d.name, text: "" })),
      cases: input.cases,
      caseDocuments: input.caseDocuments,
      attributes: [],
      coders: [],
    },
    { columns: { kind: "cases" }, measure: "references" },
  );
  return {
    columns: matrix.columns.map((c) => c.name),
    rows: matrix.rows.map((r) => ({ label: r.path[r.path.length - 1] ?? "", depth: r.depth, isTheme: r.isTheme, values: r.values, total: r.total })),
  };
}
