import { describe, expect, it } from "vitest";
import {
  AttributeTableProblem,
  applyAttributePlan,
  planAttributeImport,
  withFixedValues,
  type AttributeImportPlan,
} from "../../../src/core/model/attributeTable";
import type { AttributeDefinition, Case } from "../../../src/core/model/types";
import { englishIssue } from "../../../src/formats/problems";

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
      badValues: [],
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

  it("reports and leaves out a short row, an unnamed case and a repeated case; a bad value is left out of its row", () => {
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
    expect(plan.problems.map(({ line, issue }) => ({ line, message: englishIssue(issue) }))).toEqual([
      { line: 2, message: "has 2 cells, but the header has 3" },
      { line: 3, message: "has no case name" },
      { line: 6, message: 'case "informan c" was already given on line 5' },
    ]);
    const bad = (line: number, caseName: string, attribute: string, value: string, reason: string) => ({
      line,
      caseName,
      attribute,
      type: attribute === "Usia" ? "number" : "choice",
      choices: attribute === "Usia" ? [] : ["Laki-laki", "Perempuan"],
      value,
      reason,
    });
    expect(plan.badValues.map((b) => ({ ...b, reason: englishIssue(b.reason) }))).toEqual([
      bad(4, "Informan B", "Usia", "12abc", '"12abc" is not a number'),
      bad(7, "Informan D", "Usia", "x", '"x" is not a number'),
      bad(7, "Informan D", "Jenis kelamin", "Pria", '"Pria" is not one of the choices (Laki-laki, Perempuan)'),
    ]);
    expect(plan.updates).toEqual([
      { caseName: "Informan B", caseId: "c-b", values: { "Jenis kelamin": "Perempuan" } },
      { caseName: "Informan C", caseId: null, values: { Usia: 33, "Jenis kelamin": "Laki-laki" } },
      { caseName: "Informan D", caseId: null, values: {} },
    ]);
    expect(plan.unknownCases).toEqual(["Informan C", "Informan D"]);

    // Fixed in the dialog: "12" fits and goes in; "y" still does not, and "Pria" is left as it was: both skipped.
    const fixed = withFixedValues(plan, new Map([[0, " 12 "], [1, "y"]]));
    expect(fixed.plan.updates[0]).toEqual({ caseName: "Informan B", caseId: "c-b", values: { Usia: 12, "Jenis kelamin": "Perempuan" } });
    expect(fixed.plan.updates[2]).toEqual({ caseName: "Informan D", caseId: null, values: {} });
    expect(fixed.skipped.map((b) => b.value)).toEqual(["x", "Pria"]);
    expect(fixed.plan.badValues).toEqual([]);
    expect(plan.newAttributes).toEqual([]);
  });

  it("rejects a header it cannot use", () => {
    const plan = (header: string[]) => () =>
      planAttributeImport({ fileName: "kasus.csv", header, rows: [], cases, attributes });
    expect(plan([])).toThrow(new AttributeTableProblem("kasus.csv", { code: "headerMissing" }, "has no header row"));
    expect(plan(["", " "])).toThrow("kasus.csv: has no header row");
    expect(plan(["case"])).toThrow(
      "kasus.csv: needs a column of case names followed by at least one attribute column",
    );
    expect(plan(["case", "Usia", " "])).toThrow("kasus.csv: column 3 has no name");
    expect(plan(["case", "Usia", "USIA "])).toThrow('kasus.csv: has more than one column named "USIA"');
  });

  it("keeps a new column's type when a few of its cells do not fit it, and reports those cells", () => {
    const header = ["case", "Umur", "Tanggal"];
    const plan = planAttributeImport({
      fileName: "k.csv",
      header,
      rows: rows(["Informan A", "21", "2023-03-01"], ["Informan B", "abc", "2023-03-02"], ["Informan C", "-3,5", "kemarin"]),
      cases,
      attributes,
    });
    expect(plan.newAttributes).toEqual([
      { name: "Umur", type: "number", choices: [] },
      { name: "Tanggal", type: "date", choices: [] },
    ]);
    expect(plan.badValues.map((b) => [b.line, b.attribute, b.value])).toEqual([
      [3, "Umur", "abc"],
      [4, "Tanggal", "kemarin"],
    ]);
    expect(plan.updates.map((u) => u.values)).toEqual([{ Umur: 21, Tanggal: "2023-03-01" }, { Tanggal: "2023-03-02" }, { Umur: -3.5 }]);
    // Half or fewer numbers: a text (or choice) column, as before.
    const mixed = planAttributeImport({ fileName: "k.csv", header: ["case", "Kode"], rows: rows(["Informan A", "12"], ["Informan B", "A7"]), cases, attributes });
    expect(mixed.newAttributes[0]!.type).toBe("text");
    expect(mixed.badValues).toEqual([]);
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
    badValues: [],
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
