import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { AttributeDefinition, Case, Code } from "../../../src/core/model/types";
import { exportAttributeCsv, parseAttributeCsv } from "../../../src/formats/attributeCsv";
import { exportCodebookCsv, parseCodebookCsv } from "../../../src/formats/codebookCsv";
import { DEFAULT_CSV_OPTIONS, writeCsv } from "../../../src/formats/csvWrite";

const PLAIN = { bom: false, delimiter: ",", neutralizeFormulas: true } as const;
/** OWASP's CSV-injection payloads, and the cell starts it names. */
const PAYLOADS = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "-2+3", "+1", "@SUM(1+1)", "\t=1", "\r=1"];

function cells(csv: string, delimiter = ","): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter, newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("writeCsv", () => {
  it("prefixes every text cell that could start a formula with ', in the header too", () => {
    const rows = cells(writeCsv(PAYLOADS, [PAYLOADS], PLAIN));
    expect(rows).toEqual([PAYLOADS.map((p) => `'${p}`), PAYLOADS.map((p) => `'${p}`)]);
  });

  it("leaves other text alone: a formula character later in the cell, a leading space or quote", () => {
    const text = ["a=b", " =1", "'quoted", "Informan A", "", "1-2"];
    expect(cells(writeCsv(text.map((_, i) => `c${i}`), [text], PLAIN))[1]).toEqual(text);
  });

  it("writes numbers as numbers, never prefixed, so a column of negative numbers stays numeric", () => {
    const csv = writeCsv(["n", "text"], [[-2, "-2"], [-0.5, "-0.5"], [1e21, "x"], [0.1, "y"]], PLAIN);
    expect(csv).toBe("n,text\r\n-2,'-2\r\n-0.5,'-0.5\r\n1000000000000000000000,x\r\n0.1,y");
  });

  it("rounds numbers to the decimals asked, and writes null as an empty cell", () => {
    expect(writeCsv(["a", "b"], [[1 / 3, null]], PLAIN, { maximumFractionDigits: 4 })).toBe("a,b\r\n0.3333,");
  });

  it("writes text as it is when neutralizing is off, and a BOM and semicolons when asked", () => {
    const csv = writeCsv(["a"], [["=1;2"]], { bom: true, delimiter: ";", neutralizeFormulas: false });
    expect(csv).toBe('\uFEFFa\r\n"=1;2"');
  });

  it("writes a decimal comma in numbers when asked, leaving text as it is", () => {
    const csv = writeCsv(["n", "t"], [[-1.5, "1.5"]], { bom: false, delimiter: ";", neutralizeFormulas: true, decimalComma: true });
    expect(csv).toBe("n;t\r\n-1,5;1.5");
  });

  it("has a BOM, commas and neutralizing on by default", () => {
    expect(DEFAULT_CSV_OPTIONS).toEqual({ bom: true, delimiter: ",", neutralizeFormulas: true });
  });
});

describe("every CSV export goes through the writer", () => {
  const code = (id: string, name: string, parentId: string | null, description = ""): Code => ({
    id,
    projectId: "p",
    name,
    parentId,
    color: null,
    description,
    order: 0,
  });

  it("neutralizes the codebook's names and descriptions, and reads them back as they were", () => {
    const codes = [code("t", '=HYPERLINK("http://x","y")', null), code("c", "@SUM(1+1)", "t", "-2+3")];
    const csv = exportCodebookCsv(codes, PLAIN);
    expect(cells(csv)).toEqual([
      ["theme", "code", "description", "color"],
      [`'=HYPERLINK("http://x","y")`, "", "", ""],
      [`'=HYPERLINK("http://x","y")`, "'@SUM(1+1)", "'-2+3", ""],
    ]);
    expect(parseCodebookCsv("codebook.csv", csv).rows.map((r) => [r.theme, r.code, r.description])).toEqual([
      ['=HYPERLINK("http://x","y")', "", ""],
      ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "-2+3"],
    ]);
  });

  it("neutralizes attribute text and case names but writes a number column's negative values as numbers", () => {
    const attributes: AttributeDefinition[] = [
      { id: "n", projectId: "p", name: "Saldo", type: "number", choices: [], order: 0 },
      { id: "t", projectId: "p", name: "Catatan", type: "text", choices: [], order: 1 },
    ];
    const cases: Case[] = [{ id: "a", projectId: "p", name: "=cmd|' /C calc'!A0", attributes: { n: -3.5, t: "-2+3" } }];
    const csv = exportAttributeCsv(cases, attributes, PLAIN);
    expect(cells(csv)[1]).toEqual(["'=cmd|' /C calc'!A0", "-3.5", "'-2+3"]);
    expect(parseAttributeCsv("cases.csv", csv).rows[0]!.cells).toEqual(["=cmd|' /C calc'!A0", "-3.5", "-2+3"]);
  });
});
