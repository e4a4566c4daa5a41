// A memo's rich text as a Word .docx, REFI-QDA's way of carrying a note's formatting beside its
// plain text (`richTextPath`). Written here rather than with a .docx library because an export
// must give the same bytes twice, and those libraries stamp the time of writing into the file;
// the memo needs only paragraphs, bold, italic and lists. Read back with saxes, in document order:
// paragraphs and runs with bold and italic, a list paragraph's level and numbering (a bullet or
// any counted format), a list item's further paragraphs (numbering id 0 at its level), tabs and
// line breaks; deleted text, field codes and everything else are left out.
import { SaxesParser } from "saxes";
import { strToU8, zipSync } from "fflate";
import type { MemoBlock, MemoDoc, MemoList, MemoListItem, MemoMark, MemoParagraph, MemoTextNode } from "../../core/model/memo";
import { FileProblem } from "../importTypes";
import { openZip } from "./safeZip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const ENTRY_TIME = new Date(Date.UTC(2000, 0, 1));
const DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LEVELS = 9;

/** Whether a memo's text has anything its plain text does not carry: a mark or a list. */
export function memoHasFormatting(doc: MemoDoc): boolean {
  const block = (node: MemoBlock): boolean =>
    node.type !== "paragraph" || (node.content ?? []).some((t) => (t.marks ?? []).length > 0);
  return doc.content.some(block);
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The .docx of a memo's text, the same bytes for the same text. */
export function memoDocx(doc: MemoDoc): Uint8Array {
  const lists: MemoList["type"][] = [];
  const body: string[] = [];
  const paragraph = (node: MemoParagraph, numbering?: { numId: number; level: number }) => {
    const props = numbering ? `<w:pPr><w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>` : "";
    const runs = (node.content ?? []).map((t) => {
      const marks = t.marks ?? [];
      const rPr = marks.length > 0 ? `<w:rPr>${marks.some((m) => m.type === "bold") ? "<w:b/>" : ""}${marks.some((m) => m.type === "italic") ? "<w:i/>" : ""}</w:rPr>` : "";
      return `<w:r>${rPr}<w:t xml:space="preserve">${escape(t.text)}</w:t></w:r>`;
    });
    body.push(`<w:p>${props}${runs.join("")}</w:p>`);
  };
  const list = (node: MemoList, level: number) => {
    lists.push(node.type);
    const numId = lists.length;
    for (const item of node.content) {
      item.content.forEach((child, i) => {
        if (child.type === "paragraph") paragraph(child, { numId: i === 0 ? numId : 0, level });
        else list(child, level + 1);
      });
    }
  };
  for (const node of doc.content) {
    if (node.type === "paragraph") paragraph(node);
    else list(node, 0);
  }
  const levels = (bullet: boolean) =>
    Array.from({ length: LEVELS }, (_, l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${bullet ? "bullet" : "decimal"}"/><w:lvlText w:val="${bullet ? "•" : `%${l + 1}.`}"/><w:pPr><w:ind w:left="${720 * (l + 1)}" w:hanging="360"/></w:pPr></w:lvl>`).join("");
  const numbering = lists.map((type, i) => `<w:abstractNum w:abstractNumId="${i}">${levels(type === "bulletList")}</w:abstractNum>`).join("") + lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join("");
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  const file = (text: string): [Uint8Array, { mtime: Date }] => [xml(text), { mtime: ENTRY_TIME }];
  return zipSync({
    "[Content_Types].xml": file(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${DOCUMENT_TYPE}"/><Override PartName="/word/numbering.xml" ContentType="${NUMBERING_TYPE}"/></Types>`),
    "_rels/.rels": file(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/_rels/document.xml.rels": file(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/numbering" Target="numbering.xml"/></Relationships>`),
    "word/document.xml": file(`<w:document xmlns:w="${W}"><w:body>${body.join("")}</w:body></w:document>`),
    "word/numbering.xml": file(`<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`),
  }, { level: 6 });
}

interface ReadParagraph {
  runs: MemoTextNode[];
  numId: string | null;
  level: number;
}

/** A memo's text from a .docx (its own or another tool's); refused with a FileProblem naming `fileName`. */
export function memoFromDocx(fileName: string, bytes: Uint8Array): MemoDoc {
  const zip = openZip(fileName, bytes);
  const has = (name: string) => zip.entries.some((entry) => entry.name === name);
  if (!has("word/document.xml")) throw new FileProblem(fileName, "notDocx");
  const bullets = has("word/numbering.xml") ? bulletNumbering(fileName, zip.read("word/numbering.xml")) : new Set<string>();
  return buildDoc(readParagraphs(fileName, zip.read("word/document.xml")), bullets);
}

/** A strict parser that refuses any DOCTYPE, and the local name of each element. */
function parse(fileName: string, bytes: Uint8Array, on: { open(name: string, attributes: Record<string, string>): void; close(name: string): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false });
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  parser.on("doctype", () => {
    throw new FileProblem(fileName, "docxDoctype");
  });
  parser.on("opentag", (tag) => on.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on("closetag", (tag) => on.close(local(tag.name)));
  if (on.text) parser.on("text", on.text);
  parser.on("error", (error) => {
    throw new FileProblem(fileName, "xmlMalformed", { detail: error.message });
  });
  parser.write(new TextDecoder().decode(bytes)).close();
}

/** The numbering ids whose levels are bullets (by level: "numId/level"). */
function bulletNumbering(fileName: string, bytes: Uint8Array): Set<string> {
  const abstractBullets = new Map<string, Set<number>>();
  const numToAbstract = new Map<string, string>();
  let abstractId: string | null = null;
  let level = 0;
  let numId: string | null = null;
  parse(fileName, bytes, {
    open(name, a) {
      if (name === "abstractNum") abstractId = a["w:abstractNumId"] ?? null;
      else if (name === "lvl") level = Number(a["w:ilvl"] ?? 0);
      else if (name === "numFmt" && abstractId !== null && a["w:val"] === "bullet") {
        const set = abstractBullets.get(abstractId) ?? new Set<number>();
        abstractBullets.set(abstractId, set.add(level));
      } else if (name === "num") numId = a["w:numId"] ?? null;
      else if (name === "abstractNumId" && numId !== null) numToAbstract.set(numId, a["w:val"] ?? "");
    },
    close(name) {
      if (name === "abstractNum") abstractId = null;
      else if (name === "num") numId = null;
    },
  });
  const bullets = new Set<string>();
  for (const [num, abstract] of numToAbstract) for (const l of abstractBullets.get(abstract) ?? []) bullets.add(`${num}/${l}`);
  return bullets;
}

const isOn = (a: Record<string, string>) => !["0", "false", "off"].includes(a["w:val"] ?? "true");

function readParagraphs(fileName: string, bytes: Uint8Array): ReadParagraph[] {
  const paragraphs: ReadParagraph[] = [];
  let current: ReadParagraph | null = null;
  let marks = { bold: false, italic: false };
  let inRunProps = false;
  let inText = false;
  let skipped = 0;
  const append = (text: string) => {
    if (!current || skipped > 0 || text === "") return;
    const wanted: MemoMark[] = [...(marks.bold ? [{ type: "bold" } as const] : []), ...(marks.italic ? [{ type: "italic" } as const] : [])];
    const last = current.runs[current.runs.length - 1];
    if (last && sameMarks(last.marks ?? [], wanted)) last.text += text;
    else current.runs.push(wanted.length > 0 ? { type: "text", text, marks: wanted } : { type: "text", text });
  };
  const startParagraph = (from: ReadParagraph | null) => {
    current = { runs: [], numId: from ? from.numId : null, level: from ? from.level : 0 };
    paragraphs.push(current);
  };
  parse(fileName, bytes, {
    open(name, a) {
      if (name === "del" || name === "instrText" || name === "delText") skipped++;
      else if (name === "p") startParagraph(null);
      else if (name === "ilvl" && current) current.level = Math.min(LEVELS - 1, Math.max(0, Number(a["w:val"] ?? 0) || 0));
      else if (name === "numId" && current) current.numId = a["w:val"] ?? null;
      else if (name === "r") marks = { bold: false, italic: false };
      else if (name === "rPr") inRunProps = true;
      else if (inRunProps && (name === "b" || name === "i")) marks = { ...marks, [name === "b" ? "bold" : "italic"]: isOn(a) };
      else if (name === "t") inText = true;
      else if (name === "tab") append("\t");
      else if ((name === "br" || name === "cr") && current && skipped === 0) startParagraph({ ...current, numId: current.numId === null ? null : "0" });
    },
    close(name) {
      if (name === "del" || name === "instrText" || name === "delText") skipped--;
      else if (name === "rPr") inRunProps = false;
      else if (name === "t") inText = false;
      else if (name === "p") current = null;
    },
    text(text) {
      if (inText) append(text);
    },
  });
  return paragraphs;
}

function sameMarks(a: readonly MemoMark[], b: readonly MemoMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.type === b[i]!.type);
}

/** Paragraphs into blocks: list paragraphs nest by level, a new list wherever the numbering changes. */
function buildDoc(paragraphs: ReadParagraph[], bullets: ReadonlySet<string>): MemoDoc {
  const content: MemoBlock[] = [];
  // The open lists, one per level, each with the numbering id it was opened with.
  const open: { list: MemoList; numId: string }[] = [];
  for (const p of paragraphs) {
    const node: MemoParagraph = p.runs.length > 0 ? { type: "paragraph", content: p.runs } : { type: "paragraph" };
    if (p.numId === null || (p.numId === "0" && open.length === 0)) {
      open.length = 0;
      content.push(node);
      continue;
    }
    const level = Math.min(p.level, open.length - (p.numId === "0" ? 1 : 0));
    if (p.numId === "0") {
      // A further paragraph of the open item at its level.
      open.length = level + 1;
      open[level]!.list.content[open[level]!.list.content.length - 1]!.content.push(node);
      continue;
    }
    open.length = Math.min(open.length, level + 1);
    const type = bullets.has(`${p.numId}/${p.level}`) ? "bulletList" : "orderedList";
    const item: MemoListItem = { type: "listItem", content: [node] };
    const here = open[level];
    if (here && here.numId === p.numId && here.list.type === type) {
      here.list.content.push(item);
      continue;
    }
    const list: MemoList = { type, content: [item] };
    const parent = open[level - 1];
    if (parent) parent.list.content[parent.list.content.length - 1]!.content.push(list);
    else content.push(list);
    open.length = level;
    open.push({ list, numId: p.numId });
  }
  return { type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] };
}
