import { describe, expect, it } from "vitest";
import {
  AttributeTableProblem,
  applyAttributePlan,
  planAttributeImport,
  type AttributeImportPlan,
} from "../../../src/core/model/attributeTable";
import type { AttributeDefinition, Case } from "../../../src/core/model/types";

const cases: Case[] = [
  { id: "c-a", projectId: "p", name: "Informan A", attributes: { "at-age": 40 } },
  { id: "c-b", projectId: "p", name: "Informan B", attributes: {} },
];
const attributes: AttributeDefinition[] = [
  { id: "at-age", projectId: "p", name: "Usia", type: "number", choices: [], order: 0 },
  { id: "at-sex", projectId: "p", name: "Jenis kelamin", type: "choice", choices: ["Laki-laki", "Perempuan"], order: 1 },
];

function rows(...lines: string[][]) {
  return lines.map((cells, index) => ({ line: index + 2, cells }));
}

describe("planAttributeImport", () => {
  it("matches cases and attributes by name ignoring case and spacing, and types new columns", () => {
    const plan = planAttributeImport({
      fileName: "kasus.csv",
      header: ["Nama", " usia ", "JENIS KELAMIN", "Kabupaten"],
      rows: rows(
        ["informan a", "41", "perempuan", "Serang"],
        [" Informan B ", "", "Laki-laki", "Serang"],
        ["Informan F", "29,5", "Perempuan", "Lebak"],
      ),
      cases,
      attributes,
    });
    expect(plan).toEqual<AttributeImportPlan>({
      newAttributes: [{ name: "Kabupaten", type: "choice", choices: ["Lebak", "Serang"] }],
      updates: [
        { caseName: "Informan A", caseId: "c-a", values: { Usia: 41, "Jenis kelamin": "Perempuan", Kabupaten: "Serang" } },
        { caseName: "Informan B", caseId: "c-b", values: { Usia: null, "Jenis kelamin": "Laki-laki", Kabupaten: "Serang" } },
        { caseName: "Informan F", caseId: null, values: { Usia: 29.5, "Jenis kelamin": "Perempuan", Kabupaten: "Lebak" } },
      ],
      unknownCases: ["Informan F"],
      problems: [],
    });
  });

  it("matches names whatever their Unicode normal form", () => {
    const plan = planAttributeImport({
      fileName: "kasus.csv",
      header: ["case", "Usia"],
      rows: rows(["Bu Sule\u0301", "50"]),
      cases: [{ id: "c-s", projectId: "p", name: "Bu Sul\u00e9", attributes: {} }],
      attributes,
    });
    expect(plan.updates).toEqual([{ caseName: "Bu Sul\u00e9", caseId: "c-s", values: { Usia: 50 } }]);
  });

  it("reports and leaves out a short row, an unnamed case, a repeated case and a bad value", () => {
    const plan = planAttributeImport({
      fileName: "kasus.csv",
      header: ["case", "Usia", "Jenis kelamin"],
      rows: rows(
        ["Informan A", "41"],
        ["  ", "30", "Perempuan"],
        ["Informan B", "12abc", "Perempuan"],
        ["Informan C", "33", "Laki-laki"],
        ["informan c", "34", "Laki-laki"],
        ["Informan D", "x", "Pria"],
      ),
      cases,
      attributes,
    });
    expect(plan.problems).toEqual([
      { line: 2, message: "has 2 cells, but the header has 3" },
      { line: 3, message: "has no case name" },
      { line: 4, message: 'Usia (number): "12abc" is not a number' },
      { line: 6, message: 'case "informan c" was already given on line 5' },
      { line: 7, message: 'Usia (number): "x" is not a number' },
      { line: 7, message: 'Jenis kelamin (choice): "Pria" is not one of the choices (Laki-laki, Perempuan)' },
    ]);
    expect(plan.updates).toEqual([
      { caseName: "Informan C", caseId: null, values: { Usia: 33, "Jenis kelamin": "Laki-laki" } },
    ]);
    expect(plan.unknownCases).toEqual(["Informan C"]);
    expect(plan.newAttributes).toEqual([]);
  });

  it("rejects a header it cannot use", () => {
    const plan = (header: string[]) => () =>
      planAttributeImport({ fileName: "kasus.csv", header, rows: [], cases, attributes });
    expect(plan([])).toThrow(new AttributeTableProblem("kasus.csv", "has no header row"));
    expect(plan(["", " "])).toThrow("kasus.csv: has no header row");
    expect(plan(["case"])).toThrow(
      "kasus.csv: needs a column of case names followed by at least one attribute column",
    );
    expect(plan(["case", "Usia", " "])).toThrow("kasus.csv: column 3 has no name");
    expect(plan(["case", "Usia", "USIA "])).toThrow('kasus.csv: has more than one column named "USIA"');
  });

  it("allows the case-name column to have no heading", () => {
    const header = ["", "Usia"];
    const plan = planAttributeImport({ fileName: "k.csv", header, rows: rows(["Informan A", "7"]), cases, attributes });
    expect(plan.updates).toEqual([{ caseName: "Informan A", caseId: "c-a", values: { Usia: 7 } }]);
  });
});

describe("applyAttributePlan", () => {
  const plan: AttributeImportPlan = {
    newAttributes: [{ name: "Kabupaten", type: "choice", choices: ["Lebak", "Serang"] }],
    updates: [
      { caseName: "Informan B", caseId: "c-b", values: { Usia: 35, Kabupaten: "Serang" } },
      { caseName: "Informan F", caseId: null, values: { Usia: null, Kabupaten: "Lebak" } },
    ],
    unknownCases: ["Informan F"],
    problems: [],
  };
  const ids = () => {
    let next = 0;
    return () => `new-${++next}`;
  };

  it("adds new definitions after the existing ones, sets values and creates unknown cases", () => {
    const result = applyAttributePlan(plan, { cases, attributes, projectId: "p", createUnknownCases: true, newId: ids() });
    expect(result.attributes).toEqual([
      ...attributes,
      { id: "new-1", projectId: "p", name: "Kabupaten", type: "choice", choices: ["Lebak", "Serang"], order: 2 },
    ]);
    const created: Case = { id: "new-2", projectId: "p", name: "Informan F", attributes: { "at-age": null, "new-1": "Lebak" } };
    expect(result.created).toEqual([created]);
    expect(result.cases).toEqual([
      cases[0],
      { id: "c-b", projectId: "p", name: "Informan B", attributes: { "at-age": 35, "new-1": "Serang" } },
      created,
    ]);
    expect(result.skippedCases).toEqual([]);
  });

  it("skips unknown cases when asked not to create them, and leaves the inputs alone", () => {
    const before = structuredClone(cases);
    const result = applyAttributePlan(plan, { cases, attributes, projectId: "p", createUnknownCases: false, newId: ids() });
    expect(result.created).toEqual([]);
    expect(result.skippedCases).toEqual(["Informan F"]);
    expect(result.cases.map((c) => c.name)).toEqual(["Informan A", "Informan B"]);
    expect(cases).toEqual(before);
  });
});
