// The telaah command line, built as `npm install` builds it and run by Node as a separate process,
// on the Banten study: its counts checked against an independent count from the study's plain files.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE, FIXTURES } from "../../../scripts/bantenStudyFiles";
import { parseProjectFile, serializeProjectFile } from "../../../src/formats/projectFile";
import { referenceCountIn, studyRows } from "../../support/studyReference";
import { expectOneProblem, useBuiltCli, type CliResult } from "../../support/cli";

const cli = useBuiltCli();
const telaah = cli.run;
const tempPath = cli.path;

const INFORMANTS = ["Informan A", "Informan B", "Informan C", "Informan D", "Informan E", "Informan F"];
const fixtureText = readFileSync(BANTEN_FIXTURE, "utf8");
/** The fixture read as plain JSON, without the app's parser. */
const fixture = JSON.parse(fixtureText) as { content: { documents: { name: string; text: string }[] } };

function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines[0]).toMatch(message);
  expect(lines.at(-1)).toMatch(/^usage: telaah /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

function parseCsv(csv: string): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

/** The codes of a matrix row as the study's plain files name them: a theme stands for all its codes. */
function studyCodes(path: string[]): string[] {
  if (path.length > 1) return [path[path.length - 1]!];
  return [...new Set(studyRows().filter((r) => r.theme === path[0]).map((r) => r.code))];
}

describe("telaah matrix", () => {
  it("counts references per informant as the study's own files do, as JSON of exactly the documented shape", async () => {
    const result = await telaah("matrix", BANTEN_FIXTURE, "--format", "json");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const matrix = JSON.parse(result.stdout) as { columns: string[]; rows: { path: string[]; values: number[] }[] };
    expect(Object.keys(matrix)).toEqual(["columns", "rows"]);
    expect(matrix.columns).toEqual(INFORMANTS);
    expect(matrix.rows).toHaveLength(18);
    expect(matrix.rows.filter((row) => row.path.length === 1)).toHaveLength(5);
    for (const row of matrix.rows) {
      expect(Object.keys(row)).toEqual(["path", "values"]);
      expect(row.values).toEqual(INFORMANTS.map((informant) => referenceCountIn(studyCodes(row.path), informant)));
    }
    expect(matrix.rows.flatMap((row) => (row.path.length === 2 ? row.values : [])).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("writes CSV without a BOM, with the same counts and a total column", async () => {
    const [csv, json] = await Promise.all([telaah("matrix", BANTEN_FIXTURE), telaah("matrix", BANTEN_FIXTURE, "--format", "json")]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("theme,code,Informan A,")).toBe(true);
    expect(csv.stdout.endsWith("\r\n")).toBe(true);
    const { fields, rows } = parseCsv(csv.stdout);
    expect(fields).toEqual(["theme", "code", ...INFORMANTS, "total"]);
    const expected = (JSON.parse(json.stdout) as { rows: { path: string[]; values: number[] }[] }).rows;
    expect(rows.map((row) => [row.theme, row.code, ...INFORMANTS.map((i) => Number(row[i]))])).toEqual(
      expected.map((row) => [row.path[0], row.path[1] ?? "", ...row.values]),
    );
  });

  it("takes columns from a case attribute named in any case, and other measures", async () => {
    const result = await telaah("matrix", BANTEN_FIXTURE, "--cols", "attribute:GENERASI", "--measure", "coded", "--format", "json");
    expect(result.code).toBe(0);
    const matrix = JSON.parse(result.stdout) as { columns: string[]; rows: { path: string[]; values: number[] }[] };
    expect(matrix.columns).toEqual(["Z"]);
    expect(matrix.rows.every((row) => row.values.length === 1 && (row.values[0] === 0 || row.values[0] === 1))).toBe(true);
    const documents = JSON.parse((await telaah("matrix", BANTEN_FIXTURE, "--cols", "documents", "--measure", "coverage", "--format", "json")).stdout);
    expect(documents.columns).toEqual(INFORMANTS);
  });

  it("names the attributes when the one asked for does not exist", async () => {
    const result = await telaah("matrix", BANTEN_FIXTURE, "--cols", "attribute:Region");
    expectOneProblem(result, BANTEN_FIXTURE, /has no case attribute named "Region" \(its attributes are Generasi, Pekerjaan, Rentang usia, Domisili\)$/);
  });
});

describe("telaah segments", () => {
  it("writes its column headers in Indonesian with --lang id, the same rows as in English, and refuses other languages", async () => {
    const [english, indonesian, french] = await Promise.all([
      telaah("segments", BANTEN_FIXTURE),
      telaah("segments", BANTEN_FIXTURE, "--lang", "id"),
      telaah("segments", BANTEN_FIXTURE, "--lang", "fr"),
    ]);
    expect(indonesian.code).toBe(0);
    const [englishHeader, ...englishRows] = english.stdout.split("\r\n");
    const [indonesianHeader, ...indonesianRows] = indonesian.stdout.split("\r\n");
    expect(englishHeader).toBe("document,case,Generasi,Pekerjaan,Rentang usia,Domisili,theme,code,code_path,start,end,text,coder,created");
    expect(indonesianHeader).toBe("dokumen,kasus,Generasi,Pekerjaan,Rentang usia,Domisili,tema,kode,jalur_kode,awal,akhir,teks,pengode,dibuat");
    expect(indonesianRows).toEqual(englishRows);
    expectUsageError(french, /--lang must be en or id, not "fr"/);
  });

  it("gives the 30 coded passages, each the code-point slice of its document", async () => {
    const result = await telaah("segments", BANTEN_FIXTURE, "--format", "json");
    expect(result.code).toBe(0);
    const segments = JSON.parse(result.stdout) as { document: string; case: string; path: string[]; start: number; end: number; text: string; coder: string }[];
    expect(segments).toHaveLength(30);
    for (const segment of segments) {
      expect(Object.keys(segment)).toEqual(["document", "case", "path", "start", "end", "text", "coder"]);
      const document = fixture.content.documents.find((d) => d.name === segment.document)!;
      expect(segment.text).toBe(Array.from(document.text).slice(segment.start, segment.end).join(""));
      expect(segment.case).toBe(segment.document);
      expect(segment.path).toHaveLength(2);
      expect(segment.coder).toBe("me");
    }
    const expected = studyRows().map((r) => [r.document, r.theme, r.code, r.passage].join("|")).sort();
    expect(segments.map((s) => [s.document, ...s.path, s.text].join("|")).sort()).toEqual(expected);
  });

  it("writes the same segments as CSV with the case attributes", async () => {
    const result = await telaah("segments", BANTEN_FIXTURE);
    expect(result.code).toBe(0);
    expect(result.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const { fields, rows } = parseCsv(result.stdout);
    expect(fields).toEqual(["document", "case", "Generasi", "Pekerjaan", "Rentang usia", "Domisili", "theme", "code", "code_path", "start", "end", "text", "coder", "created"]);
    expect(rows).toHaveLength(30);
  });
});

describe("telaah cooccurrence", () => {
  it("counts the passages two codes share", async () => {
    const result = await telaah("cooccurrence", BANTEN_FIXTURE, "--format", "json");
    expect(result.code).toBe(0);
    const table = JSON.parse(result.stdout) as { codes: string[][]; counts: number[][] };
    expect(Object.keys(table)).toEqual(["codes", "counts"]);
    expect(table.codes).toHaveLength(18);
    const at = (name: string) => table.codes.findIndex((path) => path.at(-1) === name);
    const [a, b] = [at("Kompetensi aparatur kurang"), at("Peningkatan kompetensi")];
    expect(table.counts[a]![b]).toBe(2);
    expect(table.counts[b]![a]).toBe(2);
    expect(table.counts[a]![a]).toBe(INFORMANTS.reduce((sum, i) => sum + referenceCountIn(["Kompetensi aparatur kurang"], i), 0));
  });

  it("writes CSV with a code column and one column per code, and counts documents in document mode", async () => {
    const result = await telaah("cooccurrence", BANTEN_FIXTURE, "--mode", "document");
    expect(result.code).toBe(0);
    const { fields, rows } = parseCsv(result.stdout);
    expect(fields[0]).toBe("code");
    expect(fields).toContain("Kendala tata kelola / Kompetensi aparatur kurang");
    expect(rows).toHaveLength(18);
    const row = rows.find((r) => r.code === "Kendala tata kelola / Kompetensi aparatur kurang")!;
    const documents = INFORMANTS.filter((i) => referenceCountIn(["Kompetensi aparatur kurang"], i) > 0);
    expect(Number(row["Kendala tata kelola / Kompetensi aparatur kurang"])).toBe(documents.length);
  });
});

describe("telaah convert", () => {
  it("writes the codebook as CSV and reads it back into a new project holding only the codebook", async () => {
    const csvPath = tempPath("codebook.csv");
    const projectPath = tempPath("codebook.telaah.json");
    expect(await telaah("convert", BANTEN_FIXTURE, csvPath)).toEqual({ code: 0, stdout: "", stderr: "" });
    const { fields, rows } = parseCsv(readFileSync(csvPath, "utf8"));
    expect(fields).toEqual(["theme", "code", "description", "color"]);
    expect(rows).toHaveLength(18);
    expect(rows.filter((r) => r.code === "")).toHaveLength(5);

    expect((await telaah("convert", csvPath, projectPath)).code).toBe(0);
    const project = await parseProjectFile(projectPath, readFileSync(projectPath, "utf8"));
    expect(project.project.name).toBe("codebook");
    expect(project.coders.map((c) => c.name)).toEqual(["Coder 1"]);
    expect([project.documents, project.codings, project.cases].map((list) => list.length)).toEqual([0, 0, 0]);
    const original = await parseProjectFile(BANTEN_FIXTURE, fixtureText);
    const shape = (codes: typeof original.codes) => {
      const names = new Map(codes.map((c) => [c.id, c.name]));
      return codes.map((c) => [c.name, c.parentId === null ? null : names.get(c.parentId), c.order, c.color, c.description]).sort();
    };
    expect(shape(project.codes)).toEqual(shape(original.codes));
    expect((await telaah("validate", projectPath)).stdout).toBe(`${projectPath}: valid (0 documents, 18 codes, 0 codings)\n`);

    const again = tempPath("again.csv");
    expect((await telaah("convert", projectPath, again)).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(csvPath, "utf8"));
  });

  it("neutralizes formula cells in the codebook CSV, as in every other CSV it writes, and reads them back", async () => {
    const content = await parseProjectFile(BANTEN_FIXTURE, fixtureText);
    const payloads = ['=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "@SUM(1+1)"];
    content.codes.filter((c) => c.parentId !== null).slice(0, 3).forEach((c, i) => (c.name = payloads[i]!));
    content.codes.find((c) => c.parentId === null)!.description = "-2+3";
    const projectPath = tempPath("formulas.telaah.json");
    writeFileSync(projectPath, await serializeProjectFile(content));
    const csvPath = tempPath("formulas.csv");
    expect((await telaah("convert", projectPath, csvPath)).code).toBe(0);
    const { rows } = parseCsv(readFileSync(csvPath, "utf8"));
    expect(rows.filter((r) => payloads.includes(r.code!.slice(1))).map((r) => r.code)).toEqual(payloads.map((p) => `'${p}`));
    expect(rows.some((r) => r.description === "'-2+3")).toBe(true);
    expect(rows.every((r) => !/^[=+\-@]/.test(r.code!) && !/^[=+\-@]/.test(r.description!))).toBe(true);
    const segments = parseCsv((await telaah("segments", projectPath)).stdout).rows;
    expect(segments.some((r) => r.code === `'${payloads[0]}`)).toBe(true);

    const back = tempPath("formulas-back.telaah.json");
    expect((await telaah("convert", csvPath, back)).code).toBe(0);
    const names = (await parseProjectFile(back, readFileSync(back, "utf8"))).codes.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(payloads));
  });

  it("writes a project file again unchanged", async () => {
    const copy = tempPath("copy.telaah.json");
    expect((await telaah("convert", BANTEN_FIXTURE, copy)).code).toBe(0);
    expect(readFileSync(copy, "utf8")).toBe(fixtureText);
  });

  it("writes REFI-QDA: a .qdpx with project.qde and the sources, and a .qdc codebook", async () => {
    const qdpx = tempPath("study.qdpx");
    expect((await telaah("convert", BANTEN_FIXTURE, qdpx)).code).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(qdpx)));
    expect(Object.keys(entries).filter((name) => name.startsWith("sources/"))).toHaveLength(6);
    expect(strFromU8(entries["project.qde"]!).match(/<Coding /g)).toHaveLength(studyRows().length);
    const qdc = tempPath("codebook.qdc");
    expect((await telaah("convert", BANTEN_FIXTURE, qdc)).code).toBe(0);
    const xml = readFileSync(qdc, "utf8");
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml.match(/<Code /g)).toHaveLength(new Set(studyRows().map((r) => r.code)).size + new Set(studyRows().map((r) => r.theme)).size);
  });

  it("refuses conversions it does not know, and overwriting its input", async () => {
    const copy = tempPath("keep.json");
    writeFileSync(copy, fixtureText);
    expectUsageError(await telaah("convert", copy, tempPath("study.docx")), /^telaah: cannot convert .*keep\.json to .*study\.docx$/);
    expectUsageError(await telaah("convert", tempPath("a.qdc"), tempPath("b.docx")), /^telaah: cannot convert /);
    expectUsageError(await telaah("convert", tempPath("a.csv"), tempPath("b.csv")), /^telaah: cannot convert /);
    expectUsageError(await telaah("convert", copy, "keep.json"), /is the input file/);
    expect(readFileSync(copy, "utf8")).toBe(fixtureText);
  });

  it("refuses a codebook CSV with problems, naming the line", async () => {
    const bad = tempPath("bad codebook.csv");
    writeFileSync(bad, "theme,code\nA,x\n,y\nA,x\n");
    const result = await telaah("convert", bad, tempPath("bad.json"));
    expectOneProblem(result, bad, /line 3: code "y" has no theme \(and 1 more problem\)$/);
  });
});

describe("telaah convert from a REFI-QDA codebook", () => {
  // As another tool might write it: a namespace prefix, ids that are not GUIDs, colours in other
  // spellings, a third level, a description with markup characters.
  const QDC = `<?xml version="1.0" encoding="utf-8"?>
<qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="Other tool">
  <qda:Codes>
    <qda:Code guid="t-1" name="Trust" isCodable="true" color="FF0000">
      <qda:Description>Trust &amp; distrust</qda:Description>
      <qda:Code guid="c-1" name="In officials" isCodable="true" color="#0f0">
        <qda:Code guid="c-2" name="Village head" isCodable="true"/>
      </qda:Code>
    </qda:Code>
    <qda:Code guid="t-2" name="Access" isCodable="true"/>
  </qda:Codes>
</qda:CodeBook>`;

  it("writes its codes as a codebook CSV, a new project file, and a .qdc again", async () => {
    const qdc = tempPath("other tool.qdc");
    writeFileSync(qdc, QDC);
    const csvPath = tempPath("other tool.csv");
    expect(await telaah("convert", qdc, csvPath)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(parseCsv(readFileSync(csvPath, "utf8")).rows).toEqual([
      { theme: "Trust", code: "", description: "Trust & distrust", color: "#ff0000" },
      { theme: "Trust", code: "In officials", description: "", color: "#00ff00" },
      { theme: "Trust", code: "Village head", description: "", color: "" },
      { theme: "Access", code: "", description: "", color: "" },
    ]);

    const projectPath = tempPath("other tool.telaah.json");
    expect((await telaah("convert", qdc, projectPath)).code).toBe(0);
    const project = await parseProjectFile(projectPath, readFileSync(projectPath, "utf8"));
    expect(project.project.name).toBe("other tool");
    expect(project.coders.map((c) => c.name)).toEqual(["Coder 1"]);
    expect(project.codes.map((c) => [c.id, c.name, c.parentId, c.order, c.color])).toEqual([
      ["t-1", "Trust", null, 0, "#ff0000"],
      ["c-1", "In officials", "t-1", 0, "#00ff00"],
      ["c-2", "Village head", "c-1", 0, null],
      ["t-2", "Access", null, 1, null],
    ]);
    expect((await telaah("validate", projectPath)).stdout).toBe(`${projectPath}: valid (0 documents, 4 codes, 0 codings)\n`);

    // Written again as .qdc: the ids become GUIDs (the same each time), the tree and colours kept.
    const [again, twice] = [tempPath("again.qdc"), tempPath("twice.qdc")];
    expect((await telaah("convert", qdc, again)).code).toBe(0);
    expect((await telaah("convert", qdc, twice)).code).toBe(0);
    const xml = readFileSync(again, "utf8");
    expect(readFileSync(twice, "utf8")).toBe(xml);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const guids = [...xml.matchAll(/<Code guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1]!, m[2]]);
    expect(guids.map(([, name]) => name)).toEqual(["Trust", "In officials", "Village head", "Access"]);
    for (const [guid] of guids) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(new Set(guids.map(([guid]) => guid)).size).toBe(4);
    expect(xml).toContain("<Description>Trust &amp; distrust</Description>");
    const roundTrip = tempPath("round trip.json");
    expect((await telaah("convert", again, roundTrip)).code).toBe(0);
    const tree = (codes: typeof project.codes) => {
      const names = new Map(codes.map((c) => [c.id, c.name]));
      return codes.map((c) => [c.name, c.parentId === null ? null : names.get(c.parentId), c.order, c.color, c.description]);
    };
    expect(tree((await parseProjectFile(roundTrip, readFileSync(roundTrip, "utf8"))).codes)).toEqual(tree(project.codes));
  });

  it("reads the study's codebook written as .qdc back into the same code tree", async () => {
    const qdc = tempPath("banten codebook.qdc");
    const projectPath = tempPath("banten codebook.json");
    expect((await telaah("convert", BANTEN_FIXTURE, qdc)).code).toBe(0);
    expect((await telaah("convert", qdc, projectPath)).code).toBe(0);
    const original = await parseProjectFile(BANTEN_FIXTURE, fixtureText);
    const project = await parseProjectFile(projectPath, readFileSync(projectPath, "utf8"));
    const shape = (codes: typeof original.codes) => {
      const names = new Map(codes.map((c) => [c.id, c.name]));
      return codes.map((c) => [c.name, c.parentId === null ? null : names.get(c.parentId), c.order, c.color, c.description]).sort();
    };
    expect(shape(project.codes)).toEqual(shape(original.codes));
  });

  it("refuses a .qdc that is not well-formed, and tells of a colour it does not understand", async () => {
    const broken = tempPath("broken.qdc");
    writeFileSync(broken, '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n  <Codes>\n    <Code guid="a" name="A">\n  </Codes>\n</CodeBook>');
    expectOneProblem(await telaah("convert", broken, tempPath("broken.csv")), broken, /is not well-formed XML \(line 4, column \d+: /);
    const red = tempPath("red.qdc");
    writeFileSync(red, QDC.replace('color="#0f0"', 'color="red"'));
    const converted = await telaah("convert", red, tempPath("red.json"));
    expect(converted).toEqual({ code: 0, stdout: "", stderr: `telaah: ${red}: colour "red" on code "In officials" is not #rrggbb; the code is left without a colour\n` });
    const project = await parseProjectFile("red.json", readFileSync(tempPath("red.json"), "utf8"));
    expect(project.codes.find((code) => code.name === "In officials")?.color).toBeNull();
  });
});

describe("telaah validate", () => {
  it("reports a sound project file", async () => {
    const result = await telaah("validate", BANTEN_FIXTURE);
    expect(result).toEqual({ code: 0, stdout: `${BANTEN_FIXTURE}: valid (6 documents, 18 codes, 30 codings)\n`, stderr: "" });
  });

  it("reports a file whose content no longer matches its checksum", async () => {
    const tampered = tempPath("tampered.telaah.json");
    const file = JSON.parse(fixtureText) as { content: { documents: { text: string }[] } };
    file.content.documents[0]!.text += " (edited by hand)";
    writeFileSync(tampered, JSON.stringify(file, null, 2));
    expectOneProblem(await telaah("validate", tampered), tampered, /is damaged: its checksum does not match its content$/);
    expectOneProblem(await telaah("matrix", tampered), tampered, /checksum/);
  });

  it("reports a broken reference", async () => {
    const content = await parseProjectFile(BANTEN_FIXTURE, fixtureText);
    content.codings[0] = { ...content.codings[0]!, codeId: "no-such-code" };
    const broken = tempPath("broken.json");
    writeFileSync(broken, await serializeProjectFile(content));
    expectOneProblem(await telaah("validate", broken), broken, /is damaged: coding .* refers to a missing code$/);
  });

  it("lists every problem of a damaged project file, one per line", async () => {
    const content = await parseProjectFile(BANTEN_FIXTURE, fixtureText);
    const [first, second, third] = content.codings;
    content.codings[0] = { ...first!, codeId: "no-such-code" };
    content.codings[1] = { ...second!, documentId: "no-such-document" };
    content.codings[2] = { ...third!, coderId: "no-such-coder" };
    content.caseDocuments.push({ projectId: content.project.id, caseId: "no-such-case", documentId: content.documents[0]!.id });
    const broken = tempPath("many problems.json");
    writeFileSync(broken, await serializeProjectFile(content));
    const result = await telaah("validate", broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      `telaah: ${broken}: is damaged: coding ${first!.id} refers to a missing code`,
      `telaah: ${broken}: is damaged: coding ${second!.id} refers to a missing document`,
      `telaah: ${broken}: is damaged: coding ${third!.id} refers to a missing coder`,
      `telaah: ${broken}: is damaged: a case link refers to a missing case (no-such-case)`,
    ]);
  });

  it("reports a file that is not a project file", async () => {
    const notProject = tempPath("package.json");
    writeFileSync(notProject, '{"name": "x"}');
    expectOneProblem(await telaah("validate", notProject), notProject, /is not a Telaah project file$/);
  });
});

describe("telaah usage", () => {
  it("exits 2 with a usage line on wrong usage", async () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [["summarize", BANTEN_FIXTURE], /unknown command "summarize"/],
      [["--verbose"], /unknown option --verbose/],
      [["matrix"], /missing FILE/],
      [["convert", BANTEN_FIXTURE], /missing OUT/],
      [["matrix", BANTEN_FIXTURE, "--rows", "codes"], /unknown option --rows/],
      [["matrix", BANTEN_FIXTURE, "--measure"], /option --measure needs a value/],
      [["matrix", BANTEN_FIXTURE, "--measure", "percent"], /--measure must be references, coded, characters, words or coverage, not "percent"/],
      [["matrix", BANTEN_FIXTURE, "--cols", "themes"], /--cols must be/],
      [["matrix", BANTEN_FIXTURE, "--cols", "attribute:"], /--cols attribute:NAME needs the name/],
      [["segments", BANTEN_FIXTURE, "--format", "xlsx"], /--format must be csv or json/],
      [["validate", BANTEN_FIXTURE, "extra.json"], /unexpected argument "extra.json"/],
      [["help", "summarize"], /unknown command "summarize"/],
    ];
    const results = await Promise.all(cases.map(([args]) => telaah(...args)));
    results.forEach((result, i) => expectUsageError(result, cases[i]![1]));
  });

  it("exits 1 with one line for a missing file or a format it does not read", async () => {
    expectOneProblem(await telaah("matrix", "missing.telaah.json"), "missing.telaah.json", /no such file$/);
    expectOneProblem(await telaah("segments", "study.nvp"), "study.nvp", /is not a project file Telaah reads \(expected .*\.qdpx or \.qde\)$/);
    expectOneProblem(await telaah("validate", join(FIXTURES, "banten", "codebook.csv")), join(FIXTURES, "banten", "codebook.csv"), /is not a project file Telaah reads/);
  });

  it("shows help on --help and exits 0", async () => {
    const commands = ["matrix", "segments", "cooccurrence", "agreement", "convert", "validate"];
    const general = await Promise.all([["--help"], ["help"], ["-h"]].map((args) => telaah(...args)));
    for (const result of general) {
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^usage: telaah /);
      for (const command of commands) expect(result.stdout).toContain(`  ${command} `);
    }
    const own = await Promise.all(commands.map((command) => telaah(command, "--help")));
    own.forEach((result, i) => {
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`usage: telaah ${commands[i]} `)).toBe(true);
    });
    expect((await telaah("help", "convert")).stdout).toMatch(/^usage: telaah convert IN OUT/);
    expect((await telaah("matrix", BANTEN_FIXTURE, "-h")).code).toBe(0);
  });
});
