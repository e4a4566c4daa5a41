// The coding comparison against a brute force written here: every unit's value per group found
// code point by code point, and each statistic computed from those values by its textbook formula
// (Krippendorff's α by enumerating pairs of values within units). Seeded random projects with
// themes, overlapping codings, several coders, groups, astral characters and empty documents.
import { describe, expect, it } from "vitest";
import { compareCoders, disagreements, type AgreementRequest, type AgreementUnit } from "../../../../src/core/analysis/agreement";
import type { Code, Coding } from "../../../../src/core/model/types";
import { seededRandom } from "../../../support/random";

function code(id: string, parentId: string | null, order: number): Code {
  return { id, projectId: "p", name: id, parentId, color: null, description: "", order };
}

function coding(id: number, codeId: string, documentId: string, coderId: string, start: number, end: number): Coding {
  return { id: `k${id}`, projectId: "p", documentId, codeId, start, end, coderId, created: "", quote: "", before: "", after: "" };
}

const WORDS = ["Saya", "kira", "pelayanan", "itu", "baik.", "Tidak!", "😀", "ya?", "\n", "\n\n", "  "];

function randomProject(random: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const codes = [code("T1", null, 0), code("a", "T1", 0), code("b", "T1", 1), code("c", null, 1), code("d", "a", 0)];
  const coders = ["u1", "u2", "u3", "u4"];
  const documents = Array.from({ length: 3 }, (_, i) => ({
    id: `doc${i}`,
    text: i === 2 && random() < 0.3 ? "" : Array.from({ length: 5 + Math.floor(random() * 25) }, () => pick(WORDS)).join(" "),
  }));
  const codings: Coding[] = [];
  for (let i = 0; i < 25; i++) {
    const document = pick(documents);
    const length = [...document.text].length;
    const start = Math.floor(random() * (length + 1));
    const end = Math.min(length, start + Math.floor(random() * 15));
    codings.push(coding(i, pick(codes).id, document.id, pick(coders), start, end));
  }
  return { codes, codings, documents, coders };
}

/** Units in code points, found independently of the core's segmenter. */
function bruteUnits(text: string, unit: AgreementUnit): [number, number][] {
  const points = [...text];
  if (unit === "character") return points.map((_, i) => [i, i + 1]);
  const pieces: [number, number][] = [];
  if (unit === "paragraph") {
    let at = 0;
    for (const line of points.join("").split("\n")) {
      const length = [...line].length;
      if (line.trim() !== "") pieces.push([at, at + length]);
      at += length + 1;
    }
    return pieces;
  }
  for (const { index, segment } of new Intl.Segmenter("und", { granularity: "sentence" }).segment(text)) {
    const start = [...text.slice(0, index)].length;
    if (segment.trim() !== "") pieces.push([start, start + [...segment].length]);
  }
  return pieces;
}

function descendants(codes: Code[], id: string): Set<string> {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of codes) if (c.parentId !== null && ids.has(c.parentId) && !ids.has(c.id)) grew = ids.add(c.id).size > 0;
  }
  return ids;
}

/** values[u][g]: 1 when group g coded unit u. */
function bruteStatistics(values: number[][], m: number) {
  const n = values.length;
  const count = (f: (v: number[]) => boolean) => values.filter(f).length;
  const both = count((v) => v.every((x) => x === 1));
  const neither = count((v) => v.every((x) => x === 0));
  const aOnly = count((v) => v[0] === 1 && !v.every((x) => x === 1));
  const bOnly = n - both - neither - aOnly;
  const agreement = m < 2 || n === 0 ? null : ((both + neither) / n) * 100;
  let kappa: number | null = null;
  if (m === 2 && n > 0) {
    const po = values.filter((v) => v[0] === v[1]).length / n;
    const pa = values.filter((v) => v[0] === 1).length / n;
    const pb = values.filter((v) => v[1] === 1).length / n;
    const pe = pa * pb + (1 - pa) * (1 - pb);
    kappa = pe === 1 ? null : (po - pe) / (1 - pe);
  }
  let fleiss: number | null = null;
  if (m >= 2 && n > 0) {
    const p = [0, 1].map((j) => values.reduce((s, v) => s + v.filter((x) => x === j).length, 0) / (n * m));
    const pi = values.map((v) => [0, 1].reduce((s, j) => s + v.filter((x) => x === j).length ** 2, 0) - m).map((s) => s / (m * (m - 1)));
    const pBar = pi.reduce((s, x) => s + x, 0) / n;
    const pe = p[0]! ** 2 + p[1]! ** 2;
    fleiss = Math.abs(1 - pe) < 1e-12 ? null : (pBar - pe) / (1 - pe);
  }
  let alpha: number | null = null;
  if (m >= 2 && n > 0) {
    const o = [
      [0, 0],
      [0, 0],
    ];
    for (const v of values) for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) o[v[i]!]![v[j]!]! += 1 / (m - 1);
    const nc = [o[0]![0]! + o[0]![1]!, o[1]![0]! + o[1]![1]!];
    const total = nc[0]! + nc[1]!;
    const expected = 2 * nc[0]! * nc[1]!;
    alpha = expected === 0 ? null : 1 - ((total - 1) * (o[0]![1]! + o[1]![0]!)) / expected;
  }
  return { units: n, agreement, kappa, fleiss, alpha, aOnly, bOnly, both, neither };
}

describe("compareCoders", () => {
  it("agrees with a code point by code point brute force (seeded)", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed);
      const project = randomProject(random);
      const m = 1 + Math.floor(random() * 3);
      const groups = Array.from({ length: m }, (_, g) => (random() < 0.3 ? [project.coders[g]!, project.coders[3]!] : [project.coders[g]!]));
      const unit = (["character", "sentence", "paragraph"] as const)[seed % 3]!;
      const request: AgreementRequest = { groups, unit, ...(seed % 4 === 0 ? { codeIds: ["a"] } : {}) };
      const rows = compareCoders(project, request);
      const codeIds = seed % 4 === 0 ? ["a", "d"] : ["T1", "a", "d", "b", "c"];
      expect(rows.map((r) => [r.codeId, r.documentId])).toEqual([
        ...project.documents.flatMap((d) => codeIds.map((id) => [id, d.id])),
        ...codeIds.map((id) => [id, null]),
      ]);
      const pooled = new Map<string, number[][]>();
      for (const row of rows.filter((r) => r.documentId !== null)) {
        const text = project.documents.find((d) => d.id === row.documentId)!.text;
        const inRow = descendants(project.codes, row.codeId);
        const covered = groups.map((members) => {
          const points = new Set<number>();
          for (const c of project.codings) {
            if (c.documentId === row.documentId && inRow.has(c.codeId) && members.includes(c.coderId)) for (let p = c.start; p < c.end; p++) points.add(p);
          }
          return points;
        });
        const values = bruteUnits(text, unit).map(([start, end]) => covered.map((points) => (Array.from({ length: end - start }, (_, i) => start + i).some((p) => points.has(p)) ? 1 : 0)));
        pooled.set(row.codeId, [...(pooled.get(row.codeId) ?? []), ...values]);
        expectClose(row, bruteStatistics(values, m), { seed, row: row.codeId, document: row.documentId });
      }
      for (const row of rows.filter((r) => r.documentId === null)) expectClose(row, bruteStatistics(pooled.get(row.codeId)!, m), { seed, row: row.codeId });
    }
  });

  it("gives every undefined statistic a reason", () => {
    const project = randomProject(seededRandom(7));
    for (const row of compareCoders(project, { groups: [["u1"], ["u2"], ["u3"]], unit: "character" })) {
      expect(row.kappa).toBeNull();
      expect(row.undefinedReasons.kappa).toBe("notTwoCoders");
      for (const name of ["agreement", "fleiss", "alpha"] as const) expect(row[name] === null).toBe(row.undefinedReasons[name] !== undefined);
    }
  });

  it("reports progress per document", () => {
    const project = randomProject(seededRandom(3));
    const seen: [number, number][] = [];
    compareCoders(project, { groups: [["u1"], ["u2"]], unit: "sentence" }, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe("disagreements", () => {
  it("are the maximal runs coded by exactly one side (seeded)", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const project = randomProject(random);
      const groups = [["u1", "u3"], ["u2"]];
      const found = disagreements(project, { groups, unit: "character" });
      const expected: typeof found = [];
      for (const document of project.documents) {
        for (const id of ["T1", "a", "d", "b", "c"]) {
          const inRow = descendants(project.codes, id);
          const side = (p: number) => {
            const coded = groups.map((members) => project.codings.some((c) => c.documentId === document.id && inRow.has(c.codeId) && members.includes(c.coderId) && c.start <= p && p < c.end));
            return coded[0] === coded[1] ? null : coded[0] ? "a" : "b";
          };
          const length = [...document.text].length;
          for (let p = 0; p < length; p++) {
            const s = side(p);
            if (s === null) continue;
            const last = expected.at(-1);
            if (last && last.documentId === document.id && last.codeId === id && last.side === s && last.end === p) last.end = p + 1;
            else expected.push({ documentId: document.id, codeId: id, start: p, end: p + 1, side: s });
          }
        }
      }
      expect({ seed, found }).toEqual({ seed, found: expected });
    }
  });
});

function expectClose(actual: object, expected: Record<string, number | null>, label: object): void {
  for (const [name, value] of Object.entries(expected)) {
    const got = (actual as Record<string, number | null>)[name]!;
    if (value === null || got === null) expect({ ...label, name, got }).toEqual({ ...label, name, got: value });
    else expect(Math.abs(got - value), JSON.stringify({ ...label, name, got, value })).toBeLessThan(1e-9);
  }
}
