// The coding matrix: every measure and kind of column on a small project counted by hand, a seeded
// random comparison with a brute-force count over arrays of covered code points, and the Banten
// study's references by case against a count made from fixtures/banten/ alone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cellCodings, codingMatrix, NO_VALUE_COLUMN_ID, type ColumnSpec, type MatrixInput, type Measure } from "../../../src/core/analysis/matrix";
import type { AttributeDefinition, Case, Code, Coding } from "../../../src/core/model/types";
import { countWords } from "../../../src/core/text/canonical";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE, FIXTURES } from "../../../scripts/bantenStudyFiles";
import { studyRows } from "../../support/studyReference";
import { seededRandom as random } from "../../support/random";

function code(id: string, name: string, parentId: string | null, order: number): Code {
  return { id, projectId: "p", name, parentId, color: null, description: "", order };
}

function coding(id: string, codeId: string, documentId: string, start: number, end: number, coderId: string, orphaned = false): Coding {
  return {
    id,
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

function attribute(id: string, type: AttributeDefinition["type"], choices: string[] = []): AttributeDefinition {
  return { id, projectId: "p", name: id, type, choices, order: 0 };
}

/**
 * Three documents (d2 starts with an astral character: 11 code points, 12 UTF-16 units); a theme T
 * with children "Zulu" (b, order 0) and "Alpha" (a, order 1), a under it g; a top-level code L.
 */
const HAND: MatrixInput = {
  documents: [
    { id: "d1", name: "Interview 10", text: "aaaa bbbb cccc dddd eeee" },
    { id: "d2", name: "Interview 2", text: "😀 ffff gggg" },
    { id: "d3", name: "Notes", text: "hhhh iiii" },
  ],
  codes: [code("L", "Leaf", null, 1), code("a", "Alpha", "T", 1), code("g", "Gamma", "a", 0), code("T", "Theme", null, 0), code("b", "Zulu", "T", 0)],
  codings: [
    coding("c1", "a", "d1", 0, 9, "rina"),
    coding("c2", "b", "d1", 5, 14, "adi"), // overlaps c1: one theme passage
    coding("c3", "b", "d1", 14, 19, "rina"), // touches c2: one passage of b
    coding("c4", "g", "d1", 20, 24, "rina"), // one space after: a second passage of T and a
    coding("c5", "L", "d1", 10, 14, "adi"),
    coding("c6", "L", "d1", 0, 24, "rina", true), // orphaned: never counted
    coding("c7", "L", "d2", 0, 6, "rina"),
    coding("c8", "T", "d2", 7, 11, "adi"),
    coding("c9", "a", "d2", 2, 6, "adi"),
    coding("c10", "b", "d3", 0, 4, "rina"),
  ],
  cases: [
    { id: "k10", projectId: "p", name: "Case 10", attributes: { region: "South", age: 9, city: "bandung" } },
    { id: "k2", projectId: "p", name: "Case 2", attributes: { region: "North", age: 30, city: "Serang" } },
    { id: "k3", projectId: "p", name: "Case 3", attributes: { region: null, age: 9, city: "Aceh" } },
  ],
  caseDocuments: [
    { projectId: "p", caseId: "k10", documentId: "d1" },
    { projectId: "p", caseId: "k2", documentId: "d1" },
    { projectId: "p", caseId: "k2", documentId: "d2" },
    { projectId: "p", caseId: "k2", documentId: "d2" }, // a duplicate link counts once
    { projectId: "p", caseId: "k3", documentId: "d2" },
  ],
  attributes: [attribute("region", "choice", ["North", "South", "East"]), attribute("age", "number"), attribute("city", "text")],
  coders: [
    { id: "rina", projectId: "p", name: "Rina" },
    { id: "adi", projectId: "p", name: "Adi" },
  ],
};

/**
 * Rows in codebook order (T, Zulu, Alpha, Gamma, Leaf), then "any code": cells, row totals. By the
 * old rule (a passage once whatever its coder) unless asked otherwise: the hand counts below were
 * made that way; the per-coder counts have their own test.
 */
function table(columns: ColumnSpec, measure: Measure, mergeCoders = true) {
  const m = codingMatrix(HAND, { columns, measure, mergeCoders });
  return {
    columns: m.columns.map((c) => c.name),
    cells: [...m.rows.map((r) => r.values), m.columnTotals],
    totals: [...m.rows.map((r) => r.total), m.grandTotal],
  };
}

/** References in the coder columns, counted by hand: each coder's own runs, the same by either rule. */
const BY_CODER_REFERENCES = {
  columns: ["Adi", "Rina"],
  cells: [
    [3, 4],
    [1, 2],
    [1, 2],
    [0, 1],
    [1, 1],
    [3, 5],
  ],
};

describe("codingMatrix by hand", () => {
  it("lists the rows in codebook order with path, depth and theme flag", () => {
    const m = codingMatrix(HAND, { columns: { kind: "cases" }, measure: "references" });
    expect(m.rows.map(({ codeId, path, depth, isTheme }) => ({ codeId, path, depth, isTheme }))).toEqual([
      { codeId: "T", path: ["Theme"], depth: 0, isTheme: true },
      { codeId: "b", path: ["Theme", "Zulu"], depth: 1, isTheme: false },
      { codeId: "a", path: ["Theme", "Alpha"], depth: 1, isTheme: true },
      { codeId: "g", path: ["Theme", "Alpha", "Gamma"], depth: 2, isTheme: false },
      { codeId: "L", path: ["Leaf"], depth: 0, isTheme: false },
    ]);
  });

  it("counts references by case: a document in two cases counts in both, once in the totals", () => {
    expect(table({ kind: "cases" }, "references")).toEqual({
      columns: ["Case 2", "Case 3", "Case 10"],
      cells: [
        [4, 2, 2],
        [1, 0, 1],
        [3, 1, 2],
        [1, 0, 1],
        [2, 1, 1],
        [4, 2, 2],
      ],
      totals: [4, 1, 3, 1, 2, 4], // d3 is in no case
    });
  });

  it("counts references per coder: two coders' runs of one passage are two references", () => {
    expect(table({ kind: "cases" }, "references", false)).toEqual({
      columns: ["Case 2", "Case 3", "Case 10"],
      cells: [
        [6, 2, 4],
        [2, 0, 2],
        [3, 1, 2],
        [1, 0, 1],
        [2, 1, 1],
        [7, 3, 4],
      ],
      totals: [6, 2, 3, 1, 2, 7],
    });
    // Coder columns are the same by either rule; the totals add the coders up.
    expect(table({ kind: "coders" }, "references", false)).toEqual({
      ...BY_CODER_REFERENCES,
      totals: [7, 3, 3, 1, 2, 8],
    });
    // Characters are counted once however many coders coded them.
    expect(table({ kind: "cases" }, "characters", false)).toEqual(table({ kind: "cases" }, "characters", true));
  });

  it("marks coded cells", () => {
    expect(table({ kind: "cases" }, "coded")).toEqual({
      columns: ["Case 2", "Case 3", "Case 10"],
      cells: [
        [1, 1, 1],
        [1, 0, 1],
        [1, 1, 1],
        [1, 0, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      totals: [1, 1, 1, 1, 1, 1],
    });
  });

  it("counts characters coded in code points", () => {
    expect(table({ kind: "cases" }, "characters")).toEqual({
      columns: ["Case 2", "Case 3", "Case 10"],
      cells: [
        [31, 8, 23],
        [14, 0, 14],
        [17, 4, 13],
        [4, 0, 4],
        [10, 6, 4],
        [33, 10, 23],
      ],
      totals: [31, 14, 17, 4, 10, 33],
    });
  });

  it("counts the words of the coded runs", () => {
    expect(table({ kind: "cases" }, "words")).toEqual({
      columns: ["Case 2", "Case 3", "Case 10"],
      cells: [
        [7, 2, 5],
        [3, 0, 3],
        [4, 1, 3],
        [1, 0, 1],
        [2, 1, 1],
        [7, 2, 5],
      ],
      totals: [7, 3, 4, 1, 2, 7],
    });
  });

  it("gives coverage as a percentage of the column's code points", () => {
    const { cells, totals } = table({ kind: "cases" }, "coverage");
    // Case 2: d1 + d2 = 24 + 11 code points; Case 3: d2; Case 10: d1.
    const expected = [
      [31 / 35, 8 / 11, 23 / 24],
      [14 / 35, 0, 14 / 24],
      [17 / 35, 4 / 11, 13 / 24],
      [4 / 35, 0, 4 / 24],
      [10 / 35, 6 / 11, 4 / 24],
      [33 / 35, 10 / 11, 23 / 24],
    ];
    expected.forEach((row, r) => row.forEach((value, c) => expect(cells[r]![c]).toBeCloseTo(value * 100, 10)));
    [31, 14, 17, 4, 10, 33].forEach((chars, r) => expect(totals[r]).toBeCloseTo((chars / 35) * 100, 10));
  });

  it("counts by document in name order", () => {
    expect(table({ kind: "documents" }, "references")).toEqual({
      columns: ["Interview 2", "Interview 10", "Notes"],
      cells: [
        [2, 2, 1],
        [0, 1, 1],
        [1, 2, 0],
        [0, 1, 0],
        [1, 1, 0],
        [2, 2, 1],
      ],
      totals: [5, 2, 3, 1, 2, 5],
    });
  });

  it("counts each coder's codings in their column and all coders' together in the totals", () => {
    expect(table({ kind: "coders" }, "references")).toEqual({
      ...BY_CODER_REFERENCES,
      totals: [5, 2, 3, 1, 2, 5],
    });
    expect(table({ kind: "coders" }, "characters")).toEqual({
      columns: ["Adi", "Rina"],
      cells: [
        [17, 22],
        [9, 9],
        [4, 13],
        [0, 4],
        [4, 6],
        [17, 28],
      ],
      totals: [35, 18, 17, 4, 10, 37],
    });
    // Every coder column covers all three documents: 24 + 11 + 9 = 44 code points.
    expect(table({ kind: "coders" }, "coverage").cells[0]).toEqual([(17 / 44) * 100, 50]);
  });

  it("makes one column per choice in choice order, then (no value)", () => {
    const m = codingMatrix(HAND, { columns: { kind: "attribute", attributeId: "region" }, measure: "references" });
    expect(m.columns).toEqual([
      { id: 'value:"North"', name: "North" },
      { id: 'value:"South"', name: "South" },
      { id: NO_VALUE_COLUMN_ID, name: "(no value)" },
    ]);
    expect(table({ kind: "attribute", attributeId: "region" }, "references")).toMatchObject({
      cells: [
        [4, 2, 2],
        [1, 1, 0],
        [3, 2, 1],
        [1, 1, 0],
        [2, 1, 1],
        [4, 2, 2],
      ],
      totals: [4, 1, 3, 1, 2, 4],
    });
  });

  it("sorts number values ascending and text values by name, without (no value) when every case has one", () => {
    const byAge = codingMatrix(HAND, { columns: { kind: "attribute", attributeId: "age" }, measure: "references", mergeCoders: true });
    expect(byAge.columns).toEqual([
      { id: "value:9", name: "9" },
      { id: "value:30", name: "30" },
    ]);
    // 9: Case 10 (d1) and Case 3 (d2); 30: Case 2 (d1, d2).
    expect(byAge.rows[0]!.values).toEqual([4, 4]);
    expect(table({ kind: "attribute", attributeId: "city" }, "references").columns).toEqual(["Aceh", "bandung", "Serang"]);
  });

  it("has no columns for an unknown attribute", () => {
    expect(table({ kind: "attribute", attributeId: "gone" }, "references")).toEqual({
      columns: [],
      cells: [[], [], [], [], [], []],
      totals: [0, 0, 0, 0, 0, 0],
    });
  });

  it("lists the codings behind a cell by document name, then start", () => {
    const ids = (columns: ColumnSpec, row: string, column: string) => cellCodings(HAND, { columns }, row, column).map((c) => c.id);
    expect(ids({ kind: "cases" }, "T", "k2")).toEqual(["c9", "c8", "c1", "c2", "c3", "c4"]);
    expect(ids({ kind: "cases" }, "L", "k10")).toEqual(["c5"]);
    expect(ids({ kind: "coders" }, "b", "rina")).toEqual(["c3", "c10"]);
    expect(ids({ kind: "attribute", attributeId: "region" }, "a", NO_VALUE_COLUMN_ID)).toEqual(["c9"]);
    expect(ids({ kind: "cases" }, "T", "nowhere")).toEqual([]);
    expect(ids({ kind: "cases" }, "gone", "k2")).toEqual([]);
  });
});


function randomProject(seed: number): MatrixInput {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const documents = Array.from({ length: 7 }, (_, i) => {
    const length = 60 + pick(200);
    let text = "";
    while (text.length < length) text += ["ab ", "c ", "de-f ", ". ", "\n"][pick(5)];
    return { id: `d${i}`, name: `Doc ${i}`, text };
  });
  const codes: Code[] = [];
  for (let i = 0; i < 15; i++) codes.push(code(`k${i}`, `Code ${i}`, i > 0 && next() < 0.6 ? `k${pick(i)}` : null, pick(3)));
  const coders = ["x", "y", "z"].map((id) => ({ id, projectId: "p", name: id.toUpperCase() }));
  const codings: Coding[] = [];
  for (let i = 0; i < 150; i++) {
    const document = documents[pick(documents.length)]!;
    const start = pick(document.text.length);
    const end = Math.min(document.text.length, start + pick(30));
    codings.push(coding(`c${i}`, `k${pick(codes.length)}`, document.id, start, end, coders[pick(3)]!.id, next() < 0.05));
  }
  const cases: Case[] = Array.from({ length: 5 }, (_, i) => {
    const attributes: Case["attributes"] = next() < 0.8 ? { group: ["one", "two"][pick(2)]! } : {};
    return { id: `case${i}`, projectId: "p", name: `Case ${i}`, attributes };
  });
  const caseDocuments = documents.flatMap((d) =>
    [...new Set([pick(7), pick(7)])].filter((c) => c < cases.length).map((c) => ({ projectId: "p", caseId: `case${c}`, documentId: d.id })),
  );
  return { documents, codes, codings, cases, caseDocuments, attributes: [attribute("group", "choice", ["one", "two"])], coders };
}

/** The measures by another route: per document, mark every covered code point and read the marks. */
function bruteForce(input: MatrixInput, codeIds: Set<string>, documentIds: Set<string>, coderIds: Set<string>, mergeCoders: boolean) {
  let references = 0;
  let characters = 0;
  let words = 0;
  let length = 0;
  for (const document of input.documents.filter((d) => documentIds.has(d.id))) {
    const covered = new Array<boolean>(document.text.length).fill(false);
    for (const c of input.codings) {
      if (c.documentId !== document.id || c.orphaned || !codeIds.has(c.codeId) || !coderIds.has(c.coderId)) continue;
      for (let i = c.start; i < c.end; i++) covered[i] = true;
    }
    length += document.text.length;
    if (!mergeCoders) {
      for (const coderId of coderIds) {
        const own = new Array<boolean>(document.text.length).fill(false);
        for (const c of input.codings) {
          if (c.documentId !== document.id || c.orphaned || !codeIds.has(c.codeId) || c.coderId !== coderId) continue;
          for (let i = c.start; i < c.end; i++) own[i] = true;
        }
        references += own.filter((c, i) => c && !own[i - 1]).length;
      }
    }
    for (let i = 0; i < covered.length; i++) {
      if (!covered[i]) continue;
      characters++;
      if (covered[i - 1]) continue;
      if (mergeCoders) references++;
      let end = i;
      while (covered[end]) end++;
      words += countWords(document.text.slice(i, end));
    }
  }
  return { references, coded: characters > 0 ? 1 : 0, characters, words, coverage: length ? (characters / length) * 100 : 0 };
}

describe("codingMatrix against the brute-force count", () => {
  const measures: Measure[] = ["references", "coded", "characters", "words", "coverage"];
  const specs: ColumnSpec[] = [{ kind: "cases" }, { kind: "documents" }, { kind: "coders" }, { kind: "attribute", attributeId: "group" }];

  it("agrees on random projects (seeded), by either rule", () => {
    for (const [seed, mergeCoders] of [1, 2, 3, 4, 5, 6].flatMap((seed) => [[seed, false], [seed, true]] as const)) {
      const input = randomProject(seed);
      const subtree = (id: string): Set<string> => new Set([id, ...input.codes.filter((c) => c.parentId === id).flatMap((c) => [...subtree(c.id)])]);
      const allCodes = new Set(input.codes.map((c) => c.id));
      const allCoders = new Set(input.coders.map((c) => c.id));
      for (const columns of specs) {
        const sets = codingMatrix(input, { columns, measure: "references" }).columns.map((column) => {
          if (columns.kind === "coders") return { documents: new Set(input.documents.map((d) => d.id)), coders: new Set([column.id]) };
          const documents = new Set(cellDocuments(input, columns, column.id));
          return { documents, coders: allCoders };
        });
        const everywhere = { documents: new Set(sets.flatMap((s) => [...s.documents])), coders: allCoders };
        for (const measure of measures) {
          const m = codingMatrix(input, { columns, measure, mergeCoders });
          const check = (actual: number, codeIds: Set<string>, where: { documents: Set<string>; coders: Set<string> }, label: string) =>
            expect({ seed, mergeCoders, kind: columns.kind, measure, label, value: actual }).toEqual({
              seed,
              mergeCoders,
              kind: columns.kind,
              measure,
              label,
              value: expect.closeTo(bruteForce(input, codeIds, where.documents, where.coders, mergeCoders)[measure], 9),
            });
          for (const row of m.rows) {
            row.values.forEach((value, c) => check(value, subtree(row.codeId), sets[c]!, `${row.codeId} × ${m.columns[c]!.name}`));
            check(row.total, subtree(row.codeId), everywhere, `${row.codeId} total`);
          }
          m.columnTotals.forEach((value, c) => check(value, allCodes, sets[c]!, `any × ${m.columns[c]!.name}`));
          check(m.grandTotal, allCodes, everywhere, "grand total");
        }
      }
    }
  }, 60_000);
});

/** The documents of a case or attribute column, worked out from the links (not from the matrix). */
function cellDocuments(input: MatrixInput, columns: ColumnSpec, columnId: string): string[] {
  const inCase = (caseIds: string[]) => input.caseDocuments.filter((l) => caseIds.includes(l.caseId)).map((l) => l.documentId);
  if (columns.kind === "documents") return [columnId];
  if (columns.kind === "cases") return inCase([columnId]);
  const attributeId = columns.kind === "attribute" ? columns.attributeId : "";
  const valueOf = (c: Case) => c.attributes[attributeId] ?? null;
  return inCase(input.cases.filter((c) => (valueOf(c) === null ? NO_VALUE_COLUMN_ID : `value:${JSON.stringify(valueOf(c))}`) === columnId).map((c) => c.id));
}

describe("codingMatrix on the Banten study", async () => {
  const content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));

  /** References per informant counted from the CSV files and transcripts: runs of covered characters. */
  function referencesByInformant(codeNames: string[]): Map<string, number> {
    const counts = new Map<string, number>();
    const rows = studyRows().filter((r) => codeNames.includes(r.code));
    for (const document of new Set(rows.map((r) => r.document))) {
      const text = readFileSync(join(FIXTURES, "banten", "transcripts", `${document}.txt`), "utf8");
      const covered = new Array<boolean>(text.length).fill(false);
      for (const { passage } of rows.filter((r) => r.document === document)) {
        const at = text.indexOf(passage);
        covered.fill(true, at, at + passage.length);
      }
      counts.set(document, covered.filter((c, i) => c && !covered[i - 1]).length);
    }
    return counts;
  }

  it("gives the references by case that the plain files give", () => {
    const codebook = Papa.parse<{ theme: string; code: string }>(readFileSync(join(FIXTURES, "banten", "codebook.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
    const informants = ["Informan A", "Informan B", "Informan C", "Informan D", "Informan E", "Informan F"];
    const expected = codebook.map(({ theme, code }) => {
      const codeNames = code ? [code] : codebook.filter((r) => r.theme === theme && r.code).map((r) => r.code);
      const counts = referencesByInformant(codeNames);
      return { row: code || theme, values: informants.map((informant) => counts.get(informant) ?? 0) };
    });
    const m = codingMatrix(content, { columns: { kind: "cases" }, measure: "references" });
    expect(m.columns.map((c) => c.name)).toEqual(informants);
    expect(m.rows.map((r) => ({ row: r.path.at(-1), values: r.values }))).toEqual(expected);
    // Manfaat media sosial: A 1, B 4, E 4 (the passage of Informan E coded at two of its codes counts once).
    expect(m.rows[0]).toMatchObject({ path: ["Manfaat media sosial"], isTheme: true, values: [1, 4, 0, 0, 4, 0], total: 9 });
  });
});
