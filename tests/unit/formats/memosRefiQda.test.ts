// Memos through REFI-QDA: exported as <Notes> with <NoteRef>s from the records they annotate (a
// <Link> for a case), valid against the schema (xmllint), read back by an independent XML parser,
// and imported again as the same memos: text (with its formatting, through a .docx that mammoth
// reads too), author, dates and links of every kind.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import type { Memo } from "../../../src/core/model/memo";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { refiGuid } from "../../../src/formats/refiQda/projectXml";
import { exportQdpx } from "../../../src/formats/refiQda/qdpx";
import { importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { withSampleMemos } from "../../support/memoSamples";
import { zipOf } from "../../support/refiFiles";

const SCHEMA = resolve(__dirname, "../../../fixtures/refi-qda/Project-mrt2019.xsd");
const tempDir = mkdtempSync(join(tmpdir(), "telaah-memos-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));
let counter = 0;
const OPTIONS = { now: "2026-12-01T00:00:00.000Z", newId: () => `00000000-0000-4000-9000-${String(++counter).padStart(12, "0")}` };

async function sample() {
  const content = withSampleMemos(await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8")));
  // A link to a code that has been deleted stays on the memo but cannot be written.
  content.memos[5]!.links.push({ kind: "code", id: "deleted-code" });
  return content;
}

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (name, _path, _leaf, isAttribute) => !isAttribute && !["Project", "Notes", "Links", "CodeBook", "Codes", "Sources", "Cases", "Users"].includes(name) });
const all = (node: unknown, key: string): Node[] => ((node as Node | undefined)?.[key] as Node[] | undefined) ?? [];
const refs = (node: Node) => all(node, "NoteRef").map((r) => r["@_targetGUID"]);

/** The sorted links of a memo, as "kind:id". */
const linkKeys = (memo: Memo) => memo.links.map((l) => `${l.kind}:${l.id}`).sort();

describe("memos in a REFI-QDA export", () => {
  it("are notes with NoteRefs from what they annotate, valid against the schema", async () => {
    const content = await sample();
    const qde = strFromU8(unzipSync(await exportQdpx(content))["project.qde"]!);
    const file = join(tempDir, "project.qde");
    writeFileSync(file, qde, "utf8");
    expect(() => execFileSync("/usr/bin/xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" })).not.toThrow();

    const project = parser.parse(qde).Project as Node;
    const notes = all(project.Notes, "Note");
    const guid = (i: number) => refiGuid(content.memos[i]!.id);
    expect(notes.map((n) => [n["@_guid"], n["@_name"], n["@_creatingUser"], n["@_creationDateTime"], n["@_modifiedDateTime"]])).toEqual(
      content.memos.map((m) => [refiGuid(m.id), m.title, refiGuid(m.author), m.created, m.modified]),
    );
    expect(notes[3]!.PlainTextContent).toEqual(['Replies are slow on WhatsApp\n- admin < 3 staff & "busy"\n1. ask again']);
    expect(refs(project)).toEqual([guid(0)]);

    const coding = content.codings[0]!;
    const codes: Node[] = [];
    const walk = (node: unknown) => all(node, "Code").forEach((c) => (codes.push(c), walk(c)));
    walk((project.CodeBook as Node).Codes);
    expect(codes.filter((c) => refs(c).length > 0).map((c) => [c["@_guid"], refs(c)])).toEqual([[refiGuid(coding.codeId), [guid(3), guid(5)]]]);

    const sources = all(project.Sources, "TextSource");
    expect(sources.filter((s) => refs(s).length > 0).map((s) => [s["@_guid"], refs(s)])).toEqual([[refiGuid(coding.documentId), [guid(1)]]]);
    // The segment memos hang from the coding's selection when it is the selection's only coding, else from the coding.
    const selections = sources.flatMap((s) => all(s, "PlainTextSelection"));
    const holder = selections.find((s) => all(s, "Coding").some((c) => c["@_guid"] === refiGuid(coding.id)))!;
    const alone = all(holder, "Coding").length === 1;
    const where = alone ? holder : all(holder, "Coding").find((c) => c["@_guid"] === refiGuid(coding.id))!;
    expect(refs(where)).toEqual([guid(4), guid(5)]);
    const elsewhere = [...selections, ...selections.flatMap((s) => all(s, "Coding"))].filter((n) => n !== where && refs(n).length > 0);
    expect(elsewhere).toEqual([]);

    const kase = content.cases[0]!;
    expect(all(project.Links, "Link").map((l) => [l["@_originGUID"], l["@_targetGUID"]])).toEqual([[guid(2), refiGuid(kase.id)], [guid(5), refiGuid(kase.id)]]);
    expect(qde).not.toContain("deleted-code");
  });

  it("carry a formatted memo's text as a .docx beside its note, which a Word reader sees with its formatting", async () => {
    const content = await sample();
    const files = unzipSync(await exportQdpx(content));
    const rich = content.memos[3]!;
    const entry = `sources/${refiGuid(rich.id)}.docx`;
    // Only the memo with formatting has one: the others' plain text carries them whole.
    expect(Object.keys(files).filter((name) => name.endsWith(".docx"))).toEqual([entry]);
    const note = all(parser.parse(strFromU8(files["project.qde"]!)).Project.Notes as Node, "Note").find((n) => n["@_guid"] === refiGuid(rich.id))!;
    expect(note["@_richTextPath"]).toBe(`internal://${refiGuid(rich.id)}.docx`);
    const { default: mammoth } = await import("mammoth");
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(files[entry]!) })).value;
    expect(html).toBe('<p>Replies are <strong>slow</strong> on <em>WhatsApp</em></p><ul><li>admin &lt; 3 staff &amp; "busy"</li></ul><ol><li>ask again</li></ol>');
  });

  it("come back as the same memos: title, formatted text, author, dates and every link", async () => {
    const content = await sample();
    const { content: back, report } = importQdpx("memos.qdpx", await exportQdpx(content), OPTIONS);
    expect(report.items).toEqual([]);
    const expected = content.memos.map((m) => ({
      id: m.id,
      title: m.title,
      text: m.text,
      author: m.author,
      created: m.created,
      modified: m.modified,
      links: linkKeys({ ...m, links: m.links.filter((l) => l.id !== "deleted-code").map((l) => (l.kind === "project" ? { ...l, id: back.project.id } : l)) }),
    }));
    const got = back.memos!.map((m) => ({ id: m.id, title: m.title, text: m.text, author: m.author, created: m.created, modified: m.modified, links: linkKeys(m) }));
    expect(got).toEqual(expected);
    // And exported again, the notes are written as before.
    const notesOf = async (c: typeof back) => /<Notes>[\s\S]*<\/Links>/.exec(strFromU8(unzipSync(await exportQdpx(c))["project.qde"]!))![0];
    expect(await notesOf(back)).toBe(await notesOf(content));
  });

  it("reads a note on a selection as a memo on each of its codings, and reports a NoteRef to a note the file lacks", () => {
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users><User guid="u" name="Ana"/></Users>
<CodeBook><Codes><Code guid="a" name="A" isCodable="true"/><Code guid="b" name="B" isCodable="true"><NoteRef targetGUID="missing"/></Code></Codes></CodeBook>
<Sources><TextSource guid="t" name="T"><PlainTextContent>abcdef</PlainTextContent><PlainTextSelection guid="s" startPosition="0" endPosition="3"><Coding guid="c1"><CodeRef targetGUID="a"/></Coding><Coding guid="c2"><CodeRef targetGUID="b"/></Coding><NoteRef targetGUID="n"/></PlainTextSelection></TextSource></Sources>
<Notes><Note guid="n" creatingUser="u" creationDateTime="2024-05-01T10:00:00Z"><PlainTextContent>First line\r\nsecond</PlainTextContent></Note></Notes>
</Project>`;
    const { content, report } = importQdpx("n.qdpx", zipOf({ "project.qde": qde }), OPTIONS);
    expect(content.memos).toEqual([
      { id: "n", projectId: content.project.id, title: "First line", text: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "First line" }] }, { type: "paragraph", content: [{ type: "text", text: "second" }] }] }, author: "u", created: "2024-05-01T10:00:00Z", links: [{ kind: "coding", id: "c1" }, { kind: "coding", id: "c2" }] },
    ]);
    expect(report.items).toEqual([{ kind: "noteRefs", count: 1, examples: ["code b"] }]);
  });
});
