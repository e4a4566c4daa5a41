// REFI-QDA projects shaped like what NVivo, ATLAS.ti, MAXQDA and qc write (their attributes, users,
// dates, line endings and ways of counting positions, as seen in public exports of each), built
// here from passages so that every position is computed by the test, not copied. And a generated
// project (seeded): emoji, several coders, selections with several codings, notes, rich text.
import { seededRandom } from "./random";
import { esc, utf8, zipOf } from "./refiFiles";
import type { Counting } from "./qdeDiff";

export interface VendorFile {
  name: string;
  bytes: Uint8Array;
  counting: Counting;
}

const NS = 'xmlns="urn:QDA-XML:project:1.0"';
const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Positions of the k-th occurrence of `passage` in `raw`, counted as `counting` says. */
export function positionsOf(raw: string, passage: string, counting: Counting, occurrence = 0): [number, number] {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = raw.indexOf(passage, at + 1);
    if (at < 0) throw new Error(`"${passage}" is not in the text`);
  }
  const count = (text: string) => {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (counting.crlfAsOne && text[i] === "\r" && text[i + 1] === "\n") i++;
      else if (counting.unit === "codePoint" && text.codePointAt(i)! > 0xffff) i++;
      n++;
    }
    return n;
  };
  const start = count(raw.slice(0, at));
  return [start, start + count(passage)];
}

interface SelectionSpec {
  guid: string;
  passage: string;
  occurrence?: number;
  /** Attributes of the selection beyond its guid and positions, as written. */
  attributes: string;
  codings: { guid: string; code: string; attributes: string }[];
  inner?: string;
}

function selectionXml(raw: string, counting: Counting, spec: SelectionSpec): string {
  const [start, end] = positionsOf(raw, spec.passage, counting, spec.occurrence);
  const codings = spec.codings.map((c) => `<Coding guid="${c.guid}" ${c.attributes}><CodeRef targetGUID="${c.code}"/></Coding>`).join("");
  return `<PlainTextSelection guid="${spec.guid}" ${spec.attributes} startPosition="${start}" endPosition="${end}">${spec.inner ?? ""}${codings}</PlainTextSelection>`;
}

const INTERVIEW = "I: Selamat pagi 😀, Bu.\r\nR: Pagi. Saya percaya 👍🏽 admin desa.\r\nI: Kenapa?\r\nR: Karena cepat 😀 dan ramah. Café e\u0301 juga.\r\n";
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 1, 2, 3, 4, 5]);

/** An NVivo 12.6 (Windows) export: UTF-16 positions over CRLF text with a BOM, the project's user outside <Users>, .docx originals. */
export function nvivoShaped(): VendorFile {
  const counting: Counting = { unit: "utf16", crlfAsOne: false };
  const source = U(100);
  const sel = (guid: number, passage: string, user: number, codings: [number, number, number][], extra = "") =>
    selectionXml(INTERVIEW, counting, {
      guid: U(guid),
      passage,
      attributes: `name="" creatingUser="${U(user)}" creationDateTime="2025-06-11T16:30:0${guid % 10}Z" modifyingUser="${U(2)}" modifiedDateTime="2025-06-12T08:00:00Z"${extra}`,
      codings: codings.map(([g, code, by]) => ({ guid: U(g), code: U(code), attributes: `creatingUser="${U(by)}" creationDateTime="2025-06-11T16:31:00Z"` })),
    });
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="Pelayanan" origin="NVivo for Windows 12.6" creatingUserGUID="${U(9)}" creationDateTime="2025-02-21T15:09:07Z" modifyingUserGUID="${U(1)}" modifiedDateTime="2025-06-12T09:00:00Z" basePath="" ${NS}>
  <Users><User guid="${U(1)}" name="Ayu"/><User guid="${U(2)}" name="Budi"/></Users>
  <CodeBook><Codes>
    <Code guid="${U(10)}" name="Kepercayaan" isCodable="true" color="#1F77B4"><Description>Trust in officials</Description>
      <Code guid="${U(11)}" name="Admin 👍🏽" isCodable="true" color="#FF7F0E"/>
    </Code>
    <Code guid="${U(12)}" name="Kecepatan" isCodable="true"/>
  </Codes></CodeBook>
  <Variables><Variable guid="${U(20)}" name="Usia" typeOfVariable="Integer"/></Variables>
  <Cases><Case guid="${U(30)}" name="Informan A"><VariableValue><VariableRef targetGUID="${U(20)}"/><IntegerValue>41</IntegerValue></VariableValue><SourceRef targetGUID="${source}"/></Case></Cases>
  <Sources>
    <TextSource guid="${source}" name="Informan A" richTextPath="internal://${source}.docx" plainTextPath="internal://${source}.txt" creatingUser="${U(1)}" creationDateTime="2025-06-11T16:24:07Z" modifyingUser="${U(2)}" modifiedDateTime="2025-06-12T08:00:00Z">
      <Description>Recorded at the village office</Description>
      ${sel(200, "Saya percaya 👍🏽 admin", 2, [[300, 10, 1], [301, 11, 2]])}
      ${sel(201, "cepat 😀 dan ramah", 1, [[302, 12, 1]])}
      ${sel(202, "Café e\u0301", 2, [[303, 10, 2]])}
    </TextSource>
  </Sources>
</Project>`;
  return { name: "nvivo.qdpx", counting, bytes: zipOf({ "project.qde": qde, [`Sources/${source}.txt`]: utf8(INTERVIEW, true), [`Sources/${source}.docx`]: DOCX }) };
}

/** An ATLAS.ti 23 export: CRLF text, each line break counted as one; selections named by their quotes. */
export function atlasShaped(): VendorFile {
  const counting: Counting = { unit: "codePoint", crlfAsOne: true };
  const source = "{A1B2C3D4-0000-4000-8000-000000000100}".toLowerCase();
  const sel = (guid: number, passage: string, codes: number[]) =>
    selectionXml(INTERVIEW, counting, {
      guid: U(guid),
      passage,
      attributes: `name="${esc(passage)}" creatingUser="${U(1)}" creationDateTime="2023-04-01T10:00:00" modifiedDateTime="2023-04-02T10:00:00"`,
      codings: codes.map((code, i) => ({ guid: U(guid * 10 + i), code: U(code), attributes: `creatingUser="${U(1)}" creationDateTime="2023-04-01T10:00:00"` })),
    });
  const qde = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project ${NS} origin="ATLAS.ti 23.2.1" name="Studi ATLAS" creatingUserGUID="${U(1)}" creationDateTime="2023-03-31T09:00:00" modifiedDateTime="2023-04-02T10:00:00">
  <Users><User guid="${U(1)}" name="Citra"/></Users>
  <CodeBook><Codes><Code guid="${U(10)}" name="Pagi" isCodable="true" color="#00AA00"/><Code guid="${U(11)}" name="Alasan" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${source}" name="Wawancara 1" plainTextPath="internal://${source}.txt" creatingUser="${U(1)}" creationDateTime="2023-03-31T09:05:00" modifiedDateTime="2023-03-31T09:05:00">
      ${sel(20, "Selamat pagi 😀", [10])}
      ${sel(21, "Kenapa?\r\nR: Karena cepat 😀", [11, 10])}
    </TextSource>
  </Sources>
</Project>`;
  return { name: "atlas.qdpx", counting, bytes: zipOf({ "project.qde": qde, [`sources/${source}.txt`]: utf8(INTERVIEW) }) };
}

/** A MAXQDA 2022 export: code points over the text as written, CRLF as two, no selection names. */
export function maxqdaShaped(): VendorFile {
  const counting: Counting = { unit: "codePoint", crlfAsOne: false };
  const sel = (guid: number, passage: string, code: number) =>
    selectionXml(INTERVIEW, counting, {
      guid: U(guid),
      passage,
      attributes: `creatingUser="${U(1)}" creationDateTime="2022-09-01T12:00:00Z"`,
      codings: [{ guid: U(guid + 100), code: U(code), attributes: `creatingUser="${U(1)}" creationDateTime="2022-09-01T12:00:00Z"` }],
    });
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} name="MAXQDA-Projekt" origin="MAXQDA 2022 (Release 22.4.1)" creatingUserGUID="${U(1)}" creationDateTime="2022-08-30T08:00:00Z" modifyingUserGUID="${U(1)}" modifiedDateTime="2022-09-01T12:00:00Z">
  <Users><User guid="${U(1)}" name="Dewi"/></Users>
  <CodeBook><Codes><Code guid="${U(10)}" name="Vertrauen" isCodable="true" color="#FF0000"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${U(50)}" name="Interview 1" plainTextPath="internal://${U(50)}.txt" creatingUser="${U(1)}" creationDateTime="2022-08-30T08:10:00Z">
      ${sel(60, "percaya 👍🏽 admin desa", 10)}
      ${sel(61, "ramah. Café", 10)}
    </TextSource>
  </Sources>
</Project>`;
  return { name: "maxqda.qdpx", counting, bytes: zipOf({ "project.qde": qde, [`sources/${U(50)}.txt`]: utf8(INTERVIEW) }) };
}

/** A qc (1.3) export: LF text, selections named `line:N` with several codings each, no dates. */
export function qcShaped(): VendorFile {
  const counting: Counting = { unit: "codePoint", crlfAsOne: false };
  const text = INTERVIEW.replace(/\r\n/g, "\n");
  const lines = text.split("\n");
  const sel = (guid: number, line: number, codes: number[]) => {
    const passage = lines[line]!;
    return selectionXml(text, counting, {
      guid: U(guid),
      passage,
      attributes: `name="line:${line}" creatingUser="${U(1)}"`,
      codings: codes.map((code, i) => ({ guid: U(guid * 10 + i), code: U(code), attributes: `creatingUser="${U(1)}"` })),
    });
  };
  const qde = `<?xml version='1.0' encoding='utf-8'?>
<Project ${NS} name="qc-project" origin="qc">
  <Users><User guid="${U(1)}" name="chris"/></Users>
  <CodeBook><Codes><Code guid="${U(10)}" name="greeting" isCodable="true"/><Code guid="${U(11)}" name="trust" isCodable="true"><Code guid="${U(12)}" name="admin" isCodable="true"/></Code></Codes></CodeBook>
  <Sources>
    <TextSource guid="${U(40)}" name="interview.txt" plainTextPath="internal://${U(40)}.txt">
      ${sel(41, 0, [10])}
      ${sel(42, 1, [11, 12])}
      ${sel(43, 3, [11])}
    </TextSource>
  </Sources>
</Project>`;
  return { name: "qc.qdpx", counting, bytes: zipOf({ "project.qde": qde, [`sources/${U(40)}.txt`]: utf8(text) }) };
}

const WORDS = ["pelayanan", "publik", "😀", "media", "sosial", "👩🏽‍💻", "desa", "cepat", "e\u0301", "ramah", "مرحبا", "Banten"];

/**
 * A generated project (standard counting, CRLF texts): `documents` sources with rich-text originals,
 * three coders, selections with one to three codings by several coders, notes on selections and
 * on the project.
 */
export function generatedProject(seed: number, documents = 4): VendorFile {
  const counting: Counting = { unit: "codePoint", crlfAsOne: false };
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const files: Record<string, string | Uint8Array> = {};
  let guid = 1000;
  const sources: string[] = [];
  for (let d = 0; d < documents; d++) {
    const lines = Array.from({ length: 6 }, (_, l) => `${l % 2 ? "R" : "I"}: ${Array.from({ length: 8 }, () => pick(WORDS)).join(" ")}`);
    const raw = lines.join("\r\n") + "\r\n";
    const id = U(++guid);
    const points = Array.from(raw);
    const selections: string[] = [];
    for (let s = 0; s < 5; s++) {
      const start = Math.floor(random() * (points.length - 20));
      const end = start + 1 + Math.floor(random() * 18);
      const codings = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const by = 1 + Math.floor(random() * 3);
        return `<Coding guid="${U(++guid)}" creatingUser="${U(by)}" creationDateTime="2024-0${1 + (guid % 9)}-0${1 + (guid % 8)}T10:00:00Z"><CodeRef targetGUID="${U(10 + Math.floor(random() * 4))}"/></Coding>`;
      }).join("");
      const note = s === 0 ? `<NoteRef targetGUID="${U(900)}"/>` : "";
      const dates = random() < 0.5 ? ` creationDateTime="2024-01-0${1 + s}T09:00:00Z"` : "";
      selections.push(
        `<PlainTextSelection guid="${U(++guid)}" name="${esc(points.slice(start, end).join("").replace(/\r?\n/g, " "))}" startPosition="${start}" endPosition="${end}" creatingUser="${U(1 + (s % 3))}"${dates}><Description>selection ${s} 😀</Description>${codings}${note}</PlainTextSelection>`,
      );
    }
    files[`sources/${id}.txt`] = utf8(raw);
    files[`sources/${id}.docx`] = new Uint8Array([...DOCX, d]);
    sources.push(
      `<TextSource guid="${id}" name="Transkrip ${d + 1} 😀" richTextPath="internal://${id}.docx" plainTextPath="internal://${id}.txt" creatingUser="${U(1 + (d % 3))}" creationDateTime="2024-01-01T08:00:00Z">${selections.join("")}</TextSource>`,
    );
  }
  files["project.qde"] = `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} name="Generated ${seed}" origin="Generator" creatingUserGUID="${U(1)}" creationDateTime="2024-01-01T00:00:00Z" modifiedDateTime="2024-02-01T00:00:00Z">
  <Users><User guid="${U(1)}" name="Ayu"/><User guid="${U(2)}" name="Budi 😀"/><User guid="${U(3)}" name="Citra"/></Users>
  <CodeBook><Codes>${[0, 1, 2, 3].map((c) => `<Code guid="${U(10 + c)}" name="Kode ${c} ${pick(WORDS)}" isCodable="true"/>`).join("")}</Codes></CodeBook>
  <Sources>${sources.join("")}</Sources>
  <Notes><Note guid="${U(900)}" name="Memo 😀" creatingUser="${U(1)}"><PlainTextContent>A memo on the first selection</PlainTextContent></Note></Notes>
  <NoteRef targetGUID="${U(900)}"/>
</Project>`;
  return { name: `generated-${seed}.qdpx`, counting, bytes: zipOf(files) };
}
