import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Code } from "../../../src/core/model/types";
import { codebookRowsToCodes, exportCodebookCsv, parseCodebookCsv } from "../../../src/formats/codebookCsv";
import { FileProblem } from "../../../src/formats/importTypes";
import { DEFAULT_CSV_OPTIONS } from "../../../src/formats/csvOptions";
import { englishIssue } from "../../../src/formats/problems";

const NO_BOM = { ...DEFAULT_CSV_OPTIONS, bom: false };

const bantenCodebook = new URL("../../../fixtures/banten/codebook.csv", import.meta.url);
const makeId = (theme: string, code?: string) => (code === undefined ? `t:${theme}` : `c:${theme}/${code}`);

describe("parseCodebookCsv", () => {
  it("reads the Banten codebook: 5 themes and 13 codes", () => {
    const text = readFileSync(bantenCodebook, "utf8");
    const { rows, problems } = parseCodebookCsv("codebook.csv", text);
    expect(problems).toEqual([]);
    const codes = codebookRowsToCodes(rows, "p", makeId);
    const themes = codes.filter((code) => code.parentId === null);
    expect(themes.map((theme) => theme.name)).toEqual([
      "Manfaat media sosial",
      "Kendala tata kelola",
      "Kanal digital lain",
      "Pelayanan manual",
      "Harapan dan rekomendasi",
    ]);
    expect(codes.filter((code) => code.parentId !== null)).toHaveLength(13);
    expect(themes[0]).toEqual({
      id: "t:Manfaat media sosial",
      projectId: "p",
      name: "Manfaat media sosial",
      parentId: null,
      color: null,
      description: "Manfaat media sosial bagi pelayanan publik",
      order: 0,
    });
    expect(codes.find((code) => code.name === "Partisipasi publik")).toEqual({
      id: "c:Manfaat media sosial/Partisipasi publik",
      projectId: "p",
      name: "Partisipasi publik",
      parentId: "t:Manfaat media sosial",
      color: "#17becf",
      description: "Partisipasi publik lebih luas; persoalan disampaikan langsung",
      order: 1,
    });
  });

  it("matches headings in any case and order, and normalises colours", () => {
    const text = "Code,THEME,Color,Description\n,Tema,#ABC,\nSatu,Tema,abc123,d1\nDua,Tema,#1F77B4,d2\nTiga,Tema,,\n";
    expect(parseCodebookCsv("k.csv", text)).toEqual({
      rows: [
        { theme: "Tema", code: "", description: "", color: "#aabbcc" },
        { theme: "Tema", code: "Satu", description: "d1", color: "#abc123" },
        { theme: "Tema", code: "Dua", description: "d2", color: "#1f77b4" },
        { theme: "Tema", code: "Tiga", description: "", color: null },
      ],
      problems: [],
    });
  });

  it("works without description and color columns", () => {
    expect(parseCodebookCsv("k.csv", "theme,code\nTema,Satu\n").rows).toEqual([
      { theme: "Tema", code: "Satu", description: "", color: null },
    ]);
  });

  it("reports a bad colour but keeps the row; leaves out rows without a theme and repeated ones", () => {
    const text = [
      "theme,code,description,color",
      "Tema,,,",
      "Tema,Satu,,merah",
      ",Dua,,",
      "tema,,lagi,",
      "Tema,SATU,,",
      ",,hanya deskripsi,",
    ].join("\n");
    const { rows, problems } = parseCodebookCsv("k.csv", text);
    expect({ rows, problems: problems.map(({ line, issue }) => ({ line, message: englishIssue(issue) })) }).toEqual({
      rows: [
        { theme: "Tema", code: "", description: "", color: null },
        { theme: "Tema", code: "Satu", description: "", color: null },
      ],
      problems: [
        { line: 3, message: 'colour "merah" is not #rrggbb; the row is kept without a colour' },
        { line: 4, message: 'code "Dua" has no theme' },
        { line: 5, message: 'theme "tema" is listed twice' },
        { line: 6, message: 'code "SATU" of theme "Tema" is listed twice' },
        { line: 7, message: "has no theme" },
      ],
    });
  });

  it("rejects a file without the theme or code column", () => {
    expect(() => parseCodebookCsv("k.csv", "name,description\nA,b\n")).toThrow(
      "k.csv: has no theme or code column (expected theme,code,description,color)",
    );
    expect(() => parseCodebookCsv("k.csv", "")).toThrow(FileProblem);
    expect(() => parseCodebookCsv("k.csv", "theme,code,Code\n")).toThrow("k.csv: has more than one code column");
  });
});

describe("codebookRowsToCodes", () => {
  it("implies a theme named only by its codes and numbers siblings in file order", () => {
    const codes = codebookRowsToCodes(
      [
        { theme: "B", code: "b1", description: "", color: "#111111" },
        { theme: "A", code: "", description: "tema A", color: "#222222" },
        { theme: "b", code: "b2", description: "kedua", color: null },
        { theme: "A", code: "a1", description: "", color: null },
      ],
      "p",
      makeId,
    );
    expect(codes).toEqual<Code[]>([
      { id: "t:B", projectId: "p", name: "B", parentId: null, color: null, description: "", order: 0 },
      { id: "c:B/b1", projectId: "p", name: "b1", parentId: "t:B", color: "#111111", description: "", order: 0 },
      { id: "t:A", projectId: "p", name: "A", parentId: null, color: "#222222", description: "tema A", order: 1 },
      { id: "c:B/b2", projectId: "p", name: "b2", parentId: "t:B", color: null, description: "kedua", order: 1 },
      { id: "c:A/a1", projectId: "p", name: "a1", parentId: "t:A", color: null, description: "", order: 0 },
    ]);
  });
});

describe("exportCodebookCsv", () => {
  const code = (id: string, name: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code => ({
    id,
    projectId: "p",
    name,
    parentId,
    color: null,
    description: "",
    order,
    ...extra,
  });

  it("writes themes by order, each followed by its codes, flattening deeper codes and top-level codes alone", () => {
    const codes = [
      code("t2", "Kendala", null, 1),
      code("c2", "Lambat", "t2", 0, { color: "#d62728" }),
      code("t1", "Manfaat", null, 0, { description: "Benefits, mostly" }),
      code("c1b", "Cepat", "t1", 1),
      code("c1a", "Partisipasi", "t1", 0, { description: 'kata "publik"' }),
      code("g1", "Langsung", "c1a", 0),
      code("solo", "Lain-lain", null, 2),
    ];
    expect(exportCodebookCsv(codes, NO_BOM)).toBe(
      [
        "theme,code,description,color",
        'Manfaat,,"Benefits, mostly",',
        'Manfaat,Partisipasi,"kata ""publik""",',
        "Manfaat,Langsung,,",
        "Manfaat,Cepat,,",
        "Kendala,,,",
        "Kendala,Lambat,,#d62728",
        "Lain-lain,,,",
      ].join("\r\n"),
    );
  });

  it("reads the Banten codebook back to the same codes", () => {
    const text = readFileSync(bantenCodebook, "utf8");
    const codes = codebookRowsToCodes(parseCodebookCsv("codebook.csv", text).rows, "p", makeId);
    const again = parseCodebookCsv("export.csv", exportCodebookCsv(codes, NO_BOM));
    expect(again.problems).toEqual([]);
    expect(codebookRowsToCodes(again.rows, "p", makeId)).toEqual(codes);
  });
});
