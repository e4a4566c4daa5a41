import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { codebookQdc } from "../../../src/formats/refiQda/codebookXml";
import { projectQde, refiGuid } from "../../../src/formats/refiQda/projectXml";
import { exportQdpx } from "../../../src/formats/refiQda/qdpx";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";

const SCHEMA = resolve(__dirname, "../../../fixtures/refi-qda/Project-mrt2019.xsd");
const CODEBOOK_SCHEMA = resolve(__dirname, "../../../fixtures/refi-qda/Codebook-mrt2019.xsd");
const XMLLINT = "/usr/bin/xmllint";
const OPTIONS = {};
const demoText = readFileSync(BANTEN_FIXTURE, "utf8");
const tempDir = mkdtempSync(join(tmpdir(), "telaah-refi-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

async function banten(): Promise<ProjectContent> {
  return parseProjectFile("banten-study.json", demoText);
}

/** Validates with libxml2 against the REFI-QDA schema; returns xmllint's exit status and messages. */
function validate(xml: string, name: string, schema = SCHEMA): { status: number; output: string } {
  const file = join(tempDir, name);
  writeFileSync(file, xml, "utf8");
  try {
    const output = execFileSync(XMLLINT, ["--noout", "--schema", schema, file], { encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status?: number; stderr?: string };
    return { status: failure.status ?? -1, output: failure.stderr ?? String(error) };
  }
}

type Node = Record<string, unknown>;

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value");
  return value;
}
const ARRAYS = new Set(["User", "Code", "Variable", "Case", "VariableValue", "SourceRef", "TextSource", "PlainTextSelection", "Coding"]);

function parse(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ARRAYS.has(name),
  });
  return (parser.parse(xml) as { Project: Node }).Project;
}

function list(node: unknown, key: string): Node[] {
  return ((node as Node | undefined)?.[key] as Node[] | undefined) ?? [];
}

function allCodes(codes: Node[]): Node[] {
  return codes.flatMap((code) => [code, ...allCodes(list(code, "Code"))]);
}

function selections(project: Node): Node[] {
  return list(project.Sources, "TextSource").flatMap((source) => list(source, "PlainTextSelection"));
}

function trickyProject(): ProjectContent {
  const projectId = "p1";
  const text = "Saya 😀 senang. مرحبا بالعالم & <tag> \"quoted\" 'single'\nBaris dua 👍🏽 selesai.";
  const doc = (id: string, name: string, body: string) => ({
    id, projectId, name, text: body, sourceName: `${name}.txt`, sourceType: "txt" as const,
    created: "2024-01-02T03:04:05.000Z", modified: "2024-01-03T03:04:05.000Z",
  });
  const code = (id: string, name: string, parentId: string | null, description: string, order: number) => ({
    id, projectId, name, parentId, color: order % 2 === 0 ? "#1f77b4" : null, description, order,
  });
  const points = Array.from(text);
  const coding = (id: string, codeId: string, start: number, end: number, orphaned?: true) => ({
    id, projectId, documentId: "doc-1", codeId, start, end, coderId: "coder-1", created: "2024-02-03T04:05:06.000Z",
    quote: points.slice(start, end).join(""), before: "", after: "", ...(orphaned ? { orphaned } : {}),
  });
  return {
    project: { id: projectId, name: "Studi 😀 مرحبا & <project>", created: "2024-01-01T00:00:00.000Z", modified: "2024-01-01T00:00:00.000Z" },
    coders: [{ id: "coder-1", projectId, name: "Ayu \"A\" & <co>" }],
    documents: [doc("doc-1", "Wawancara 😀 مرحبا", text), doc("doc-2", "Kosong & <empty>", "")],
    codes: [
      code("c-top", "Tema & <atas> \"1\" 'x' 😀", null, "Deskripsi & <b>bold</b> \"q\" 'a'\nbaris dua ]]>", 0),
      code("c-mid", "Kode مرحبا", "c-top", "", 1),
      code("c-leaf", "Daun 👍🏽 <&>", "c-mid", "   ", 2),
      code("c-true", "true", null, "", 3),
    ],
    codings: [
      coding("k1", "c-top", 5, 6),
      coding("k2", "c-leaf", 15, 28),
      coding("k3", "c-mid", 0, points.length),
      coding("k4", "c-leaf", 2, 4, true),
    ],
    attributes: [
      { id: "a-age", projectId, name: "Usia & <umur>", type: "number", choices: [], order: 0 },
      { id: "a-score", projectId, name: "Skor", type: "number", choices: [], order: 1 },
      { id: "a-date", projectId, name: "Tanggal 😀", type: "date", choices: [], order: 2 },
      { id: "a-note", projectId, name: "Catatan", type: "text", choices: [], order: 3 },
    ],
    cases: [
      { id: "case-1", projectId, name: "Informan & <A> مرحبا", attributes: { "a-age": 21, "a-score": 0.5, "a-date": "2021-06-01", "a-note": "a & <b> 😀" } },
      { id: "case-2", projectId, name: "Informan B", attributes: { "a-age": 34, "a-score": 1e-7, "a-date": "not a date", "a-note": null } },
    ],
    caseDocuments: [{ projectId, caseId: "case-1", documentId: "doc-1" }],
  };
}

describe("REFI-QDA export", () => {
  it("xmllint is available to validate against the REFI-QDA schema", () => {
    expect(execFileSync(XMLLINT, ["--version"], { encoding: "utf8", stdio: "pipe" })).toBeDefined();
  });

  it("the validator refuses a project.qde that breaks the schema", () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users/></Project>\n';
    expect(validate(bad, "bad.qde").status).not.toBe(0);
  });

  it("writes a project.qde of the Banten study that is valid against the schema", async () => {
    const xml = projectQde(await banten(), OPTIONS);
    const result = validate(xml, "banten.qde");
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it("writes every coding of the Banten study, with its code, coder and text", async () => {
    const content = await banten();
    const project = parse(projectQde(content, OPTIONS));
    expect(project["@_xmlns"]).toBe("urn:QDA-XML:project:1.0");
    expect(project["@_name"]).toBe(content.project.name);
    expect(project["@_origin"]).toBe("Telaah");
    expect(list(project.Users, "User")).toHaveLength(content.coders.length);
    expect(list(project.Sources, "TextSource")).toHaveLength(6);
    const codes = allCodes(list((project.CodeBook as Node).Codes, "Code"));
    expect(codes).toHaveLength(content.codes.length);
    const codings = selections(project).flatMap((selection) => list(selection, "Coding"));
    expect(codings).toHaveLength(30);
    const codeGuids = new Set(codes.map((code) => code["@_guid"]));
    for (const coding of codings) expect(codeGuids.has((coding.CodeRef as Node)["@_targetGUID"])).toBe(true);
    const guids = [...codes, ...selections(project), ...codings].map((node) => node["@_guid"]);
    expect(new Set(guids).size).toBe(guids.length);
    const cases = list(project.Cases, "Case");
    expect(cases).toHaveLength(6);
    for (const kase of cases) {
      expect(list(kase, "SourceRef")).toHaveLength(1);
      expect(list(kase, "VariableValue")).toHaveLength(4);
    }
    expect(list(project.Variables, "Variable").map((v) => v["@_typeOfVariable"])).toEqual(["Text", "Text", "Text", "Text"]);
  });

  it("exports the same project twice to identical bytes", async () => {
    const content = await banten();
    expect(projectQde(content, OPTIONS)).toBe(projectQde(await banten(), OPTIONS));
    const first = unzipSync(await exportQdpx(content, OPTIONS));
    const second = unzipSync(await exportQdpx(content, OPTIONS));
    expect(first["project.qde"]).toEqual(second["project.qde"]);
    expect(await exportQdpx(content, OPTIONS)).toEqual(await exportQdpx(content, OPTIONS));
  });

  it("zips project.qde and one UTF-8 source per document; every selection slices to its quote", async () => {
    const content = await banten();
    const files = unzipSync(await exportQdpx(content, OPTIONS));
    const names = Object.keys(files).sort();
    expect(names).toContain("project.qde");
    const sourceNames = names.filter((name) => name.startsWith("sources/"));
    expect(sourceNames).toHaveLength(6);
    expect(names).toHaveLength(7);
    const project = parse(strFromU8(must(files["project.qde"])));
    const quotes = new Map(content.codings.map((coding) => [coding.id, coding.quote]));
    let checked = 0;
    for (const source of list(project.Sources, "TextSource")) {
      const path = String(source["@_plainTextPath"]);
      expect(path).toMatch(/^internal:\/\/[0-9a-f-]{36}\.txt$/);
      const bytes = must(files[`sources/${path.slice("internal://".length)}`]);
      expect(bytes).toBeDefined();
      expect(Array.from(bytes.slice(0, 3))).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = strFromU8(bytes);
      const document = content.documents.find((doc) => doc.id === source["@_guid"]);
      expect(text).toBe(document?.text);
      const points = Array.from(text);
      for (const selection of list(source, "PlainTextSelection")) {
        const slice = points.slice(Number(selection["@_startPosition"]), Number(selection["@_endPosition"])).join("");
        for (const coding of list(selection, "Coding")) {
          expect(slice).toBe(quotes.get(String(coding["@_guid"])));
          expect(selection["@_guid"]).not.toBe(coding["@_guid"]);
          checked++;
        }
      }
    }
    expect(checked).toBe(30);
  });

  it("exports emoji, Arabic, markup characters, nested codes and typed attributes validly", async () => {
    const content = trickyProject();
    const xml = projectQde(content, OPTIONS);
    const result = validate(xml, "tricky.qde");
    expect(result.output).not.toMatch(/error/i);
    expect(result.status).toBe(0);

    const project = parse(xml);
    expect(project["@_name"]).toBe(content.project.name);
    const top = list((project.CodeBook as Node).Codes, "Code");
    const theme = must(top[0]);
    expect(top.map((code) => code["@_name"])).toEqual(["Tema & <atas> \"1\" 'x' 😀", "true"]);
    expect(top.map((code) => code["@_isCodable"])).toEqual(["true", "true"]);
    expect(theme.Description).toBe("Deskripsi & <b>bold</b> \"q\" 'a'\nbaris dua ]]>");
    expect(theme["@_color"]).toBe("#1F77B4");
    const mid = list(theme, "Code");
    expect(mid.map((code) => code["@_name"])).toEqual(["Kode مرحبا"]);
    const leaf = list(must(mid[0]), "Code");
    expect(leaf.map((code) => code["@_name"])).toEqual(["Daun 👍🏽 <&>"]);
    expect(must(leaf[0]).Description).toBeUndefined();

    // Every GUID is GUID-shaped even though the ids here are not.
    const guidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const code of allCodes(top)) expect(code["@_guid"]).toMatch(guidShape);

    // The orphaned coding is left out; the rest slice to their quotes by code points.
    const points = Array.from(must(content.documents[0]).text);
    const chosen = selections(project);
    expect(chosen).toHaveLength(3);
    for (const selection of chosen) {
      const slice = points.slice(Number(selection["@_startPosition"]), Number(selection["@_endPosition"])).join("");
      const coding = content.codings.find((c) => refiGuid(c.id) === must(list(selection, "Coding")[0])["@_guid"]);
      expect(slice).toBe(coding?.quote);
      expect(slice.length).toBeGreaterThan(0);
    }

    const variables = list(project.Variables, "Variable");
    expect(variables.map((v) => [v["@_name"], v["@_typeOfVariable"]])).toEqual([
      ["Usia & <umur>", "Integer"],
      ["Skor", "Float"],
      ["Tanggal 😀", "Date"],
      ["Catatan", "Text"],
    ]);
    const cases = list(project.Cases, "Case");
    const first = cases.find((kase) => kase["@_name"] === "Informan & <A> مرحبا");
    expect(list(first, "VariableValue").map((v) => v.IntegerValue ?? v.FloatValue ?? v.DateValue ?? v.TextValue)).toEqual([
      "21", "0.5", "2021-06-01", "a & <b> 😀",
    ]);
    expect(list(first, "SourceRef")).toHaveLength(1);
    const second = cases.find((kase) => kase["@_name"] === "Informan B");
    // The invalid date and the empty note are left out; 1e-7 is written as a decimal.
    expect(list(second, "VariableValue").map((v) => v.IntegerValue ?? v.FloatValue ?? v.DateValue ?? v.TextValue)).toEqual([
      "34", "0.0000001",
    ]);

    const files = unzipSync(await exportQdpx(content, OPTIONS));
    expect(Object.keys(files)).toHaveLength(3);
    for (const document of content.documents) {
      const source = list(project.Sources, "TextSource").find((s) => s["@_name"] === document.name);
      const path = String(source?.["@_plainTextPath"]).slice("internal://".length);
      expect(strFromU8(must(files[`sources/${path}`]))).toBe(document.text);
    }
  });
});

/** UTF-8 bytes as UTF-16 code units, decoded by hand (as a reader counting like NVivo holds the text). */
function utf16Units(bytes: Uint8Array): number[] {
  const units: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let point = size === 1 ? lead : lead & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) point = (point << 6) | (bytes[i + k]! & 0x3f);
    i += size;
    if (point > 0xffff) units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff));
    else units.push(point);
  }
  return units;
}

describe("REFI-QDA export for a target", () => {
  it("for NVivo: every passage of a project with emoji lands on its text when read in UTF-16 units", async () => {
    const content = trickyProject();
    const files = unzipSync(await exportQdpx(content, { target: "nvivo" }));
    const project = parse(strFromU8(must(files["project.qde"])));
    expect(project["@_origin"]).toMatch(/NVivo/);
    expect(validate(strFromU8(must(files["project.qde"])), "nvivo.qde").status).toBe(0);
    const quotes = new Map(content.codings.map((coding) => [refiGuid(coding.id), coding.quote]));
    let moved = 0;
    let checked = 0;
    for (const source of list(project.Sources, "TextSource")) {
      const units = utf16Units(must(files[`sources/${String(source["@_plainTextPath"]).slice("internal://".length)}`]));
      const standard = selections(parse(projectQde(content, {}))).map((s) => s["@_startPosition"]);
      for (const selection of list(source, "PlainTextSelection")) {
        const [start, end] = [Number(selection["@_startPosition"]), Number(selection["@_endPosition"])];
        const passage = String.fromCharCode(...units.slice(start, end));
        for (const coding of list(selection, "Coding")) {
          expect(passage).toBe(quotes.get(String(coding["@_guid"])));
          checked++;
        }
        if (!standard.includes(String(start))) moved++;
      }
    }
    expect(checked).toBe(3);
    // After the first emoji, UTF-16 positions are not the code points the standard target writes.
    expect(moved).toBeGreaterThan(0);
  });

  it("for MAXQDA: texts with Windows line breaks, each counted as one position", async () => {
    const content = trickyProject();
    const files = unzipSync(await exportQdpx(content, { target: "maxqda" }));
    const project = parse(strFromU8(must(files["project.qde"])));
    const source = must(list(project.Sources, "TextSource").find((s) => s["@_name"] === "Wawancara 😀 مرحبا"));
    const text = strFromU8(must(files[`sources/${String(source["@_plainTextPath"]).slice("internal://".length)}`]));
    expect(text).toBe(must(content.documents[0]).text.replace(/\n/g, "\r\n"));
    const characters = Array.from(text.replace(/\r\n/g, "\n"));
    for (const selection of list(source, "PlainTextSelection")) {
      const passage = characters.slice(Number(selection["@_startPosition"]), Number(selection["@_endPosition"])).join("");
      expect(passage).toBe(content.codings.find((c) => refiGuid(c.id) === must(list(selection, "Coding")[0])["@_guid"])?.quote);
    }
  });

  it("writes only the project's coders as users, and no date the project does not have", async () => {
    const content = trickyProject();
    const undated: ProjectContent = {
      ...content,
      project: { id: content.project.id, name: content.project.name, modified: content.project.modified },
      documents: content.documents.map(({ created: _c, modified: _m, ...d }) => d),
      codings: content.codings.map(({ created: _c, ...c }) => c),
    };
    const project = parse(projectQde(undated, {}));
    expect(list(project.Users, "User").map((u) => u["@_name"])).toEqual(content.coders.map((c) => c.name));
    expect(project["@_creationDateTime"]).toBeUndefined();
    expect(project["@_modifiedDateTime"]).toBe(content.project.modified);
    expect(project["@_modifyingUserGUID"]).toBeUndefined();
    for (const source of list(project.Sources, "TextSource")) expect(source["@_creationDateTime"]).toBeUndefined();
    for (const selection of selections(project)) {
      expect(selection["@_creationDateTime"]).toBeUndefined();
      for (const coding of list(selection, "Coding")) expect(coding["@_creationDateTime"]).toBeUndefined();
    }
  });
});

describe("REFI-QDA codebook (.qdc)", () => {
  it("is valid against the codebook schema and nests the study's themes and codes with the project's GUIDs", async () => {
    const content = await banten();
    const xml = codebookQdc(content.codes);
    const result = validate(xml, "banten.qdc", CODEBOOK_SCHEMA);
    expect(result.output).not.toMatch(/fails to validate|error/i);
    expect(result.status).toBe(0);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "Code" }).parse(xml) as {
      CodeBook: { Codes: { Code: { guid: string; name: string; Code?: { guid: string; name: string }[] }[] } };
    };
    const themes = parsed.CodeBook.Codes.Code;
    expect(themes.map((t) => t.name)).toEqual(["Manfaat media sosial", "Kendala tata kelola", "Kanal digital lain", "Pelayanan manual", "Harapan dan rekomendasi"]);
    expect(themes.flatMap((t) => t.Code ?? [])).toHaveLength(13);
    const byName = new Map(content.codes.map((c) => [c.name, c.id]));
    for (const code of [...themes, ...themes.flatMap((t) => t.Code ?? [])]) expect(code.guid).toBe(refiGuid(byName.get(code.name)!));
  });

  it("refuses an empty codebook, which the schema cannot express", () => {
    expect(() => codebookQdc([])).toThrow(/empty/);
  });
});
