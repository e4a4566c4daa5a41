import { describe, expect, it } from "vitest";
import { planAttributeImport } from "../../../src/core/model/attributeTable";
import type { AttributeDefinition, Case } from "../../../src/core/model/types";
import { exportAttributeCsv, parseAttributeCsv } from "../../../src/formats/attributeCsv";
import { problemOf } from "../../support/fileProblem";
import { DEFAULT_CSV_OPTIONS } from "../../../src/formats/csvWrite";

const NO_BOM = { ...DEFAULT_CSV_OPTIONS, bom: false };

describe("parseAttributeCsv", () => {
  it("reads a semicolon file with a BOM, CRLF line ends and decimal commas", () => {
    const text = "\uFEFFkasus;usia;kabupaten\r\nInforman A;41,5;Serang\r\nInforman B;;Lebak\r\n";
    expect(parseAttributeCsv("kasus.csv", text)).toEqual({
      header: ["kasus", "usia", "kabupaten"],
      rows: [
        { line: 2, cells: ["Informan A", "41,5", "Serang"] },
        { line: 3, cells: ["Informan B", "", "Lebak"] },
      ],
    });
  });

  it("takes semicolons as the delimiter of a two-column file full of decimal commas", () => {
    expect(parseAttributeCsv("kasus.csv", "case;usia\nA;1,5\nB;2,5\n")).toEqual({
      header: ["case", "usia"],
      rows: [
        { line: 2, cells: ["A", "1,5"] },
        { line: 3, cells: ["B", "2,5"] },
      ],
    });
  });

  it("reads a tab-separated file", () => {
    expect(parseAttributeCsv("kasus.tsv", "case\tusia\nA\t1\n")).toEqual({
      header: ["case", "usia"],
      rows: [{ line: 2, cells: ["A", "1"] }],
    });
  });

  it("keeps quoted cells with delimiters, quotes and line breaks, numbering rows by the line they start on", () => {
    const text = 'case,catatan,usia\nA,"satu, dua",1\nB,"baris satu\nbaris ""dua""\nbaris tiga",2\nC,,3\n';
    expect(parseAttributeCsv("kasus.csv", text).rows).toEqual([
      { line: 2, cells: ["A", "satu, dua", "1"] },
      { line: 3, cells: ["B", 'baris satu\nbaris "dua"\nbaris tiga', "2"] },
      { line: 6, cells: ["C", "", "3"] },
    ]);
  });

  it("skips blank lines and lines holding only delimiters, keeping the real line numbers", () => {
    const text = "\ncase,usia\n\nA,1\n,\n  \nB,2";
    expect(parseAttributeCsv("kasus.csv", text)).toEqual({
      header: ["case", "usia"],
      rows: [
        { line: 4, cells: ["A", "1"] },
        { line: 7, cells: ["B", "2"] },
      ],
    });
  });

  it("reads an empty file as an empty header", () => {
    expect(parseAttributeCsv("kosong.csv", "")).toEqual({ header: [], rows: [] });
  });

  it("reports a quoted cell that is never closed, naming its line", () => {
    const problem = problemOf(() => parseAttributeCsv("kasus.csv", 'case,usia\nA,1\nB,"2\nC,3\n'));
    expect(problem.message).toBe("kasus.csv: line 3: a quoted cell is never closed");
  });

  it("reports text after a closing quote, naming its line", () => {
    const problem = problemOf(() => parseAttributeCsv("kasus.csv", 'case,catatan\nA,"x"y\n'));
    expect(problem.message).toBe("kasus.csv: line 2: text follows the closing quote of a quoted cell");
  });
});

describe("exportAttributeCsv", () => {
  const attributes: AttributeDefinition[] = [
    { id: "k", projectId: "p", name: "Kabupaten", type: "choice", choices: ["Lebak", "Serang"], order: 2 },
    { id: "u", projectId: "p", name: "Usia", type: "number", choices: [], order: 0 },
    { id: "w", projectId: "p", name: "Wawancara", type: "date", choices: [], order: 1 },
    { id: "c", projectId: "p", name: "Catatan", type: "text", choices: [], order: 3 },
  ];
  const cases: Case[] = [
    {
      id: "a",
      projectId: "p",
      name: "Informan A",
      attributes: { u: 41.5, w: "2023-03-05", k: "Serang", c: 'kata "kunci", lalu\nbaris dua' },
    },
    { id: "b", projectId: "p", name: "Informan, B", attributes: { u: null } },
  ];

  it("writes the header in attribute order and quotes cells as RFC 4180 asks", () => {
    expect(exportAttributeCsv(cases, attributes, NO_BOM)).toBe(
      "case,Usia,Wawancara,Kabupaten,Catatan\r\n" +
        'Informan A,41.5,2023-03-05,Serang,"kata ""kunci"", lalu\nbaris dua"\r\n' +
        '"Informan, B",,,,',
    );
  });

  it("reads back to the same values", () => {
    const table = parseAttributeCsv("kasus.csv", exportAttributeCsv(cases, attributes, NO_BOM));
    const plan = planAttributeImport({ fileName: "kasus.csv", ...table, cases, attributes });
    expect(plan.problems).toEqual([]);
    expect(plan.newAttributes).toEqual([]);
    expect(plan.updates).toEqual([
      {
        caseName: "Informan A",
        caseId: "a",
        values: { Usia: 41.5, Wawancara: "2023-03-05", Kabupaten: "Serang", Catatan: 'kata "kunci", lalu\nbaris dua' },
      },
      { caseName: "Informan, B", caseId: "b", values: { Usia: null, Wawancara: null, Kabupaten: null, Catatan: null } },
    ]);
  });
});
