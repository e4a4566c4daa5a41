// The hostile-file corpus: one file or more for every way an input has been found to hurt Telaah
// (issue 15's defects) and for the classes it already refused (zip slip, XXE, billion laughs, broken
// archives, bad references, broken project files, CSV edge cases). Every file is made here, when a
// test asks for it; the large ones (bombs) only then, and none of them is committed.
// `npx tsx tests/hostile/writeCorpus.ts DIR` writes them all to a folder, to try by hand.
import { strToU8, zipSync } from "fflate";
import type { ProjectContent } from "../../src/core/model/types";
import { readFileSync } from "node:fs";
import { BANTEN_FIXTURE } from "../../scripts/bantenStudyFiles";
import { parseProjectFile, serializeProjectFile } from "../../src/formats/projectFile";
import { craftZip, deflatedZeros } from "../support/hostileZip";
import type { ReaderName } from "./readInNode";

export interface HostileFile {
  /** The file's name; its extension picks the readers (see READERS_FOR). */
  name: string;
  /** What it provokes: "defect 1", …, or the class it stands for. */
  about: string;
  /** Made only when needed: large in memory or slow to make. */
  bomb?: boolean;
  make: () => Uint8Array | Promise<Uint8Array>;
  /**
   * Refused: every reader and command gives one line naming the file that matches this. Kept: every
   * reader reads it, with names free of control characters, and the readers named here with these
   * names among theirs and notes that match.
   */
  expect: { refused: RegExp } | { kept: Partial<Record<ReaderName, { names?: string[]; notes?: RegExp }>> };
}

const NS = 'xmlns="urn:QDA-XML:project:1.0"';
/** A GUID the REFI-QDA schema accepts, numbered: the files fail only where they are meant to. */
const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const CODES = `<CodeBook><Codes><Code guid="${guid(1)}" name="A" isCodable="true"/></Codes></CodeBook>`;
const selection = `<PlainTextSelection guid="${guid(3)}" startPosition="0" endPosition="3"><Coding guid="${guid(4)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>`;
const source = (path = "internal://t.txt") => `<TextSource guid="${guid(2)}" name="T" plainTextPath="${path}">${selection}</TextSource>`;
const project = (inner: string, head = "") => `${head}<Project ${NS} name="P">${inner}</Project>`;
const GOOD_QDE = project(`${CODES}<Sources>${source()}</Sources>`);

const qdpx = (qde: string, extra: Record<string, string | Uint8Array> = {}) =>
  zipSync(Object.fromEntries(Object.entries({ "project.qde": qde, "sources/t.txt": "abcdef", ...extra }).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])));

/** Letters from a small alphabet, pseudo-random (a fixed seed): compresses a few times, not a hundred. */
function letters(length: number, alphabet = "ab"): Uint8Array {
  const out = new Uint8Array(length);
  let seed = 0x9e3779b9;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = alphabet.charCodeAt((seed >>> 16) % alphabet.length);
  }
  return out;
}

const MB = 1024 ** 2;

/** The Banten study's project file, spoiled by `mutate` and written again with a checksum that matches. */
const json = async (mutate: (content: ProjectContent) => void) => {
  const content = await parseProjectFile("banten", readFileSync(BANTEN_FIXTURE, "utf8"));
  mutate(content);
  return strToU8(await serializeProjectFile(content));
};

export const HOSTILE_CORPUS: HostileFile[] = [
  // Defect 1: many directory entries over one compressed stream.
  {
    name: "better-zip-bomb.qdpx",
    about: "defect 1: overlapping entries",
    bomb: true,
    make: () => {
      const sources = Array.from({ length: 300 }, (_, i) => `<TextSource guid="${guid(100 + i)}" name="T${i}" plainTextPath="internal://d${i}.txt"/>`).join("");
      return craftZip(
        [{ name: "project.qde", content: project(`${CODES}<Sources>${sources}</Sources>`) }, { name: "sources/d0.txt", content: letters(MB) }],
        Array.from({ length: 299 }, (_, i) => ({ name: `sources/d${i + 1}.txt`, of: "sources/d0.txt" })),
      );
    },
    expect: { refused: /is refused: the entries "sources\/d0\.txt" and "sources\/d1\.txt" overlap in the archive \(a zip bomb\)/ },
  },
  {
    name: "inflated-total.qdpx",
    about: "defect 1: total inflated size across entries",
    bomb: true,
    make: () =>
      craftZip([
        { name: "project.qde", content: GOOD_QDE },
        ...Array.from({ length: 6 }, (_, i) => ({ name: `sources/big${i}.txt`, content: "", deflated: new Uint8Array(1.1 * MB), declaredSize: 100 * MB })),
      ]),
    expect: { refused: /its entries would inflate to more than 512 MB/ },
  },
  {
    name: "ratio-bomb.qdpx",
    about: "zip bomb: one entry a hundred times its packed size",
    bomb: true,
    make: () => qdpx(GOOD_QDE, { "sources/bomb.txt": new Uint8Array(10 * MB) }),
    expect: { refused: /"sources\/bomb\.txt" would inflate to more than 100 times its packed size/ },
  },
  // Defect 2: a DEFLATE stream that runs far past its declared size.
  {
    name: "deflate-overrun.qdpx",
    about: "defect 2: stream past its declared size",
    bomb: true,
    make: () => craftZip([{ name: "project.qde", content: GOOD_QDE }, { name: "sources/t.txt", content: "", deflated: deflatedZeros(1024 * MB), declaredSize: 1000 }]),
    expect: { refused: /the entry "sources\/t\.txt" inflates to more than its declared size of 1000 bytes/ },
  },
  // Defect 3: deep nesting.
  {
    name: "deep-xml.qde",
    about: "defect 3: XML nested 100,000 deep",
    make: () => strToU8(project(`${"<Notes>".repeat(100_000)}${"</Notes>".repeat(100_000)}`)),
    expect: { refused: /its elements are nested more than 1,000 deep/ },
  },
  {
    name: "deep-codes-10000.qde",
    about: "defect 3: a Code nested 10,000 deep",
    make: () => strToU8(project(`<CodeBook><Codes>${Array.from({ length: 10_000 }, (_, i) => `<Code guid="${guid(100 + i)}" name="C" isCodable="true">`).join("")}${"</Code>".repeat(10_000)}</Codes></CodeBook>`)),
    expect: { refused: /its elements are nested more than 1,000 deep/ },
  },
  {
    name: "deep-codes-300.qdc",
    about: "defect 3: a code tree deeper than 256",
    make: () =>
      strToU8(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${Array.from({ length: 300 }, (_, i) => `<Code guid="${guid(100 + i)}" name="C${i}" isCodable="true">`).join("")}${"</Code>".repeat(300)}</Codes></CodeBook>`),
    expect: { refused: /its codes are nested more than 256 deep/ },
  },
  {
    name: "deep-json.telaah.json",
    about: "defect 3: a project file nested 100,000 deep",
    make: () => strToU8(`{"format":"telaah-project","version":2,"checksum":"x","content":${"[".repeat(100_000)}${"]".repeat(100_000)}}`),
    expect: { refused: /its JSON is nested more than 1,000 deep/ },
  },
  {
    name: "deep-code-chain.telaah.json",
    about: "defect 3: a project file's codes nested 1,000 deep",
    make: () =>
      json((content) => {
        const [first] = content.codes;
        for (let i = 1; i < 1000; i++) content.codes.push({ ...first!, id: `chain${i}`, name: `C${i}`, parentId: i === 1 ? first!.id : `chain${i - 1}` });
      }),
    expect: { refused: /codes \(the first "C\d+"\) are nested more than 256 deep/ },
  },
  // Defect 4: one value too large to hold.
  {
    name: "huge-attribute.qdpx",
    about: "defect 4: a 12-million-character attribute value",
    bomb: true,
    make: () => {
      const value = letters(12_000_000);
      const head = strToU8(`<Project ${NS} name="`);
      const tail = strToU8(`">${CODES}<Sources>${source()}</Sources></Project>`);
      const qde = new Uint8Array(head.length + value.length + tail.length);
      qde.set(head);
      qde.set(value, head.length);
      qde.set(tail, head.length + value.length);
      return qdpx("", { "project.qde": qde });
    },
    expect: { refused: /the attribute name of <Project> in it is longer than 10,000,000 characters/ },
  },
  {
    name: "huge-entry.qdpx",
    about: "defect 4: one entry over 128 MB",
    bomb: true,
    make: () => craftZip([{ name: "project.qde", content: GOOD_QDE }, { name: "sources/t.txt", content: "", deflated: new Uint8Array(2.1 * MB), declaredSize: 200 * MB }]),
    expect: { refused: /"sources\/t\.txt" would inflate to more than 128 MB, the most one entry may hold/ },
  },
  // Defect 5: CSV tables too large to show.
  {
    name: "million-columns.csv",
    about: "defect 5: 1,000,000 columns",
    bomb: true,
    make: () => strToU8(`case,${Array.from({ length: 1_000_000 }, (_, i) => `a${i}`).join(",")}\nA,1\n`),
    expect: { refused: /line 1 has 1,000,001 columns, more than the 1,000 Telaah reads/ },
  },
  {
    name: "too-many-rows.csv",
    about: "defect 5: 100,001 rows",
    make: () => strToU8("theme,code\n" + "T,C\n".repeat(100_000)),
    expect: { refused: /has more than 100,000 rows/ },
  },
  // Defect 7: subtitles with broken timestamps.
  {
    name: "broken-timestamps.srt",
    about: "defect 7: cues with broken timestamps",
    make: () => strToU8("1\n00:00:01,000 --> 00:00:02,000\nSatu\n\n2\n00:00:02,000 -> 00:00:03,000\nDua\n\n3\n00:00:03,000 --> 00:00:0x,000\nTiga\n"),
    expect: { kept: { transcript: { names: ["broken-timestamps"], notes: /2 cues with a broken or missing timestamp \(line 5, 9\) kept as text/ } } },
  },
  {
    name: "broken-timestamps.vtt",
    about: "defect 7: cues with broken timestamps",
    make: () => strToU8("WEBVTT\n\n00:00:01.000 --> nanti\nRusak\n\n00:00:02.000 --> 00:00:03.000\nBaik\n"),
    expect: { kept: { transcript: { names: ["broken-timestamps"], notes: /a cue with a broken or missing timestamp \(line 3\)/ } } },
  },
  // Defect 8: a DOCTYPE behind a comment.
  {
    name: "doctype-after-comment.qdpx",
    about: "defect 8: DOCTYPE hidden from a text scan",
    make: () => qdpx(project(`${CODES}<Sources>${source()}</Sources>`, `<?xml version="1.0"?><!-- <a --><!DOCTYPE Project [<!ENTITY x "y">]>`)),
    expect: { refused: /DOCTYPE defines entities or names an external DTD/ },
  },
  // Defect 11: cells beyond the header, control characters in names.
  {
    name: "extra-cells.csv",
    about: "defect 11: codebook cells beyond the header",
    make: () => strToU8("theme,code\nLayanan,Respons,lebih\nLayanan,Akses\n"),
    expect: { kept: { codebookCsv: { names: ["Layanan", "Respons", "Akses"], notes: /line 2: has 3 cells, but the header has 2/ } } },
  },
  {
    name: "control-names.csv",
    about: "defect 11: NUL in code names",
    make: () => strToU8("theme,code\nLay\u0000anan,Res\u0001pons\n"),
    expect: { kept: { codebookCsv: { names: ["Layanan", "Respons"] }, attributeCsv: { names: ["Layanan"] } } },
  },
  {
    name: "control-names.qdpx",
    about: "defect 11: control characters in names (XML 1.1)",
    make: () => qdpx(`<?xml version="1.1"?>` + GOOD_QDE.replace('name="A"', 'name="Tr&#x1;ust"').replace('name="T"', 'name="Do&#x7F;c"')),
    expect: { kept: { qdpx: { names: ["Trust", "Doc"] } } },
  },
  {
    name: "control-names.telaah.json",
    about: "defect 11: NUL in a project file's names",
    make: () =>
      json((content) => {
        content.codes[0]!.name = "Ke\u0000percayaan";
        content.documents[0]!.name = "Infor\u001bman";
      }),
    expect: { kept: { projectFile: { names: ["Kepercayaan", "Informan"] } } },
  },
  // Classes refused before issue 15, kept in the corpus so that they stay refused.
  { name: "zip-slip.qdpx", about: "zip slip", make: () => qdpx(GOOD_QDE, { "../../evil.txt": "x" }), expect: { refused: /the entry "\.\.\/\.\.\/evil\.txt" points outside the archive/ } },
  { name: "zip-absolute.qdpx", about: "zip slip", make: () => qdpx(GOOD_QDE, { "/etc/passwd": "x" }), expect: { refused: /the entry "\/etc\/passwd" points outside the archive/ } },
  {
    name: "xxe.qdpx",
    about: "XXE",
    make: () => qdpx(`<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project ${NS} name="&xxe;"/>`),
    expect: { refused: /DOCTYPE defines entities/ },
  },
  {
    name: "billion-laughs.qde",
    about: "billion laughs",
    make: () => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
      return strToU8(`<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY l0 "lol">${entities}]><Project ${NS} name="&l9;"/>`);
    },
    expect: { refused: /DOCTYPE defines entities/ },
  },
  { name: "truncated.qdpx", about: "truncated zip", make: () => qdpx(GOOD_QDE).subarray(0, 60), expect: { refused: /truncated or corrupt/ } },
  {
    name: "corrupt-directory.qdpx",
    about: "corrupt zip",
    make: () => {
      const zip = qdpx(GOOD_QDE);
      const end = zip.length - 22;
      new DataView(zip.buffer).setUint32(end + 16, zip.length + 1000, true); // the directory "starts" past the end
      return zip;
    },
    expect: { refused: /truncated or corrupt/ },
  },
  { name: "not-a-zip.qdpx", about: "not a zip", make: () => strToU8(GOOD_QDE), expect: { refused: /is not a zip archive/ } },
  { name: "malformed.qde", about: "malformed XML", make: () => strToU8(`<Project ${NS}>\n<Sources>\n</Project>`), expect: { refused: /is not well-formed XML \(line 3/ } },
  { name: "missing-code.qdpx", about: "bad reference", make: () => qdpx(GOOD_QDE.replace(`targetGUID="${guid(1)}"`, `targetGUID="${guid(99)}"`)), expect: { refused: /a code that does not exist \(00000000-0000-4000-8000-000000000099\)/ } },
  { name: "missing-text.qdpx", about: "bad reference", make: () => qdpx(project(`${CODES}<Sources>${source("internal://gone.txt")}</Sources>`)), expect: { refused: /lacks the text of source "T"/ } },
  { name: "outside-text.qdpx", about: "bad reference", make: () => qdpx(GOOD_QDE.replace('endPosition="3"', 'endPosition="99"')), expect: { refused: /outside "T" \(6 characters long\)/ } },
  { name: "not-json.telaah.json", about: "broken project file", make: () => strToU8("{not json"), expect: { refused: /is not a Telaah project file \(not valid JSON\)/ } },
  {
    name: "bad-checksum.telaah.json",
    about: "broken project file",
    make: async () => strToU8(new TextDecoder().decode(await json(() => {})).replace(/"name": "[^"]*"/, '"name": "Changed by hand"')),
    expect: { refused: /its checksum does not match its content/ },
  },
  {
    name: "future-version.telaah.json",
    about: "broken project file",
    make: () => strToU8(`{"format":"telaah-project","version":99,"checksum":"sha256:0","content":{}}`),
    expect: { refused: /was written by a newer Telaah/ },
  },
  {
    name: "dangling-coding.telaah.json",
    about: "broken project file",
    make: () => json((content) => void (content.codings[0]!.documentId = "gone")),
    expect: { refused: /coding \S+ refers to a missing document/ },
  },
  { name: "unclosed-quote.csv", about: "CSV edge case", make: () => strToU8('theme,code\n"Layanan,Respons\nA,B\n'), expect: { refused: /line 2: a quoted cell is never closed/ } },
  { name: "binary.txt", about: "binary transcript", make: () => new Uint8Array(4096).map((_, i) => (i * 7) % 256), expect: { refused: /./ } },
  { name: "empty.txt", about: "empty transcript", make: () => new Uint8Array(0), expect: { refused: /is empty/ } },
  { name: "corrupt.docx", about: "corrupt .docx", make: () => strToU8("PK\u0003\u0004 not really a docx"), expect: { refused: /./ } },
];
