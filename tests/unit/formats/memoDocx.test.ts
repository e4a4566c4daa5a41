// A memo's rich text as a .docx: random memo texts (paragraphs, bold, italic, nested bullet and
// numbered lists, list items of several paragraphs) come back from their .docx as they were, the
// same bytes each time; a Word-style file is read by its numbering and run properties; a note
// whose .docx is damaged or says something else keeps its plain text, and the import says so.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { MemoBlock, MemoDoc, MemoListItem, MemoTextNode } from "../../../src/core/model/memo";
import { memoDocx, memoFromDocx } from "../../../src/formats/refiQda/memoDocx";
import { importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { seededRandom } from "../../support/random";
import { zipOf } from "../../support/refiFiles";

function randomDoc(random: () => number): MemoDoc {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = ["kantor", "desa", "<admin>", "&", "\"cepat\"", "  spasi  ", "😀", "e\u0301"];
  const runs = (): MemoTextNode[] => {
    const out: MemoTextNode[] = [];
    for (let i = 0, n = Math.floor(random() * 4); i < n; i++) {
      const marks = pick([[], [], [{ type: "bold" as const }], [{ type: "italic" as const }], [{ type: "bold" as const }, { type: "italic" as const }]]);
      const text = pick(words);
      const last = out[out.length - 1];
      // Adjacent runs with the same marks are one text node, as the editor keeps them.
      if (last && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += text;
      else out.push(marks.length > 0 ? { type: "text", text, marks } : { type: "text", text });
    }
    return out;
  };
  const paragraph = () => {
    const content = runs();
    return content.length > 0 ? { type: "paragraph" as const, content } : { type: "paragraph" as const };
  };
  const list = (depth: number): MemoBlock => ({
    type: pick(["bulletList", "orderedList"] as const),
    content: Array.from({ length: 1 + Math.floor(random() * 3) }, (): MemoListItem => {
      const content: MemoBlock[] = [paragraph()];
      if (depth < 2 && random() < 0.3) content.push(list(depth + 1));
      if (random() < 0.2) content.push(paragraph());
      return { type: "listItem", content };
    }),
  });
  // Lists may follow each other directly: each has a numbering of its own in the .docx.
  return { type: "doc", content: Array.from({ length: 1 + Math.floor(random() * 5) }, () => (random() < 0.4 ? list(0) : paragraph())) };
}

describe("a memo's .docx", () => {
  it("gives back the memo's text, formatting and lists as they were, on 300 random memos", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const doc = randomDoc(random);
      const bytes = memoDocx(doc);
      expect(memoFromDocx("memo.docx", bytes), JSON.stringify(doc)).toEqual(doc);
      expect(memoDocx(doc)).toEqual(bytes);
    }
  });

  it("reads a Word-style file: numbering formats per level, switched-off bold, hyperlinks, breaks, and no deleted text", () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const document = `<?xml version="1.0"?><w:document ${w}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>plain </w:t></w:r><w:hyperlink><w:r><w:rPr><w:i/></w:rPr><w:t>link</w:t></w:r></w:hyperlink><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>one</w:t></w:r></w:p>
      <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>one.a</w:t><w:br/><w:t>more</w:t></w:r></w:p>
      <w:p><w:r><w:t>after</w:t><w:tab/><w:t>tab</w:t></w:r></w:p>
    </w:body></w:document>`;
    const numbering = `<?xml version="1.0"?><w:numbering ${w}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
    const docx = zipSync({ "word/document.xml": strToU8(document), "word/numbering.xml": strToU8(numbering) });
    const text = (t: string) => ({ type: "paragraph", content: [{ type: "text", text: t }] });
    expect(memoFromDocx("word.docx", docx)).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "plain " }, { type: "text", text: "link", marks: [{ type: "italic" }] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [text("one"), { type: "bulletList", content: [{ type: "listItem", content: [text("one.a"), text("more")] }] }] }] },
        text("after\ttab"),
      ],
    });
  });

  it("is refused with the file's name when it is not a Word document or not well-formed", () => {
    expect(() => memoFromDocx("x.docx", zipSync({ "a.txt": strToU8("a") }))).toThrow(/x\.docx.*not a valid \.docx file/);
    expect(() => memoFromDocx("x.docx", zipSync({ "word/document.xml": strToU8("<w:document><w:p>") }))).toThrow(/x\.docx.*not well-formed/);
    expect(() => memoFromDocx("x.docx", zipSync({ "word/document.xml": strToU8('<!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>') }))).toThrow(/x\.docx.*DOCTYPE/);
  });
});

describe("a note's rich text on import", () => {
  const note = (path: string) => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users><User guid="u" name="Ana"/></Users>
<Notes><Note guid="n" name="N" creatingUser="u" richTextPath="${path}"><PlainTextContent>Replies are slow</PlainTextContent></Note></Notes></Project>`;
  const options = { now: "2026-12-01T00:00:00.000Z", newId: () => "00000000-0000-4000-9000-000000000001" };
  const bold: MemoDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Replies are " }, { type: "text", text: "slow", marks: [{ type: "bold" }] }] }] };

  it("is the .docx's when its text is the plain text", () => {
    const { content, report } = importQdpx("n.qdpx", zipOf({ "project.qde": note("internal://n.docx"), "sources/n.docx": memoDocx(bold) }), options);
    expect(content.memos?.[0]?.text).toEqual(bold);
    expect(report.items).toEqual([]);
  });

  it("is the plain text, reported, when the .docx says something else, is damaged or is missing", () => {
    const other: MemoDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Something else" }] }] };
    const plain = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Replies are slow" }] }] };
    for (const [bytes, kind, example] of [[memoDocx(other), "noteRichTextsNotUsed", "N"], [strToU8("not a zip"), "noteRichTextsNotUsed", "N"], [null, "richTextsMissing", 'note "N"']] as const) {
      const files: Record<string, string | Uint8Array> = { "project.qde": note("internal://n.docx") };
      if (bytes) files["sources/n.docx"] = bytes;
      const { content, report } = importQdpx("n.qdpx", zipOf(files), options);
      expect(content.memos?.[0]?.text).toEqual(plain);
      expect(report.items).toEqual([{ kind, count: 1, examples: [example] }]);
    }
  });
});
