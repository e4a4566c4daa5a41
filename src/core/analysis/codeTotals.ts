// References and documents per code, by the counting rule of codedRuns.ts (fixtures/banten/README.md):
// a code's references in a document are, per coder, the maximal runs of the union of that coder's
// ranges at the code and its descendants (overlapping or touching ranges are one), summed over coders.
import type { Code, Coding, Id } from "../model/types";
import { codebookRows } from "./codebookRows";
import { groupCodings, referenceGroups, RunScanner } from "./codedRuns";

export type CountedCoding = Pick<Coding, "codeId" | "documentId" | "coderId" | "start" | "end"> & Partial<Pick<Coding, "orphaned">>;

export interface CodeTotal {
  /** Coded passages: per coder, the maximal runs of the code's (and its descendants') ranges. */
  references: number;
  /** Documents with a counted coding at the code or at any of its descendants. */
  documents: number;
  /** Codings made directly at the code. */
  ownReferences: number;
}

/**
 * A total for every code (zeros where nothing is coded); codings at unknown codes, orphaned and
 * empty codings are not counted (`ownReferences` counts every coding made at the code).
 */
export function codeTotals(codes: Code[], codings: CountedCoding[]): Map<Id, CodeTotal> {
  const rows = codebookRows(codes);
  const rowOf = new Map(rows.map((r, i) => [r.code.id, i]));
  const grouped = groupCodings(codings, rowOf);
  const scanner = new RunScanner(
    grouped,
    rows.map((r) => r.lineage),
    rows.length,
  );
  const references = new Int32Array(rows.length);
  const documents = new Int32Array(rows.length);
  const seenIn = new Int32Array(rows.length).fill(-1);
  let documentNumber = 0;
  for (const group of grouped.byDocument.values()) {
    for (const own of referenceGroups(grouped, group)) {
      scanner.scan(own, (row) => {
        references[row]!++;
        if (seenIn[row] !== documentNumber) {
          seenIn[row] = documentNumber;
          documents[row]!++;
        }
      });
    }
    documentNumber++;
  }
  const own = new Map<Id, number>();
  for (const { codeId } of codings) own.set(codeId, (own.get(codeId) ?? 0) + 1);
  return new Map(
    codes.map((code) => {
      const row = rowOf.get(code.id);
      return [code.id, { references: row === undefined ? 0 : references[row]!, documents: row === undefined ? 0 : documents[row]!, ownReferences: own.get(code.id) ?? 0 }];
    }),
  );
}
