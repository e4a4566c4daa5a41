// The command line on REFI-QDA files: every command reads a .qdpx as it reads the project file,
// validate lists schema and reference problems one per line, hostile archives get one line, and
// what a file holds that Telaah cannot carry is told on standard error.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { expectOneProblem, useBuiltCli } from "../../support/cli";
import { strFromU8, unzipSync } from "fflate";
import { qdpxDiff } from "../../support/qdeDiff";
import { selection, zipOf } from "../../support/refiFiles";
import { generatedProject } from "../../support/vendorShaped";
import { referenceCountIn, studyRows } from "../../support/studyReference";

const cli = useBuiltCli();
const INFORMANTS = ["Informan A", "Informan B", "Informan C", "Informan D", "Informan E", "Informan F"];
const NS = 'xmlns="urn:QDA-XML:project:1.0"';

async function bantenQdpx(): Promise<string> {
  const path = cli.path("banten.qdpx");
  const result = await cli.run("convert", BANTEN_FIXTURE, path);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  return path;
}

describe("telaah on a .qdpx", () => {
  it("counts the matrix of a .qdpx as the study's plain files give it", async () => {
    const qdpx = await bantenQdpx();
    const result = await cli.run("matrix", qdpx, "--format", "json");
    expect(result.stderr).toBe("");
    const matrix = JSON.parse(result.stdout) as { columns: string[]; rows: { path: string[]; values: number[] }[] };
    expect(matrix.columns).toEqual(INFORMANTS);
    const rows = studyRows();
    for (const row of matrix.rows) {
      const codes = row.path.length > 1 ? [row.path.at(-1)!] : [...new Set(rows.filter((r) => r.theme === row.path[0]).map((r) => r.code))];
      expect(row.values).toEqual(INFORMANTS.map((informant) => referenceCountIn(codes, informant)));
    }
    const fromProjectFile = await cli.run("matrix", BANTEN_FIXTURE, "--format", "json");
    expect(result.stdout).toBe(fromProjectFile.stdout);
  });

  it("gives the same segments and co-occurrence as the project file, and converts back", async () => {
    const qdpx = await bantenQdpx();
    for (const command of ["segments", "cooccurrence"]) {
      const [a, b] = await Promise.all([cli.run(command, qdpx, "--format", "json"), cli.run(command, BANTEN_FIXTURE, "--format", "json")]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
    }
    const segments = JSON.parse((await cli.run("segments", qdpx, "--format", "json")).stdout) as unknown[];
    expect(segments).toHaveLength(studyRows().length);
    const back = cli.path("back.telaah.json");
    expect((await cli.run("convert", qdpx, back)).code).toBe(0);
    expect((await cli.run("validate", back)).stdout).toMatch(/valid \(6 documents, .* 30 codings\)/);
    const qdc = cli.path("back.qdc");
    expect((await cli.run("convert", qdpx, qdc)).code).toBe(0);
    expect((await cli.run("validate", qdc)).code).toBe(0);
  });

  it("validates a good .qdpx against the schema and its references", async () => {
    const result = await cli.run("validate", await bantenQdpx());
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/banten\.qdpx: valid \(6 documents, \d+ codes, 30 codings\)\n$/);
  });

  it("validates a file shaped like an NVivo export (its project user outside <Users>, CRLF, Sources/)", async () => {
    const text = "I: Halo.\r\nR: Saya percaya 😀 admin.\r\n";
    const start = text.indexOf("percaya");
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="Untitled" origin="NVivo for Windows 12.6" creatingUserGUID="f93ad076-5ca1-4f46-abf4-b4b67130a6e2" creationDateTime="2025-02-21T15:09:07Z" basePath="" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="8ca3a2c1-8b7a-41c3-a9dd-a8fb46caa645" name="Coder" /></Users>
  <CodeBook><Codes><Code guid="3c51efbb-071f-43a7-9f32-228b89668e8d" name="Trust" isCodable="true" /></Codes></CodeBook>
  <Sources>
    <TextSource guid="56a79789-d535-4fb8-bedd-a915504c54ba" name="Interview" richTextPath="internal://56a79789-d535-4fb8-bedd-a915504c54ba.docx" plainTextPath="internal://56a79789-d535-4fb8-bedd-a915504c54ba.txt" creationDateTime="2025-06-11T16:24:07Z">
      <PlainTextSelection guid="fd960901-8191-4db1-a3dd-a91626d56c4b" name="" startPosition="${start}" endPosition="${start + "percaya 😀".length}">
        <Coding guid="aa960901-8191-4db1-a3dd-a91626d56c4b"><CodeRef targetGUID="3c51efbb-071f-43a7-9f32-228b89668e8d" /></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;
    const path = cli.path("nvivo.qdpx");
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    writeFileSync(path, zipOf({ "project.qde": qde, "Sources/56a79789-d535-4fb8-bedd-a915504c54ba.txt": text, "Sources/56a79789-d535-4fb8-bedd-a915504c54ba.docx": docx }));
    expect(await cli.run("validate", path)).toEqual({ code: 0, stdout: `${path}: valid (1 document, 1 code, 1 coding)\n`, stderr: "" });
    const segments = JSON.parse((await cli.run("segments", path, "--format", "json")).stdout) as { text: string; coder: string }[];
    expect(segments.map((s) => [s.text, s.coder])).toEqual([["percaya 😀", "Coder"]]);
  });

  it("lists every schema and reference problem, one per line", async () => {
    const qde = `<?xml version="1.0" encoding="UTF-8"?>
<Project ${NS} name="Broken">
  <Users><User name="no guid"/></Users>
  <CodeBook><Codes><Code guid="a" name="A" isCodable="true"/><Code guid="a" name="Again" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="t" name="T" plainTextPath="internal://t.txt">${selection("s", 0, 2, ["nope"])}</TextSource></Sources>
</Project>`;
    const path = cli.path("broken.qdpx");
    writeFileSync(path, zipOf({ "project.qde": qde, "sources/t.txt": "abc" }));
    const result = await cli.run("validate", path);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^telaah: .*broken\.qdpx: project\.qde line 3: Element 'User': The attribute 'guid' is required but missing\.$/));
    expect(lines).toContainEqual(`telaah: ${path}: two codes have the guid a`);
    expect(lines).toContainEqual(`telaah: ${path}: a CodeRef points to a code that does not exist (nope)`);
    expect(lines.every((line) => line.startsWith(`telaah: ${path}: `))).toBe(true);
  });

  it("tells on standard error what it does not carry, and keeps standard output clean", async () => {
    const qde = `<Project ${NS} name="Mixed" origin="NVivo 14"><CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook>
<Cases><Case guid="k" name="K"><SourceRef targetGUID="t"/></Case></Cases>
<Sources><TextSource guid="t" name="T" plainTextPath="internal://t.txt">${selection("s", 0, 2, ["a"])}</TextSource><PDFSource guid="p" name="Report.pdf" path="internal://p.pdf"/></Sources></Project>`;
    const path = cli.path("mixed.qdpx");
    writeFileSync(path, zipOf({ "project.qde": qde, "sources/t.txt": "abc" }));
    const result = await cli.run("matrix", path);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\r\n")[0]).toBe("theme,code,K,total");
    expect(result.stderr).toBe(`telaah: ${path}: not carried over: PDF sources (Telaah holds text only): 1 (Report.pdf)\n`);
  });

  it("converts for a target with --for, names it in the origin, and reads it back exactly, its notes included", async () => {
    const file = generatedProject(7, 2);
    const input = cli.path("generated.qdpx");
    writeFileSync(input, file.bytes);
    const output = cli.path("for-nvivo.qdpx");
    const result = await cli.run("convert", input, output, "--for", "nvivo");
    expect(result.code).toBe(0);
    // Its note (on selections and on the project) is carried, so nothing is told.
    expect(result.stderr).toBe("");
    const qde = strFromU8(unzipSync(readFileSync(output))["project.qde"]!);
    expect(qde).toContain('origin="Telaah (positions in UTF-16 units, for NVivo)"');
    expect(qdpxDiff(file, { bytes: new Uint8Array(readFileSync(output)), counting: { unit: "utf16", crlfAsOne: false } }).filter((l) => !/origin/.test(l))).toEqual([]);
    const segments = async (path: string) => (await cli.run("segments", path, "--format", "json")).stdout;
    expect(await segments(output)).toBe(await segments(input));
    expect((await cli.run("convert", input, cli.path("x.qdpx"), "--for", "word")).code).toBe(2);
  });

  it("refuses hostile archives with one line", async () => {
    const bomb = cli.path("bomb.qdpx");
    writeFileSync(bomb, zipOf({ "project.qde": `<Project ${NS} name="x"/>`, "sources/z.txt": new Uint8Array(8 * 1024 * 1024) }));
    expectOneProblem(await cli.run("matrix", bomb), bomb, /would inflate to more than 100 times its packed size/);
    const slip = cli.path("slip.qdpx");
    writeFileSync(slip, zipOf({ "project.qde": `<Project ${NS} name="x"/>`, "../../evil.txt": "x" }));
    expectOneProblem(await cli.run("validate", slip), slip, /the entry "\.\.\/\.\.\/evil\.txt" points outside the archive$/);
    const notZip = cli.path("text.qdpx");
    writeFileSync(notZip, readFileSync(BANTEN_FIXTURE));
    expectOneProblem(await cli.run("segments", notZip), notZip, /is not a zip archive/);
  });
});
