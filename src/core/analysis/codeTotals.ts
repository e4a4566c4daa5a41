// References and documents per code, by the counting rules of fixtures/banten/README.md: a code
// without children counts its codings; a parent code counts the maximal runs of the union of its own
// and its descendants' ranges in each document (overlapping or touching ranges are one reference).
import type { Code, Coding, Id } from "../model/types";

export type CountedCoding = Pick<Coding, "codeId" | "documentId" | "start" | "end">;

export interface CodeTotal {
  /** Coded passages: codings for a code without children, maximal runs of the union for a parent code. */
  references: number;
  /** Documents with a coding at the code or, for a parent code, at any of its descendants. */
  documents: number;
  /** Codings made directly at the code. */
  ownReferences: number;
}

/** A total for every code (zeros where nothing is coded); codings at unknown codes are ignored. */
export function codeTotals(codes: Code[], codings: CountedCoding[]): Map<Id, CodeTotal> {
  const position = new Map(codes.map((code, i) => [code.id, i]));
  const lineages = codes.map((_, i) => lineage(i, codes, position));
  const isParent = new Array<boolean>(codes.length).fill(false);
  for (const code of codes) {
    const parent = code.parentId === null ? undefined : position.get(code.parentId);
    if (parent !== undefined) isParent[parent] = true;
  }

  const runs = new Int32Array(codes.length);
  const documents = new Int32Array(codes.length);
  const own = new Int32Array(codes.length);
  /** Per code: the number of the document last seen, and where the current run ends in it. */
  const seenIn = new Int32Array(codes.length).fill(-1);
  const runEnd = new Float64Array(codes.length);

  const count = codings.length;
  const { codeOf, ends, groups } = byDocument(codings, position);
  for (let documentNumber = 0; documentNumber < groups.length; documentNumber++) {
    for (const key of groups[documentNumber]!) {
      const i = key % count;
      const start = (key - i) / count;
      const end = ends[i]!;
      const code = codeOf[i]!;
      own[code]!++;
      for (const c of lineages[code]!) {
        if (seenIn[c] !== documentNumber) {
          seenIn[c] = documentNumber;
          documents[c]!++;
          runEnd[c] = -Infinity;
        }
        if (start >= end) continue;
        if (start <= runEnd[c]!) runEnd[c] = Math.max(runEnd[c]!, end);
        else {
          runs[c]!++;
          runEnd[c] = end;
        }
      }
    }
  }

  return new Map(
    codes.map((code, i) => [code.id, { references: isParent[i] ? runs[i]! : own[i]!, documents: documents[i]!, ownReferences: own[i]! }]),
  );
}

/**
 * The codings at known codes in typed arrays, for speed: code and end by coding index, and one group
 * per document of keys start × count + index (exact: offsets are whole numbers), sorted, so that each
 * group runs in order of start.
 */
function byDocument(codings: CountedCoding[], position: Map<Id, number>): { codeOf: Int32Array; ends: Float64Array; groups: Float64Array[] } {
  const count = codings.length;
  const codeOf = new Int32Array(count);
  const ends = new Float64Array(count);
  const documentOf = new Int32Array(count);
  const numbers = new Map<Id, number>();
  const sizes: number[] = [];
  codings.forEach(({ codeId, documentId, end }, i) => {
    const code = position.get(codeId);
    documentOf[i] = -1;
    if (code === undefined) return;
    let n = numbers.get(documentId);
    if (n === undefined) numbers.set(documentId, (n = sizes.push(0) - 1));
    sizes[n]!++;
    codeOf[i] = code;
    ends[i] = end;
    documentOf[i] = n;
  });
  const groups = sizes.map((size) => new Float64Array(size));
  const filled = new Int32Array(sizes.length);
  codings.forEach(({ start }, i) => {
    const n = documentOf[i]!;
    if (n >= 0) groups[n]![filled[n]!++] = start * count + i;
  });
  for (const group of groups) group.sort();
  return { codeOf, ends, groups };
}

/** The code and its ancestors (positions), stopping at a missing parent or a cycle. */
function lineage(i: number, codes: Code[], position: Map<Id, number>): number[] {
  const chain = [i];
  for (let parentId = codes[i]!.parentId; parentId !== null; ) {
    const parent = position.get(parentId);
    if (parent === undefined || chain.includes(parent)) break;
    chain.push(parent);
    parentId = codes[parent]!.parentId;
  }
  return chain;
}
