import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { setLanguage } from "../../../src/lang";
import { exportHeaders } from "../../../src/lang/exportHeaders";
import type { Case, Code, Coding, ProjectContent, TextDocument } from "../../../src/core/model/types";
import {
  agreementCsv,
  codedSegmentsCsv,
  disagreementsCsv,
  matrixCsv,
  segmentsJsonRows,
  type CsvMatrix,
} from "../../../src/formats/analysisCsv";
import { DEFAULT_CSV_OPTIONS } from "../../../src/formats/csvWrite";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE, FIXTURES } from "../../../scripts/bantenStudyFiles";

function readCsv(csv: string, delimiter = ","): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, delimiter, newline: "\r\n" });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

describe("matrixCsv", () => {
  const matrix: CsvMatrix = {
    columns: [{ name: "Informan A" }, { name: "=HYPERLINK(x)" }],
    rows: [
      { path: ["=SUM(A1)"], values: [3, -2], total: 1 },
      { path: ["=SUM(A1)", "-lead"], values: [1, 0], total: 1 },
      { path: ["+x", "@me", "\ttab"], values: [0.5, -1.25], total: -0.75 },
    ],
  };

  it("neutralizes text cells that could start a formula and leaves numbers alone, negative ones too", () => {
    const csv = matrixCsv(matrix, DEFAULT_CSV_OPTIONS);
    const { fields, rows } = readCsv(csv);
    expect(fields).toEqual(["theme", "code", "code 2", "Informan A", "'=HYPERLINK(x)", "total"]);
    expect(rows).toEqual([
      { theme: "'=SUM(A1)", code: "", "code 2": "", "Informan A": "3", "'=HYPERLINK(x)": "-2", total: "1" },
      { theme: "'=SUM(A1)", code: "'-lead", "code 2": "", "Informan A": "1", "'=HYPERLINK(x)": "0", total: "1" },
      { theme: "'+x", code: "'@me", "code 2": "'\ttab", "Informan A": "0.5", "'=HYPERLINK(x)": "-1.25", total: "-0.75" },
    ]);
  });

  it("writes text as it is when neutralizing is off", () => {
    const { rows } = readCsv(matrixCsv(matrix, { ...DEFAULT_CSV_OPTIONS, neutralizeFormulas: false }));
    expect(rows.map((row) => [row.theme, row.code, row["code 2"]])).toEqual([
      ["=SUM(A1)", "", ""],
      ["=SUM(A1)", "-lead", ""],
      ["+x", "@me", "\ttab"],
    ]);
  });

  it("uses semicolons with a decimal point, at most 4 decimals, no exponent, CRLF and no BOM when asked", () => {
    const coverage: CsvMatrix = {
      columns: [{ name: "A" }, { name: "B" }],
      rows: [
        { path: ["Akses", "Biaya"], values: [1 / 3, 0.5], total: 0.8333333 },
        { path: ["Akses"], values: [1e-7, 1e21], total: -0.00001 },
      ],
    };
    const csv = matrixCsv(coverage, { bom: false, delimiter: ";", neutralizeFormulas: true });
    expect(csv).toBe(
      "theme;code;A;B;total\r\n" + "Akses;Biaya;0.3333;0.5;0.8333\r\n" + "Akses;;0;1000000000000000000000;0",
    );
    expect(readCsv(csv, ";").rows[0]).toEqual({ theme: "Akses", code: "Biaya", A: "0.3333", B: "0.5", total: "0.8333" });
  });

  it("writes a decimal comma when asked, quoting such cells only where the separator is a comma", () => {
    const coverage: CsvMatrix = { columns: [{ name: "A" }], rows: [{ path: ["Akses", "Biaya"], values: [1 / 3], total: 12.5 }] };
    expect(matrixCsv(coverage, { bom: false, delimiter: ";", neutralizeFormulas: true, decimalComma: true })).toBe("theme;code;A;total\r\nAkses;Biaya;0,3333;12,5");
    expect(matrixCsv(coverage, { bom: false, delimiter: ",", neutralizeFormulas: true, decimalComma: true })).toBe('theme,code,A,total\r\nAkses,Biaya,"0,3333","12,5"');
  });

  it("starts with a BOM when asked", () => {
    const small: CsvMatrix = { columns: [], rows: [{ path: ["T"], values: [], total: 2 }] };
    expect(matrixCsv(small, DEFAULT_CSV_OPTIONS)).toBe("\uFEFFtheme,code,total\r\nT,,2");
    expect(matrixCsv(small, { ...DEFAULT_CSV_OPTIONS, bom: false })).toBe("theme,code,total\r\nT,,2");
  });
});

describe("codedSegmentsCsv", () => {
  const interview10 = "P: Bagaimana?\nfirst line\nsecond, \"quoted\" line\nend";
  const interview2 = "Salam 👋🏽 مرحبا بكم\n- yes, =1+1";
  const multiLine = 'first line\nsecond, "quoted" line';
  const unicode = "👋🏽 مرحبا";

  /** Code-point offsets of `passage` in `text`. */
  const span = (text: string, passage: string) => {
    const start = Array.from(text.slice(0, text.indexOf(passage))).length;
    return { start, end: start + Array.from(passage).length };
  };
  const document = (id: string, name: string, text: string): TextDocument => ({
    id,
    projectId: "p",
    name,
    text,
    sourceName: `${name}.txt`,
    sourceType: "txt",
    created: "2024-01-01T00:00:00.000Z",
    modified: "2024-01-01T00:00:00.000Z",
  });
  const code = (id: string, name: string, parentId: string | null): Code => ({
    id,
    projectId: "p",
    name,
    parentId,
    color: null,
    description: "",
    order: 0,
  });
  const coding = (id: string, doc: TextDocument, codeId: string, passage: string, extra: Partial<Coding> = {}): Coding => ({
    id,
    projectId: "p",
    documentId: doc.id,
    codeId,
    ...span(doc.text, passage),
    coderId: "me",
    created: `2024-02-0${id.slice(1)}T00:00:00.000Z`,
    quote: passage,
    before: "",
    after: "",
    ...extra,
  });
  const kase = (id: string, name: string, attributes: Case["attributes"]): Case => ({ id, projectId: "p", name, attributes });

  const d10 = document("d10", "Interview 10", interview10);
  const d2 = document("d2", "Interview 2", interview2);
  const content: ProjectContent = {
    project: { id: "p", name: "Uji", created: "", modified: "" },
    coders: [{ id: "me", projectId: "p", name: "Sari" }],
    documents: [d10, d2],
    codes: [code("t", "Akses", null), code("c", "Biaya", "t"), code("f", "Pungutan", "c")],
    codings: [
      coding("k1", d10, "c", multiLine),
      coding("k2", d10, "t", multiLine),
      coding("k3", d2, "f", unicode),
      coding("k4", d2, "c", "- yes, =1+1"),
      coding("k5", d2, "c", "Salam", { orphaned: true }),
    ],
    attributes: [
      { id: "score", projectId: "p", name: "Score", type: "number", choices: [], order: 1 },
      { id: "code", projectId: "p", name: "Code", type: "text", choices: [], order: 0 },
      { id: "role", projectId: "p", name: "Role", type: "text", choices: [], order: 2 },
    ],
    cases: [
      kase("budi", "Budi", { score: 2, code: "B-1", role: "guru" }),
      kase("ani", "Ani", { score: -1, code: "A-1", role: "guru" }),
      kase("citra", "Citra", { score: -3, code: "C-1", role: null }),
    ],
    caseDocuments: [
      { projectId: "p", caseId: "budi", documentId: "d10" },
      { projectId: "p", caseId: "ani", documentId: "d10" },
      { projectId: "p", caseId: "citra", documentId: "d2" },
    ],
  };

  it("writes one row per coding in document (numeric-aware), start and code path order, reading back exactly", () => {
    const { fields, rows } = readCsv(codedSegmentsCsv(content, DEFAULT_CSV_OPTIONS));
    expect(fields).toEqual([
      "document", "case", "Code (attribute)", "Score", "Role",
      "theme", "code", "code_path", "start", "end", "text", "coder", "created",
    ]);
    const multi = span(interview10, multiLine);
    const emoji = span(interview2, unicode);
    expect(emoji).toEqual({ start: 6, end: 14 });
    expect(rows).toEqual([
      {
        document: "Interview 2", case: "Citra", "Code (attribute)": "C-1", Score: "-3", Role: "",
        theme: "Akses", code: "Pungutan", code_path: "Akses / Biaya / Pungutan", start: "6", end: "14", text: unicode,
        coder: "Sari", created: "2024-02-03T00:00:00.000Z",
      },
      {
        document: "Interview 2", case: "Citra", "Code (attribute)": "C-1", Score: "-3", Role: "",
        theme: "Akses", code: "Biaya", code_path: "Akses / Biaya", start: "19", end: "30", text: "'- yes, =1+1",
        coder: "Sari", created: "2024-02-04T00:00:00.000Z",
      },
      {
        document: "Interview 10", case: "Ani; Budi", "Code (attribute)": "A-1; B-1", Score: "'-1; 2", Role: "guru",
        theme: "Akses", code: "", code_path: "Akses", start: String(multi.start), end: String(multi.end), text: multiLine,
        coder: "Sari", created: "2024-02-02T00:00:00.000Z",
      },
      {
        document: "Interview 10", case: "Ani; Budi", "Code (attribute)": "A-1; B-1", Score: "'-1; 2", Role: "guru",
        theme: "Akses", code: "Biaya", code_path: "Akses / Biaya", start: String(multi.start), end: String(multi.end),
        text: multiLine, coder: "Sari", created: "2024-02-01T00:00:00.000Z",
      },
    ]);
  });

  it("gives the same segments as plain data, in the same order, with the text as written", () => {
    const multi = span(interview10, multiLine);
    const row = (document: string, kase: string, path: string[], start: number, end: number, text: string) =>
      ({ document, case: kase, path, start, end, text, coder: "Sari" });
    expect(segmentsJsonRows(content)).toEqual([
      row("Interview 2", "Citra", ["Akses", "Biaya", "Pungutan"], 6, 14, unicode),
      row("Interview 2", "Citra", ["Akses", "Biaya"], 19, 30, "- yes, =1+1"),
      row("Interview 10", "Ani; Budi", ["Akses"], multi.start, multi.end, multiLine),
      row("Interview 10", "Ani; Budi", ["Akses", "Biaya"], multi.start, multi.end, multiLine),
    ]);
  });

  it("writes the Banten study's 30 coded passages at their code-point offsets, as the reference coding has them", async () => {
    const banten = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
    const { fields, rows } = readCsv(codedSegmentsCsv(banten, DEFAULT_CSV_OPTIONS));
    const attributes = Papa.parse<Record<string, string>>(readFileSync(`${FIXTURES}/banten/attributes.csv`, "utf8"), { header: true, skipEmptyLines: true });
    const attributeNames = attributes.meta.fields!.slice(1);
    expect(fields).toEqual(["document", "case", ...attributeNames, "theme", "code", "code_path", "start", "end", "text", "coder", "created"]);
    expect(rows).toHaveLength(30);
    const texts = new Map(banten.documents.map((d) => [d.name, d.text]));
    for (const row of rows) {
      const codePoints = Array.from(texts.get(row.document!) ?? "");
      expect(row.text).toBe(codePoints.slice(Number(row.start), Number(row.end)).join(""));
      expect(row.case).toBe(row.document);
      const informant = attributes.data.find((a) => a.case === row.case)!;
      expect(attributeNames.map((name) => row[name])).toEqual(attributeNames.map((name) => informant[name]));
      expect(row.coder).toBe("me");
      expect(row.code_path).toBe(`${row.theme} / ${row.code}`);
    }
    const reference = Papa.parse<Record<string, string>>(readFileSync(`${FIXTURES}/banten/codings.csv`, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const key = (r: { document?: string; theme?: string; code?: string }, text: string | undefined) =>
      [r.document, r.theme, r.code, text].join("\u001f");
    expect(rows.map((r) => key(r, r.text)).sort()).toEqual(reference.map((r) => key(r, r.passage)).sort());
    expect(rows.map((r) => r.document)).toEqual([...rows.map((r) => r.document)].sort());
    expect(segmentsJsonRows(banten).map((s) => [s.document, String(s.start), s.path.join(" / ")])).toEqual(
      rows.map((r) => [r.document, r.start, r.code_path]),
    );
  });
});

describe("column headers in the UI's language", () => {
  const small: CsvMatrix = { columns: [{ name: "Informan A" }], rows: [{ path: ["T", "K", "S"], values: [2], total: 2 }] };
  afterAll(() => setLanguage("en"));

  it("are in English as the CLI and R scripts expect, from the English table", async () => {
    await setLanguage("en");
    const options = { bom: false, delimiter: ",", neutralizeFormulas: true, headers: exportHeaders() } as const;
    expect(matrixCsv(small, options)).toBe(matrixCsv(small, { ...options, headers: undefined }));
    expect(matrixCsv(small, options).split("\r\n")[0]).toBe("theme,code,code 2,Informan A,total");
  });

  it("are in Indonesian when the UI is, an attribute named like a column included", async () => {
    await setLanguage("id");
    const content = {
      documents: [{ id: "d1", name: "Wawancara 1" }],
      codes: [{ id: "c1", projectId: "p", parentId: null, name: "Kode", color: null, description: "", order: 0 }],
      codings: [{ id: "g1", projectId: "p", documentId: "d1", codeId: "c1", coderId: "u", start: 0, end: 4, quote: "kata", created: "2024-01-01T00:00:00.000Z" }],
      cases: [{ id: "k1", projectId: "p", name: "Informan A", description: "", attributes: { a1: 1.5 } }],
      caseDocuments: [{ id: "l1", projectId: "p", caseId: "k1", documentId: "d1" }],
      attributes: [{ id: "a1", projectId: "p", name: "Tema", type: "number", order: 0 }],
      coders: [{ id: "u", projectId: "p", name: "saya" }],
    } as unknown as Parameters<typeof codedSegmentsCsv>[0];
    const csv = codedSegmentsCsv(content, { bom: false, delimiter: ";", neutralizeFormulas: true, decimalComma: true, headers: exportHeaders() });
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("dokumen;kasus;Tema (atribut);tema;kode;jalur_kode;awal;akhir;teks;pengode;dibuat");
    expect(row).toBe("Wawancara 1;Informan A;1,5;Kode;;Kode;0;4;kata;saya;2024-01-01T00:00:00.000Z");
    expect(matrixCsv(small, { bom: false, delimiter: ";", neutralizeFormulas: true, headers: exportHeaders() }).split("\r\n")[0]).toBe("tema;kode;kode 2;Informan A;jumlah");
  });
});

describe("coding comparison CSVs", () => {
  it("writes the agreement table with empty cells for undefined statistics, and the disagreements with who coded them, neutralized", () => {
    const table = agreementCsv(
      [
        { path: ["Layanan", "Cepat"], document: "Informan A", units: 40, agreement: 87.5, kappa: 0.4, fleiss: 0.39, alpha: 0.4, aOnly: 3, bOnly: 2, both: 10, neither: 25 },
        { path: ["Layanan"], document: null, units: 40, agreement: 100, kappa: null, fleiss: null, alpha: null, aOnly: 0, bOnly: 0, both: 0, neither: 40 },
      ],
      { ...DEFAULT_CSV_OPTIONS, bom: false },
    );
    expect(table.split("\r\n")).toEqual([
      "theme,code,document,units,agreement,kappa,fleiss,alpha,a_only,b_only,both,neither",
      "Layanan,Cepat,Informan A,40,87.5,0.4,0.39,0.4,3,2,10,25",
      "Layanan,,,40,100,,,,0,0,0,40",
    ]);
    const rows = [{ document: "Informan A", path: ["Layanan", "Cepat"], start: 12, end: 21, text: "=HYPERLINK(1)", codedBy: ["Budi", "Citra"] }];
    const csv = disagreementsCsv(rows, { ...DEFAULT_CSV_OPTIONS, bom: false, delimiter: ";" });
    expect(readCsv(csv, ";").rows).toEqual([{ document: "Informan A", code: "Layanan / Cepat", start: "12", end: "21", text: "'=HYPERLINK(1)", coded_by: "Budi; Citra" }]);
  });
});
