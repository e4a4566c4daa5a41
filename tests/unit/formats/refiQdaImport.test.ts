// REFI-QDA import: the Banten round trip, files shaped like each producer's quirks (written here),
// the lenient readings, and the report of what cannot be carried.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codingMatrix } from "../../../src/core/analysis/matrix";
import type { ProjectContent } from "../../../src/core/model/types";
import { canonicalizeText } from "../../../src/core/text/canonical";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { projectQde } from "../../../src/formats/refiQda/projectXml";
import { exportQdpx } from "../../../src/formats/refiQda/qdpx";
import { importQde, importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { referenceCountIn } from "../../support/studyReference";
import { esc, selection, utf8, zipOf } from "../../support/refiFiles";
import Papa from "papaparse";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

const SCHEMA = readFileSync(join(import.meta.dirname, "../../../fixtures/refi-qda/Project-mrt2019.xsd"), "utf8");

let counter = 0;
const OPTIONS = { now: "2026-01-02T03:04:05.000Z", newId: () => `new-${++counter}` };
const NS = 'xmlns="urn:QDA-XML:project:1.0"';

/** The passages of the selected text, as the test expects them: the code's name → quotes. */
function quotesByCode(content: ProjectContent): Map<string, string[]> {
  const names = new Map(content.codes.map((c) => [c.id, c.name]));
  const result = new Map<string, string[]>();
  for (const coding of content.codings) {
    const document = content.documents.find((d) => d.id === coding.documentId)!;
    const quote = Array.from(document.text).slice(coding.start, coding.end).join("");
    const name = names.get(coding.codeId)!;
    result.set(name, [...(result.get(name) ?? []), quote]);
  }
  return result;
}

describe("the Banten round trip", async () => {
  const original = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  const first = await exportQdpx(original, {});
  const { content, report } = importQdpx("banten.qdpx", first, OPTIONS);

  it("exports the imported project as the same project.qde, timestamps included", () => {
    const before = projectQde(original, {});
    const after = projectQde(content, {});
    expect(after).toBe(before);
    expect(report).toEqual({ origin: "Telaah", producer: "standard", items: [] });
  });

  it("keeps every record and every passage", () => {
    expect(content.documents.map((d) => [d.name, d.text, d.sourceName])).toEqual(original.documents.map((d) => [d.name, d.text, d.sourceName]));
    expect(content.codings.length).toBe(original.codings.length);
    const key = (p: ProjectContent) => p.codings.map((c) => `${c.documentId} ${c.codeId} ${c.start} ${c.end} ${c.quote}`).sort();
    expect(key(content)).toEqual(key(original));
    expect(content.cases.map((c) => c.name).sort()).toEqual(original.cases.map((c) => c.name).sort());
    expect(content.attributes.map((a) => [a.name, a.type])).toEqual(original.attributes.map((a) => [a.name, a.type]));
  });

  it("carries descriptions of the project, documents and cases both ways, valid against the schema", async () => {
    const described: ProjectContent = {
      ...original,
      project: { ...original.project, description: "Interviews with six informants in Banten, 2024.\n\nCoded by two researchers & <checked>." },
      documents: original.documents.map((d, i) => (i === 0 ? { ...d, description: "Recorded at the regent's office; <noisy> & long" } : d)),
      cases: original.cases.map((c, i) => (i === 1 ? { ...c, description: "Village head, 52" } : c)),
    };
    const xml = projectQde(described, {});
    const validity = await validateXML({ xml: [{ fileName: "project.qde", contents: xml }], schema: [{ fileName: "Project.xsd", contents: SCHEMA }] });
    expect(validity.errors).toEqual([]);
    const back = importQdpx("described.qdpx", await exportQdpx(described, {}), OPTIONS).content;
    const descriptions = (p: ProjectContent) => [...p.documents, ...p.cases].map((r) => [r.name, r.description ?? ""]).sort();
    expect(descriptions(back)).toEqual(descriptions(described));
    expect(descriptions(back).filter(([, d]) => d !== "")).toHaveLength(2);
    expect(back.project.description).toBe(described.project.description);
    // One <Description> child of <Project>, after <Sources> as the schema orders it.
    expect(xml.match(/^ {2}<Description>/gm)).toHaveLength(1);
    expect(xml.search(/^ {2}<Description>/m)).toBeGreaterThan(xml.indexOf("</Sources>"));
    expect(importQdpx("plain.qdpx", first, OPTIONS).content.project.description).toBeUndefined();
  });

  it("gives the matrix the study's plain files give", () => {
    const codebook = Papa.parse<{ theme: string; code: string }>(readFileSync(join(import.meta.dirname, "../../../fixtures/banten/codebook.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const informants = ["Informan A", "Informan B", "Informan C", "Informan D", "Informan E", "Informan F"];
    const expected = codebook.map(({ theme, code }) => {
      const names = code ? [code] : codebook.filter((r) => r.theme === theme && r.code).map((r) => r.code);
      return { row: code || theme, values: informants.map((informant) => referenceCountIn(names, informant)) };
    });
    const matrix = codingMatrix(content, { columns: { kind: "cases" }, measure: "references" });
    expect(matrix.columns.map((c) => c.name)).toEqual(informants);
    expect(matrix.rows.map((r) => ({ row: r.path.at(-1), values: r.values }))).toEqual(expected);
    const again = codingMatrix(original, { columns: { kind: "cases" }, measure: "references" });
    expect(matrix.rows.map((r) => r.values)).toEqual(again.rows.map((r) => r.values));
  });
});

// One transcript with a BOM, CRLF line endings, an emoji, a combining accent and right-to-left text.
const RAW = "I: Halo 😀 semua\r\nR: Café (cafe\u0301) — مرحبا بكم\r\nI: Terima kasih 👩🏽‍💻 ya\r\n";
const PASSAGES = { greeting: "Halo 😀 semua", cafe: "cafe\u0301) — مرحبا", span: "بكم\r\nI: Terima kasih 👩🏽‍💻" };
const CODES = `<CodeBook><Codes><Code guid="c-greeting" name="greeting" isCodable="true" color="F00"/><Code guid="c-cafe" name="cafe" isCodable="true" color="#0A0"/><Code guid="c-span" name="span" isCodable="true" color="00aaff"/></Codes></CodeBook>`;

/** A producer's project.qde over RAW, positions given by `position(passage)`. */
function producerProject(origin: string, position: (passage: string) => [number, number]): string {
  const selections = Object.entries(PASSAGES)
    .map(([name, passage]) => selection(`s-${name}`, ...position(passage), [`c-${name}`]))
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><Project ${NS} name="Quirks" origin="${origin}">${CODES}<Sources><TextSource guid="doc-1" name="Interview 1" plainTextPath="internal://doc-1.txt">${selections}</TextSource></Sources></Project>`;
}

function expectPassagesLand(content: ProjectContent): void {
  const quotes = quotesByCode(content);
  for (const [name, passage] of Object.entries(PASSAGES)) expect(quotes.get(name)).toEqual([canonicalizeText(passage)]);
  const text = content.documents[0]!.text;
  expect(text).toBe(canonicalizeText(RAW));
  for (const coding of content.codings) expect(coding.quote).toBe(Array.from(text).slice(coding.start, coding.end).join(""));
}

describe("offsets as each producer counts them", () => {
  const bare = RAW; // the BOM is in the file's bytes, never counted

  it("NVivo: UTF-16 units over the raw text, CRLF as two, BOM excluded", () => {
    const qde = producerProject("NVivo 14", (p) => [bare.indexOf(p), bare.indexOf(p) + p.length]);
    const { content, report } = importQdpx("nvivo.qdpx", zipOf({ "project.qde": qde, "sources/doc-1.txt": utf8(RAW, true) }), OPTIONS);
    expect(report.producer).toBe("nvivo");
    expectPassagesLand(content);
  });

  it("ATLAS.ti: CRLF written but counted as one", () => {
    const lf = Array.from(bare.replace(/\r\n/g, "\n"));
    const find = (p: string) => {
      const target = Array.from(p.replace(/\r\n/g, "\n"));
      const at = lf.findIndex((_, i) => target.every((c, k) => lf[i + k] === c));
      return [at, at + target.length] as [number, number];
    };
    const qde = producerProject("ATLAS.ti 23.2", find);
    const { content, report } = importQdpx("atlas.qdpx", zipOf({ "project.qde": qde, "Sources/doc-1.txt": utf8(RAW) }), OPTIONS);
    expect(report.producer).toBe("atlasti");
    expectPassagesLand(content);
  });

  it("the standard (QualCoder, MAXQDA): code points of the text as written", () => {
    const points = Array.from(bare);
    const find = (p: string) => {
      const target = Array.from(p);
      const at = points.findIndex((_, i) => target.every((c, k) => points[i + k] === c));
      return [at, at + target.length] as [number, number];
    };
    for (const origin of ["QualCoder 3.5", "MAXQDA 2022", ""]) {
      const { content, report } = importQdpx("std.qdpx", zipOf({ "project.qde": producerProject(origin, find), "sources/doc-1.txt": utf8(RAW) }), OPTIONS);
      expect(report.producer).toBe("standard");
      expectPassagesLand(content);
    }
  });

  it("refuses a selection beyond its source, naming both", () => {
    const qde = producerProject("NVivo 14", (p) => [bare.indexOf(p) + 1000, bare.indexOf(p) + 1000 + p.length]);
    expect(() => importQdpx("far.qdpx", zipOf({ "project.qde": qde, "sources/doc-1.txt": utf8(RAW) }), OPTIONS)).toThrow(
      /far\.qdpx: .*outside "Interview 1"/,
    );
  });
});

describe("lenient reading", () => {
  it("names a source without a name after its file, and gives every document the file name it had as its source", () => {
    const qde = `<Project ${NS} name="qc"><Sources>
    <TextSource guid="10" plainTextPath="internal://board_2017.txt"/>
    <TextSource guid="11" plainTextPath="internal://data/Wawancara 2.TXT"/>
    <TextSource guid="7b0e1f52-5e0c-4bde-a4a5-1d9d4b3c0f11" name="Interview 3" plainTextPath="internal://7B0E1F52-5E0C-4BDE-A4A5-1D9D4B3C0F11.txt"/>
    <TextSource guid="13" name="Inline"><PlainTextContent>x</PlainTextContent></TextSource>
  </Sources></Project>`;
    const bytes = zipOf({
      "project.qde": qde,
      "sources/board_2017.txt": "Board minutes",
      "sources/data/Wawancara 2.TXT": "Dua",
      "sources/7B0E1F52-5E0C-4BDE-A4A5-1D9D4B3C0F11.txt": "Tiga",
    });
    const { content } = importQdpx("qc.qdpx", bytes, OPTIONS);
    expect(content.documents.map((d) => [d.name, d.sourceName])).toEqual([
      ["board_2017", "board_2017.txt"],
      ["Wawancara 2", "Wawancara 2.TXT"],
      ["Interview 3", "Interview 3.txt"],
      ["Inline", "Inline"],
    ]);
  });

  it("reads a prefixed namespace, any .qde name, plain paths, non-GUID ids, colours and missing dates", () => {
    const qde = `<?xml version="1.0"?>
<qda:Project xmlns:qda="urn:QDA-XML:project:1:0" name="Variant" origin="Some tool">
  <qda:Users><qda:User guid="u1" name="Ana"/></qda:Users>
  <qda:CodeBook><qda:Codes>
    <qda:Code guid="1" name="Theme" isCodable="true" color="#abc"><qda:Description>A theme</qda:Description>
      <qda:Code guid="2" name="Child" isCodable="true" color="red"/>
    </qda:Code>
  </qda:Codes></qda:CodeBook>
  <qda:Variables><qda:Variable guid="v1" name="Age" typeOfVariable="Integer"/><qda:Variable guid="v2" name="Urban" typeOfVariable="Boolean"/></qda:Variables>
  <qda:Cases><qda:Case guid="k1" name="Informant 1"><qda:VariableValue><qda:VariableRef targetGUID="v1"/><qda:IntegerValue>42</qda:IntegerValue></qda:VariableValue><qda:VariableValue><qda:VariableRef targetGUID="v2"/><qda:BooleanValue>1</qda:BooleanValue></qda:VariableValue><qda:SourceRef targetGUID="10"/></qda:Case></qda:Cases>
  <qda:Sources>
    <qda:TextSource guid="10" name="From a file" plainTextPath="texts/one.txt">${selection("20", 0, 5, ["2"], "u1")}</qda:TextSource>
    <qda:TextSource guid="11" name="Inline"><qda:PlainTextContent>Line one &amp; more&#13;
Line two</qda:PlainTextContent>${selection("21", 11, 15, ["1"])}</qda:TextSource>
    <qda:TextSource guid="12" name="Escaped path" plainTextPath="internal://My%20notes.txt"/>
  </qda:Sources>
  <qda:Sets/><qda:Notes></qda:Notes>
</qda:Project>`;
    const bytes = zipOf({ "Study export.QDE": qde, "sources/texts/one.txt": "Hello world", "Sources/My notes.txt": "notes" });
    const { content, report } = importQdpx("variant.qdpx", bytes, OPTIONS);
    expect(content.project.name).toBe("Variant");
    expect(content.codes.map((c) => [c.id, c.name, c.parentId, c.color, c.description])).toEqual([
      ["1", "Theme", null, "#aabbcc", "A theme"],
      ["2", "Child", "1", null, ""],
    ]);
    expect(report.items).toContainEqual({ kind: "droppedColors", count: 1, examples: ['"red" on code "Child"'] });
    expect(content.documents.map((d) => [d.id, d.text, d.created])).toEqual([
      ["10", "Hello world", undefined],
      ["11", "Line one & more\r\nLine two".replace(/\r\n/g, "\n"), undefined],
      ["12", "notes", undefined],
    ]);
    expect(quotesByCode(content)).toEqual(new Map([["Child", ["Hello"]], ["Theme", ["more"]]]));
    expect(content.coders.map((c) => c.name)).toEqual(["Ana"]);
    expect(content.cases[0]!.attributes).toEqual({ v1: 42, v2: "true" });
    expect(content.attributes.map((a) => a.type)).toEqual(["number", "choice"]);
    expect(content.caseDocuments).toEqual([{ projectId: content.project.id, caseId: "k1", documentId: "10" }]);
  });

  it("reads a source text that is not UTF-8 as Windows-1252, and says so", () => {
    // "Café – murah" in Windows-1252: é is 0xE9, the en dash 0x96.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6d, 0x75, 0x72, 0x61, 0x68]);
    const qde = `<Project ${NS} name="Old"><CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="t" name="Lama" plainTextPath="internal://t.txt">${selection("s", 0, 4, ["a"])}</TextSource></Sources></Project>`;
    const { content, report } = importQdpx("old.qdpx", zipOf({ "project.qde": qde, "sources/t.txt": bytes }), OPTIONS);
    expect(content.documents[0]!.text).toBe("Café – murah");
    expect(quotesByCode(content)).toEqual(new Map([["A", ["Café"]]]));
    expect(report.items).toEqual([{ kind: "sourcesReadAsWindows1252", count: 1, examples: ["Lama"] }]);
  });

  it("reads codes that sit directly in <CodeBook>, without <Codes>", () => {
    const qde = `<Project ${NS} name="No Codes element" origin="Atlas.ti"><CodeBook><Code guid="A1" name="One" isCodable="true"/><Code guid="A2" name="Two" isCodable="true"><Code guid="A3" name="Three" isCodable="true"/></Code></CodeBook></Project>`;
    const { content } = importQde("flat.qde", utf8(qde), OPTIONS);
    expect(content.codes.map((c) => [c.name, c.parentId])).toEqual([
      ["One", null],
      ["Two", null],
      ["Three", "A2"],
    ]);
  });

  it("reads a bare .qde with inline texts", () => {
    const qde = `<Project ${NS} name="Bare"><CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="t" name="T"><PlainTextContent>${esc("x < y")}</PlainTextContent>${selection("s", 4, 5, ["a"])}</TextSource></Sources></Project>`;
    const { content } = importQde("bare.qde", utf8(qde), OPTIONS);
    expect(quotesByCode(content)).toEqual(new Map([["A", ["y"]]]));
    expect(content.coders).toHaveLength(1);
  });

  it("gives the variable values of sources to the documents' cases (as MAXQDA writes document variables)", () => {
    const value = (variable: string, element: string, text: string) =>
      `<VariableValue><VariableRef targetGUID="${variable}"/><${element}>${text}</${element}></VariableValue>`;
    const source = (guid: string, values: string) => `<TextSource guid="${guid}" name="Interview ${guid}"><PlainTextContent>text of ${guid}</PlainTextContent>${values}</TextSource>`;
    const qde = `<Project ${NS} name="Document variables" origin="MAXQDA 2022">
<Variables><Variable guid="age" name="Age" typeOfVariable="Integer"/><Variable guid="town" name="Town" typeOfVariable="Text"/></Variables>
<Cases>
  <Case guid="siti" name="Siti">${value("town", "TextValue", "Serang")}<SourceRef targetGUID="d1"/></Case>
  <Case guid="x" name="X"><SourceRef targetGUID="d3"/></Case><Case guid="y" name="Y"><SourceRef targetGUID="d3"/></Case>
</Cases>
<Sources>
  ${source("d1", value("age", "IntegerValue", "41") + value("town", "TextValue", "Cilegon"))}
  ${source("d2", value("age", "IntegerValue", "29"))}
  ${source("d3", value("age", "IntegerValue", "50"))}
</Sources></Project>`;
    const { content, report } = importQde("variables.qde", utf8(qde), OPTIONS);
    const byName = new Map(content.cases.map((c) => [c.name, c]));
    // d1 belongs to Siti: the age is added, the town she already has is kept.
    expect(byName.get("Siti")!.attributes).toEqual({ age: 41, town: "Serang" });
    // d2 belongs to no case: a case named after it is made and linked.
    expect(byName.get("Interview d2")!.attributes).toEqual({ age: 29 });
    const linkedTo = (name: string) => content.caseDocuments.filter((l) => l.caseId === byName.get(name)!.id).map((l) => l.documentId);
    expect(linkedTo("Interview d2")).toEqual(["d2"]);
    // d3 is in two cases: its value is not guessed onto either.
    expect(byName.get("X")!.attributes).toEqual({});
    expect(byName.get("Y")!.attributes).toEqual({});
    const counts = Object.fromEntries(report.items.map((item) => [item.kind, item.count]));
    expect(counts).toEqual({ sourceVariablesToCases: 2, sourceVariables: 2 });
  });

  it("lists what it cannot carry", () => {
    const qde = `<Project ${NS} name="Mixed" origin="NVivo 14">
<CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook>
<Cases><Case guid="k" name="K"><CodeRef targetGUID="a"/><SourceRef targetGUID="pdf"/><SelectionRef targetGUID="s2"/></Case></Cases>
<Sources>
  <TextSource guid="t" name="T" plainTextPath="internal://t.txt">${selection("s1", 0, 2, [])}${selection("s2", 2, 4, ["a"])}${selection("s3", 5, 5, ["a"])}<Coding guid="whole"><CodeRef targetGUID="a"/></Coding></TextSource>
  <PDFSource guid="pdf" name="Report.pdf" path="internal://r.pdf"><PDFSelection guid="p1" page="1" firstX="0" firstY="0" secondX="1" secondY="1"><Coding guid="pc"><CodeRef targetGUID="a"/></Coding></PDFSelection></PDFSource>
  <PictureSource guid="pic" name="Photo" path="internal://p.jpg"/>
  <AudioSource guid="aud" name="Recording" path="internal://a.mp3"><AudioSelection guid="a1" begin="0" end="10"><Coding guid="ac"><CodeRef targetGUID="a"/></Coding></AudioSelection></AudioSource>
</Sources>
<Notes><Note guid="n" name="Memo"/></Notes>
<Sets><Set guid="set" name="S"/></Sets>
<Graphs><Graph guid="g" name="G"/></Graphs>
</Project>`;
    const { content, report } = importQdpx("mixed.qdpx", zipOf({ "project.qde": qde, "sources/t.txt": "abcdef" }), OPTIONS);
    const counts = Object.fromEntries(report.items.map((item) => [item.kind, item.count]));
    expect(counts).toEqual({
      wholeSourceCodings: 1,
      selectionsWithoutCode: 1,
      emptySelections: 1,
      pdfSources: 1,
      pictureSources: 1,
      audioSources: 1,
      codingsOfSkippedSources: 2,
      caseSelectionRefs: 1,
      caseCodeRefs: 1,
      notes: 1,
      sets: 1,
      graphs: 1,
    });
    expect(quotesByCode(content)).toEqual(new Map([["A", ["cd", "abcdef"]]]));
    expect(content.caseDocuments.map((l) => l.documentId)).toEqual(["t"]);
  });
});
