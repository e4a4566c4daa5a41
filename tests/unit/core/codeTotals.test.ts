// Code totals by the counting rules of fixtures/banten/README.md, checked against hand counts, the
// Banten study's reference coding, and a brute-force count over arrays of covered code points per
// coder (references are per coder: two coders' codings of one passage are two references).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeTotals, type CodeTotal, type CountedCoding } from "../../../src/core/analysis/codeTotals";
import type { Code } from "../../../src/core/model/types";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { seededRandom as random } from "../../support/random";

function code(id: string, parentId: string | null = null): Code {
  return { id, projectId: "p", name: id, parentId, color: null, description: "", order: 0 };
}

function at(codeId: string, documentId: string, start: number, end: number, coderId = "u1"): CountedCoding {
  return { codeId, documentId, start, end, coderId };
}

/** The counts by another route: per document, mark every covered code point and count the runs of marks. */
function bruteForce(codes: Code[], codings: CountedCoding[]): Map<string, CodeTotal> {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const within = (codeId: string, ancestor: string) => {
    for (let c: string | null | undefined = codeId; c != null; c = parentOf.get(c)) if (c === ancestor) return true;
    return false;
  };
  const totals = new Map<string, CodeTotal>();
  for (const { id } of codes) {
    const subtree = codings.filter((c) => within(c.codeId, id));
    const documentIds = [...new Set(subtree.map((c) => c.documentId))];
    let runs = 0;
    for (const documentId of documentIds) {
      for (const coderId of new Set(subtree.map((c) => c.coderId))) {
        const covered: boolean[] = [];
        for (const c of subtree.filter((c) => c.documentId === documentId && c.coderId === coderId)) for (let i = c.start; i < c.end; i++) covered[i] = true;
        for (let i = 0; i < covered.length; i++) if (covered[i] && !covered[i - 1]) runs++;
      }
    }
    const own = codings.filter((c) => c.codeId === id).length;
    totals.set(id, { references: runs, documents: documentIds.length, ownReferences: own });
  }
  return totals;
}


describe("codeTotals by hand", () => {
  const codes = [code("theme"), code("a", "theme"), code("b", "theme"), code("leaf")];

  it("counts the merged runs of a code and of a theme", () => {
    const codings = [
      at("a", "d1", 0, 10),
      at("b", "d1", 5, 15), // overlaps a: one theme reference
      at("b", "d1", 15, 20), // touches the run: still one
      at("a", "d1", 21, 25), // one code point apart: a second reference
      at("theme", "d2", 0, 4), // coded at the theme itself
      at("a", "d2", 2, 3),
      at("leaf", "d3", 1, 2),
    ];
    const totals = codeTotals(codes, codings);
    expect(totals.get("theme")).toEqual({ references: 3, documents: 2, ownReferences: 1 });
    expect(totals.get("a")).toEqual({ references: 3, documents: 2, ownReferences: 3 });
    expect(totals.get("b")).toEqual({ references: 1, documents: 1, ownReferences: 2 }); // touching: one run
    expect(totals.get("leaf")).toEqual({ references: 1, documents: 1, ownReferences: 1 });
  });

  it("counts one coder's overlapping or touching codings of a code once", () => {
    const totals = codeTotals(codes, [at("leaf", "d1", 0, 10), at("leaf", "d1", 5, 8), at("leaf", "d1", 10, 12)]);
    expect(totals.get("leaf")).toEqual({ references: 1, documents: 1, ownReferences: 3 });
  });

  it("counts the same passage coded by two coders as two references", () => {
    const totals = codeTotals(codes, [at("a", "d1", 0, 10, "u1"), at("a", "d1", 0, 10, "u2"), at("b", "d1", 4, 6, "u2")]);
    expect(totals.get("a")).toEqual({ references: 2, documents: 1, ownReferences: 2 });
    // The theme: u1's run and u2's run (a and b merged), one document.
    expect(totals.get("theme")).toEqual({ references: 2, documents: 1, ownReferences: 0 });
  });

  it("rolls up grandchildren and gives zeros to codes without codings", () => {
    const tree = [code("root"), code("mid", "root"), code("low", "mid"), code("unused")];
    const totals = codeTotals(tree, [at("low", "d1", 0, 3), at("low", "d1", 3, 6), at("low", "d2", 0, 1)]);
    expect(totals.get("root")).toEqual({ references: 2, documents: 2, ownReferences: 0 });
    expect(totals.get("mid")).toEqual({ references: 2, documents: 2, ownReferences: 0 });
    expect(totals.get("low")).toEqual({ references: 2, documents: 2, ownReferences: 3 }); // 0–3 and 3–6 touch
    expect(totals.get("unused")).toEqual({ references: 0, documents: 0, ownReferences: 0 });
  });

  it("ignores codings at unknown codes", () => {
    expect(codeTotals(codes, [at("gone", "d1", 0, 3)]).get("theme")).toEqual({ references: 0, documents: 0, ownReferences: 0 });
  });
});

describe("codeTotals on the Banten study", async () => {
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const totals = codeTotals(content.codes, content.codings);
  const byName = (name: string) => totals.get(content.codes.find((c) => c.name === name)!.id);

  it("matches the brute-force count for every theme and code", () => {
    const expected = bruteForce(content.codes, content.codings);
    for (const c of content.codes) expect({ code: c.name, ...totals.get(c.id) }).toEqual({ code: c.name, ...expected.get(c.id) });
  });

  it("counts the passage of Informan E coded at two codes of one theme once for the theme", () => {
    const informanE = content.documents.find((d) => d.name === "Informan E")!;
    const inE = codeTotals(content.codes, content.codings.filter((c) => c.documentId === informanE.id));
    const id = (name: string) => content.codes.find((c) => c.name === name)!.id;
    // Memperpendek jarak ×3, Partisipasi publik ×1 (the same passage as one of those), Informasi cepat ×1.
    expect(inE.get(id("Memperpendek jarak"))?.references).toBe(3);
    expect(inE.get(id("Partisipasi publik"))?.references).toBe(1);
    expect(inE.get(id("Informasi cepat"))?.references).toBe(1);
    expect(inE.get(id("Manfaat media sosial"))).toEqual({ references: 4, documents: 1, ownReferences: 0 });
  });

  it("gives the theme totals counted by hand from fixtures/banten/codings.csv", () => {
    // Manfaat media sosial: A 1, B 4, E 4 (five codings, one passage shared).
    expect(byName("Manfaat media sosial")).toEqual({ references: 9, documents: 3, ownReferences: 0 });
    // Kendala tata kelola: A 2, B 2, C 3, D 3, F 3.
    expect(byName("Kendala tata kelola")).toEqual({ references: 13, documents: 5, ownReferences: 0 });
    expect(byName("Kanal digital lain")).toEqual({ references: 2, documents: 1, ownReferences: 0 });
    expect(byName("Pelayanan manual")).toEqual({ references: 2, documents: 1, ownReferences: 0 });
    expect(byName("Harapan dan rekomendasi")).toEqual({ references: 3, documents: 3, ownReferences: 0 });
    expect(byName("Respon admin lambat")).toEqual({ references: 5, documents: 3, ownReferences: 5 });
    expect(byName("Efisiensi layanan")).toEqual({ references: 3, documents: 1, ownReferences: 3 });
  });
});

describe("codeTotals against the brute-force count", () => {
  it("agrees on random code trees and codings (seeded)", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const pick = (n: number) => Math.floor(next() * n);
      const codes: Code[] = [];
      for (let i = 0; i < 25; i++) codes.push(code(`k${i}`, i > 0 && next() < 0.7 ? `k${pick(i)}` : null));
      const codings: CountedCoding[] = [];
      for (let i = 0; i < 400; i++) {
        const start = pick(300);
        codings.push(at(`k${pick(codes.length)}`, `d${pick(6)}`, start, start + 1 + pick(25), `u${pick(3)}`));
      }
      const expected = bruteForce(codes, codings);
      const totals = codeTotals(codes, codings);
      for (const c of codes) expect({ seed, code: c.id, ...totals.get(c.id) }).toEqual({ seed, code: c.id, ...expected.get(c.id) });
    }
  });
});
