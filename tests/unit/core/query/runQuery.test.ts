// Coding queries against a per-code-point brute force written here: seeded random projects with
// emoji and combining marks in the text, two coders, nested codes; every operator and nesting of
// operators gives the same passages as the brute force, and the Banten demo gives its known pair.
import { describe, expect, it } from "vitest";
import { parseQuery, QueryError, type QueryNode } from "../../../../src/core/analysis/query/queryParser";
import { resolveCodePath, runQuery, type QueryInput } from "../../../../src/core/analysis/query/runQuery";
import type { Code, Coding } from "../../../../src/core/model/types";
import { buildStudyFromFiles } from "../../../../src/formats/studyFiles";
import { readBantenStudyFiles } from "../../../../scripts/bantenStudyFiles";
import { seededRandom } from "../../../support/random";

const WORDS = ["kantor", "cafe\u0301", "admin", "😀", "lambat", "warga", "ya", "👩🏽", "pelayanan", "media"];

function code(id: string, name: string, parentId: string | null): Code {
  return { id, projectId: "p", name, parentId, color: null, description: "", order: 0 };
}
const CODES = [code("t1", "Tema", null), code("a", "A", "t1"), code("b", "B", "t1"), code("t2", "Lain", null), code("c", "C", "t2"), code("d", "D", "c")];

function randomProject(seed: number): QueryInput {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const documents = [0, 1].map((n) => {
    const parts: string[] = [];
    for (let i = 0; i < 60; i++) parts.push(pick(WORDS), random() < 0.12 ? "\n" : pick([" ", " ", ", ", ". "]));
    return { id: `d${n}`, name: `Doc ${n}`, text: parts.join("") };
  });
  const codings: Coding[] = [];
  for (const document of documents) {
    const length = Array.from(document.text).length;
    for (let i = 0; i < 25; i++) {
      const start = Math.floor(random() * length);
      const end = Math.min(length, start + 1 + Math.floor(random() * 30));
      codings.push({
        id: `${document.id}-${i}`, projectId: "p", documentId: document.id, codeId: pick(["a", "b", "c", "d", "t1"]), start, end,
        coderId: pick(["x", "y"]), created: "", quote: "", before: "", after: "", ...(random() < 0.05 ? { orphaned: true as const } : {}),
      });
    }
  }
  return { codes: CODES, codings, documents };
}

/** Per code point: is it coded at the operand's codes by the coders in scope? */
function bruteOperand(input: QueryInput, documentId: string, codeIds: Set<string>, coders: Set<string> | null): boolean[] {
  const text = input.documents.find((d) => d.id === documentId)!.text;
  const covered = Array.from(text).map(() => false);
  for (const c of input.codings) {
    if (c.documentId !== documentId || c.orphaned || !codeIds.has(c.codeId) || (coders && !coders.has(c.coderId))) continue;
    for (let i = c.start; i < c.end; i++) covered[i] = true;
  }
  return covered;
}

function runsOf(covered: boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  covered.forEach((on, i) => {
    if (on && (i === 0 || !covered[i - 1])) runs.push({ start: i, end: i + 1 });
    else if (on) runs[runs.length - 1]!.end = i + 1;
  });
  return runs;
}

/** Words as runs of letters and marks, found by a regular expression over the code points. */
function bruteWords(text: string): { start: number; end: number }[] {
  const points = Array.from(text);
  const words: { start: number; end: number }[] = [];
  points.forEach((p, i) => {
    const inWord = /[\p{L}\p{M}]/u.test(p);
    const wasInWord = i > 0 && /[\p{L}\p{M}]/u.test(points[i - 1]!);
    if (inWord && !wasInWord) words.push({ start: i, end: i + 1 });
    else if (inWord) words[words.length - 1]!.end = i + 1;
  });
  return words;
}

function descendants(id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of CODES) {
      if (c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
        ids.add(c.id);
        grew = true;
      }
    }
  }
  return ids;
}

function brute(input: QueryInput, node: QueryNode, documentId: string, coders: Set<string> | null): boolean[] {
  const text = input.documents.find((d) => d.id === documentId)!.text;
  const points = Array.from(text);
  if (node.kind === "code") {
    const id = CODES.find((c) => c.name === node.path[node.path.length - 1])!.id;
    return bruteOperand(input, documentId, node.withSubcodes ? descendants(id) : new Set([id]), coders);
  }
  const left = brute(input, node.left, documentId, coders);
  const right = brute(input, node.right, documentId, coders);
  switch (node.kind) {
    case "and": return left.map((l, i) => l && right[i]!);
    case "or": return left.map((l, i) => l || right[i]!);
    case "not": return left.map((l, i) => l && !right[i]!);
    case "near":
    case "precedes": {
      const words = bruteWords(text);
      const rights = runsOf(right);
      const limit = node.kind === "near" ? node.words : 0;
      const kept = points.map(() => false);
      for (const l of runsOf(left)) {
        const keep = rights.some((r) => {
          if (node.kind === "precedes") return r.start >= l.end && !points.slice(l.end, r.start).includes("\n");
          if (r.start <= l.end && r.end >= l.start) return true;
          const [from, to] = r.start >= l.end ? [l.end, r.start] : [r.end, l.start];
          return words.filter((w) => w.start >= from && w.end <= to).length <= limit;
        });
        if (keep) for (let i = l.start; i < l.end; i++) kept[i] = true;
      }
      // Kept left runs are disjoint and never touch (they are maximal runs), so their runs are themselves.
      return kept;
    }
  }
}

const QUERIES = [
  '"A" AND "B"', '"Tema" AND "Lain"', '"A" OR "C"', '"Tema" NOT "B"', 'ONLY "Tema" OR "D"', '"C" NOT ONLY "C"',
  '"A" NEAR 0 "B"', '"A" NEAR 3 "Lain"', '"Tema/B" PRECEDES "C"', '("A" OR "B") AND NOT_PLACEHOLDER',
  '"A" AND ("B" OR "C") NOT "D"', '("A" NEAR 2 "C") OR ("B" PRECEDES "D")', '"Lain/C/D" OR "A" AND "B"',
].map((q) => q.replace("NOT_PLACEHOLDER", '"Lain"'));

describe("coding queries", () => {
  it("match a per-code-point brute force on seeded random projects, for every operator", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const input = randomProject(seed);
      for (const text of QUERIES) {
        const query = parseQuery(text);
        for (const coders of [null, new Set(["x"])]) {
          const got = runQuery(input, query, coders ? { coderIds: coders } : {});
          const expected = input.documents.flatMap((d) =>
            runsOf(brute(input, query, d.id, coders)).map((r) => ({ document: d.name, start: r.start, end: r.end, text: Array.from(d.text).slice(r.start, r.end).join("") })),
          );
          expect(got.map(({ document, start, end, text }) => ({ document, start, end, text })), `seed ${seed}: ${text}`).toEqual(expected);
        }
      }
    }
  });

  it("limits the passages to the documents in scope", () => {
    const input = randomProject(7);
    const all = runQuery(input, parseQuery('"Tema" OR "Lain"'));
    const one = runQuery(input, parseQuery('"Tema" OR "Lain"'), { documentIds: new Set(["d1"]) });
    expect(one).toEqual(all.filter((p) => p.documentId === "d1"));
    expect(one.length).toBeGreaterThan(0);
  });

  it("gives the Banten demo's two passages coded at both Kompetensi aparatur kurang and Peningkatan kompetensi", () => {
    const study = buildStudyFromFiles(readBantenStudyFiles());
    const passages = runQuery(study, parseQuery('"Kendala tata kelola/Kompetensi aparatur kurang" AND "Harapan dan rekomendasi"'));
    expect(passages.map((p) => p.document)).toEqual(["Informan C", "Informan F"]);
    const codingsOf = (name: string, documentId: string) => study.codings.filter((c) => c.documentId === documentId && c.codeId === study.codes.find((k) => k.name === name)!.id);
    for (const passage of passages) {
      const [b] = codingsOf("Peningkatan kompetensi", passage.documentId);
      const a = codingsOf("Kompetensi aparatur kurang", passage.documentId).find((c) => c.start < b!.end && b!.start < c.end)!;
      const text = study.documents.find((d) => d.id === passage.documentId)!.text;
      expect(passage.text).toBe(Array.from(text).slice(Math.max(a.start, b!.start), Math.min(a.end, b!.end)).join(""));
    }
  });
});

describe("the query language", () => {
  it("reads names with spaces, escaped slashes and curly quotes, and resolves a unique end of a path", () => {
    expect(parseQuery('“Tema/A” AND "x\\/y"')).toEqual({
      kind: "and",
      left: { kind: "code", path: ["Tema", "A"], withSubcodes: true, position: 0 },
      right: { kind: "code", path: ["x/y"], withSubcodes: true, position: 13 },
    });
    expect(resolveCodePath(CODES, ["d"]).id).toBe("d");
    expect(resolveCodePath(CODES, ["Lain", "C"]).id).toBe("c");
  });

  it("binds NOT tighter than AND, and AND tighter than OR", () => {
    const tree = parseQuery('"A" OR "B" AND "C" NOT "D"');
    expect(tree.kind).toBe("or");
    if (tree.kind !== "or") return;
    expect(tree.right.kind).toBe("and");
    if (tree.right.kind !== "and") return;
    expect(tree.right.right.kind).toBe("not");
  });

  it("points at the position where a query goes wrong", () => {
    const cases: [string, RegExp, number][] = [
      ['"A" AND', /a code is missing/, 7],
      ['"A" ANDD "B"', /unknown word "ANDD"/, 4],
      ['"A" NEAR "B"', /NEAR must be followed by a number/, 9],
      ['("A" OR "B"', /missing \)/, 11],
      ['"A" "B"', /an operator is missing/, 4],
      ['"A', /unclosed quote/, 0],
      ['"A" AND ""', /empty code name/, 8],
    ];
    for (const [text, reason, position] of cases) {
      let error: unknown;
      try {
        parseQuery(text);
      } catch (e) {
        error = e;
      }
      expect(error, text).toBeInstanceOf(QueryError);
      expect((error as QueryError).reason, text).toMatch(reason);
      expect((error as QueryError).position, text).toBe(position);
    }
    expect(() => resolveCodePath(CODES, ["Nope"], 3)).toThrow(/no code "Nope" at position 4/);
  });
});
