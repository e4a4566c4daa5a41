// Code co-occurrence: shared passages and shared documents counted by hand, against a brute-force
// count over arrays of covered code points (seeded), and on the Banten study's reference coding.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cooccurrence, cooccurrencePassages, type CooccurrenceInput, type CooccurrenceMode } from "../../../src/core/analysis/cooccurrence";
import type { Code, Coding } from "../../../src/core/model/types";
import { sliceCodePoints } from "../../../src/core/text/offsets";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { seededRandom as random } from "../../support/random";

function code(id: string, parentId: string | null, order: number): Code {
  return { id, projectId: "p", name: id, parentId, color: null, description: "", order };
}

function coding(codeId: string, documentId: string, start: number, end: number, orphaned = false, coderId = "me"): Coding {
  return {
    id: `${codeId}@${documentId}:${start}/${coderId}`,
    projectId: "p",
    documentId,
    codeId,
    start,
    end,
    coderId,
    created: "2024-01-01T00:00:00.000Z",
    quote: "",
    before: "",
    after: "",
    ...(orphaned ? { orphaned: true as const } : {}),
  };
}

/** A theme T with codes a and b, and a top-level code L. */
const HAND: CooccurrenceInput = {
  codes: [code("L", null, 1), code("b", "T", 1), code("a", "T", 0), code("T", null, 0)],
  codings: [
    coding("a", "d1", 0, 10),
    coding("b", "d1", 5, 15), // overlaps a: one passage
    coding("a", "d1", 20, 30),
    coding("b", "d1", 30, 40), // only touches a: nothing shared
    coding("a", "d1", 50, 60),
    coding("b", "d1", 50, 60), // the same passage at both: one more
    coding("L", "d1", 0, 40),
    coding("a", "d2", 0, 5),
    coding("L", "d2", 3, 8),
    coding("b", "d3", 0, 5),
    coding("b", "d3", 2, 8), // overlapping codings of one code: one reference
    coding("L", "d3", 10, 12), // in the same document as b, not on the same text
    coding("a", "d3", 0, 8, true), // orphaned: never counted
  ],
};

describe("cooccurrence by hand", () => {
  it("lists codes and themes in codebook order", () => {
    expect(cooccurrence(HAND, "overlap").codes).toEqual([
      { id: "T", path: ["T"] },
      { id: "a", path: ["T", "a"] },
      { id: "b", path: ["T", "b"] },
      { id: "L", path: ["L"] },
    ]);
  });

  it("counts shared passages, with each code's references on the diagonal", () => {
    expect(cooccurrence(HAND, "overlap").counts).toEqual([
      [5, 4, 4, 3],
      [4, 4, 2, 3],
      [4, 2, 4, 2],
      [3, 3, 2, 3],
    ]);
  });

  it("counts shared documents, with each code's documents on the diagonal", () => {
    expect(cooccurrence(HAND, "document").counts).toEqual([
      [3, 2, 2, 3],
      [2, 2, 1, 2],
      [2, 1, 2, 2],
      [3, 2, 2, 3],
    ]);
  });

  it("lists the passages behind a cell", () => {
    expect(cooccurrencePassages(HAND, "a", "b", "overlap")).toEqual([
      { documentId: "d1", start: 5, end: 10 },
      { documentId: "d1", start: 50, end: 60 },
    ]);
    expect(cooccurrencePassages(HAND, "L", "T", "overlap")).toEqual([
      { documentId: "d1", start: 0, end: 15 },
      { documentId: "d1", start: 20, end: 40 },
      { documentId: "d2", start: 3, end: 5 },
    ]);
    expect(cooccurrencePassages(HAND, "b", "L", "document")).toEqual([
      { documentId: "d1", start: 0, end: 40 },
      { documentId: "d1", start: 50, end: 60 },
      { documentId: "d3", start: 0, end: 8 },
      { documentId: "d3", start: 10, end: 12 },
    ]);
    expect(cooccurrencePassages(HAND, "a", "gone", "overlap")).toEqual([]);
  });
});


const LENGTH = 200;

/** Per document, which code points the code (with its descendants) covers. */
function coverage(input: CooccurrenceInput, codeId: string): Map<string, boolean[]> {
  const inSubtree = (id: string | null): boolean => id !== null && (id === codeId || inSubtree(input.codes.find((c) => c.id === id)?.parentId ?? null));
  const covered = new Map<string, boolean[]>();
  for (const c of input.codings) {
    if (c.orphaned || !inSubtree(c.codeId)) continue;
    const marks = covered.get(c.documentId) ?? new Array<boolean>(LENGTH).fill(false);
    covered.set(c.documentId, marks.fill(true, c.start, c.end));
  }
  return covered;
}

/** The shared passages (runs of both arrays ANDed) or shared documents, by brute force. */
function bruteForce(input: CooccurrenceInput, a: string, b: string, mode: CooccurrenceMode): { count: number; passages: { documentId: string; start: number; end: number }[] } {
  const [inA, inB] = [coverage(input, a), coverage(input, b)];
  const passages = [];
  let documents = 0;
  for (const documentId of [...inA.keys()].sort()) {
    const [x, y] = [inA.get(documentId)!, inB.get(documentId)];
    if (!y || !x.includes(true) || !y.includes(true)) continue;
    documents++;
    const both = x.map((covered, i) => covered && y[i]!);
    for (let i = 0; i < LENGTH; i++) {
      if (!both[i] || both[i - 1]) continue;
      let end = i;
      while (both[end]) end++;
      passages.push({ documentId, start: i, end });
    }
  }
  return { count: mode === "overlap" ? passages.length : documents, passages };
}

describe("cooccurrence with two coders", () => {
  const codes = [code("a", null, 0), code("b", null, 1)];
  const index = (m: ReturnType<typeof cooccurrence>, id: string) => m.codes.findIndex((c) => c.id === id);

  it("counts a passage both coders coded at both codes once per coder, or once when merged", () => {
    const input = { codes, codings: [coding("a", "d1", 0, 10, false, "u1"), coding("b", "d1", 2, 8, false, "u1"), coding("a", "d1", 0, 10, false, "u2"), coding("b", "d1", 2, 8, false, "u2")] };
    const perCoder = cooccurrence(input, "overlap");
    const merged = cooccurrence(input, "overlap", { mergeCoders: true });
    expect(perCoder.counts[index(perCoder, "a")]![index(perCoder, "b")]).toBe(2);
    expect(perCoder.counts[index(perCoder, "a")]![index(perCoder, "a")]).toBe(2);
    expect(merged.counts[index(merged, "a")]![index(merged, "b")]).toBe(1);
    expect(cooccurrencePassages(input, "a", "b", "overlap")).toHaveLength(2);
    expect(cooccurrencePassages(input, "a", "b", "overlap", { mergeCoders: true })).toEqual([{ documentId: "d1", start: 2, end: 8 }]);
  });

  it("does not join one coder's code with another coder's unless merged", () => {
    const input = { codes, codings: [coding("a", "d1", 0, 10, false, "u1"), coding("b", "d1", 2, 8, false, "u2")] };
    expect(cooccurrence(input, "overlap").counts[0]![1]).toBe(0);
    expect(cooccurrence(input, "overlap", { mergeCoders: true }).counts[0]![1]).toBe(1);
    expect(cooccurrencePassages(input, "a", "b", "overlap")).toEqual([]);
    expect(cooccurrence(input, "document").counts[0]![1]).toBe(1);
  });
});

describe("cooccurrence against the brute-force count", () => {
  it("agrees on random code trees and codings (seeded)", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const pick = (n: number) => Math.floor(next() * n);
      const codes: Code[] = [];
      for (let i = 0; i < 12; i++) codes.push(code(`k${i}`, i > 0 && next() < 0.6 ? `k${pick(i)}` : null, pick(3)));
      const codings: Coding[] = [];
      for (let i = 0; i < 150; i++) {
        const start = pick(LENGTH - 30);
        codings.push(coding(`k${pick(codes.length)}`, `d${pick(5)}`, start, start + pick(30), next() < 0.05));
      }
      const input = { codes, codings };
      for (const mode of ["overlap", "document"] as const) {
        const result = cooccurrence(input, mode);
        result.codes.forEach((a, i) =>
          result.codes.forEach((b, j) => {
            const expected = bruteForce(input, a.id, b.id, mode);
            expect({ seed, mode, a: a.id, b: b.id, count: result.counts[i]![j] }).toEqual({ seed, mode, a: a.id, b: b.id, count: expected.count });
            if (mode === "overlap") expect(cooccurrencePassages(input, a.id, b.id, mode)).toEqual(expected.passages);
          }),
        );
      }
    }
  });
});

describe("cooccurrence on the Banten study", async () => {
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const overlap = cooccurrence(content, "overlap");
  const count = (a: string, b: string) => {
    const [i, j] = [a, b].map((name) => overlap.codes.findIndex((c) => c.path.at(-1) === name));
    return overlap.counts[i!]![j!];
  };

  it("finds the passage of Informan C and F coded at two codes of different themes", () => {
    expect(count("Kompetensi aparatur kurang", "Peningkatan kompetensi")).toBe(2);
    expect(count("Peningkatan kompetensi", "Kompetensi aparatur kurang")).toBe(2);
    const id = (name: string) => content.codes.find((c) => c.name === name)!.id;
    const passages = cooccurrencePassages(content, id("Kompetensi aparatur kurang"), id("Peningkatan kompetensi"), "overlap");
    const documentName = (documentId: string) => content.documents.find((d) => d.id === documentId)!.name;
    expect(passages.map((p) => documentName(p.documentId)).sort()).toEqual(["Informan C", "Informan F"]);
    const informanF = passages.find((p) => documentName(p.documentId) === "Informan F")!;
    const text = content.documents.find((d) => d.id === informanF.documentId)!.text;
    expect(sliceCodePoints(text, informanF.start, informanF.end)).toBe(
      "Jadi diperlukan perbaikan kompetensi para aparatur yang menjadi admin media sosial terutama untuk akun resmi pemerintahan daerah hingga desa.",
    );
  });

  it("finds the passage of Informan E coded at two codes of one theme", () => {
    expect(count("Partisipasi publik", "Memperpendek jarak")).toBeGreaterThanOrEqual(1);
  });
});
