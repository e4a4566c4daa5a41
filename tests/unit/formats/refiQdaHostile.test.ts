// Bad and hostile REFI-QDA input: each is refused with one FileProblem naming the file and the
// problem, before anything is returned (the app writes a project only from a whole import).
import { describe, expect, it } from "vitest";
import { importQde, importQdpx } from "../../../src/formats/refiQda/qdpxImport";
import { problemOf } from "../../support/fileProblem";
import { DEFAULT_ZIP_LIMITS } from "../../../src/formats/refiQda/safeZip";
import { craftZip, deflatedZeros } from "../../support/hostileZip";
import { selection, utf8, zipOf } from "../../support/refiFiles";

const OPTIONS = { now: "2026-01-02T03:04:05.000Z", newId: () => globalThis.crypto.randomUUID() };
const NS = 'xmlns="urn:QDA-XML:project:1.0"';
const CODES = `<CodeBook><Codes><Code guid="a" name="A" isCodable="true"/></Codes></CodeBook>`;
const GOOD = `<Project ${NS} name="P">${CODES}<Sources><TextSource guid="t" name="T" plainTextPath="internal://t.txt">${selection("s", 0, 3, ["a"])}</TextSource></Sources></Project>`;

function reasonFor(bytes: Uint8Array, name = "bad.qdpx"): string {
  const problem = problemOf(() => importQdpx(name, bytes, OPTIONS));
  expect(problem.fileName).toBe(name);
  return problem.reason;
}

/** Offsets of every central directory record in a zip. */
function centralRecords(zip: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) {
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2) found.push(i);
  }
  return found;
}

describe("hostile archives", () => {
  it("accepts the good file these tests spoil", () => {
    expect(importQdpx("good.qdpx", zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef" }), OPTIONS).content.codings).toHaveLength(1);
  });

  it("refuses what is not a zip", () => {
    expect(reasonFor(utf8("<Project/>"))).toMatch(/not a zip archive/);
    expect(reasonFor(new Uint8Array(0))).toMatch(/not a zip archive/);
  });

  it("refuses a truncated zip", () => {
    const whole = zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef" });
    for (const length of [30, Math.floor(whole.length / 2), whole.length - 10]) {
      expect(reasonFor(whole.subarray(0, length))).toMatch(/truncated or corrupt/);
    }
  });

  it("refuses entries that point outside the archive", () => {
    for (const name of ["../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/Windows/evil.txt", "..\\evil.txt"]) {
      expect(reasonFor(zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef", [name]: "x" }))).toBe(
        `is refused: the entry "${name}" points outside the archive`,
      );
    }
  });

  it("refuses an entry that inflates past 100 times its packed size", () => {
    const zeros = new Uint8Array(10 * 1024 * 1024);
    expect(reasonFor(zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef", "sources/bomb.txt": zeros }))).toMatch(
      /"sources\/bomb\.txt" would inflate to more than 100 times its packed size/,
    );
  });

  it("refuses entries that declare more than 512 MB in all, and one entry over 128 MB", () => {
    const lying = (sizes: number[]) =>
      craftZip([{ name: "project.qde", content: GOOD }, ...sizes.map((size, i) => ({ name: `sources/big${i}.txt`, content: "x".repeat(1000), declaredSize: size }))]);
    const noRatio = { ...DEFAULT_ZIP_LIMITS, maxRatio: Number.MAX_SAFE_INTEGER };
    const reason = (zip: Uint8Array) => problemOf(() => importQdpx("bad.qdpx", zip, OPTIONS, noRatio)).reason;
    expect(reason(lying([100, 100, 100, 100, 100, 100].map((mb) => mb * 1024 ** 2)))).toMatch(/its entries would inflate to more than 512 MB/);
    expect(reason(lying([200 * 1024 ** 2]))).toMatch(/"sources\/big0\.txt" would inflate to more than 128 MB, the most one entry may hold/);
  });

  it("refuses entries that share their compressed data (the better zip bomb)", () => {
    const aliases = Array.from({ length: 5 }, (_, i) => ({ name: `sources/copy${i}.txt`, of: "sources/t.txt" }));
    const zip = craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: "abcdef".repeat(1000) }], aliases);
    expect(reasonFor(zip)).toMatch(/^is refused: the entries "sources\/t\.txt" and "sources\/copy0\.txt" overlap in the archive \(a zip bomb\)$/);
  });

  it("stops inflating an entry one byte past its declared size", () => {
    // A megabyte-long stream of zeros declared as 100 bytes: refused after the first step, not inflated whole.
    const zip = craftZip([{ name: "project.qde", content: GOOD }, { name: "sources/t.txt", content: "", deflated: deflatedZeros(64 * 1024 ** 2), declaredSize: 100 }]);
    expect(reasonFor(zip)).toBe('is refused: the entry "sources/t.txt" inflates to more than its declared size of 100 bytes');
  });

  it("refuses an archive over 512 MB before reading it", () => {
    const tiny = { ...DEFAULT_ZIP_LIMITS, maxArchiveBytes: 100 };
    const problem = problemOf(() => importQdpx("big.qdpx", zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef" }), OPTIONS, tiny));
    expect(problem.reason).toMatch(/is larger than 0 MB, the most Telaah opens/);
  });

  it("refuses an entry whose header understates its size (a cut text)", () => {
    const zip = zipOf({ "project.qde": GOOD, "sources/t.txt": "abcdef".repeat(100) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const text = centralRecords(zip).find((at) => new TextDecoder().decode(zip.subarray(at + 46, at + 46 + 13)) === "sources/t.txt")!;
    view.setUint32(text + 24, 5, true);
    expect(reasonFor(zip)).toMatch(/"sources\/t\.txt" inflates to more than its declared size of 5 bytes/);
    view.setUint32(text + 24, 700, true); // overstated: the stream ends short of it
    expect(reasonFor(zip)).toMatch(/"sources\/t\.txt" does not match its recorded size and checksum/);
  });

  it("refuses two entries of one name, and an archive without a project", () => {
    expect(reasonFor(zipOf({ "sources/t.txt": "abc" }))).toMatch(/holds no project \(\.qde\) file/);
    expect(reasonFor(zipOf({ "a.qde": GOOD, "b.qde": GOOD, "sources/t.txt": "abcdef" }))).toMatch(/several project files/);
  });
});

describe("hostile or broken XML", () => {
  const withQde = (qde: string) => zipOf({ "project.qde": qde, "sources/t.txt": "abcdef" });

  it("refuses malformed XML with its line and column", () => {
    expect(reasonFor(withQde(`<Project ${NS}>\n<Sources>\n</Project>`))).toMatch(/^is not well-formed XML \(line 3, column \d+/);
  });

  it("refuses a DOCTYPE that defines entities (billion laughs, external entities)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project ${NS} name="&lol2;"/>`;
    const external = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project ${NS} name="&xxe;"/>`;
    for (const qde of [laughs, external]) expect(reasonFor(withQde(qde))).toMatch(/DOCTYPE defines entities/);
  });

  it("finds a DOCTYPE by the parser, whatever comes before it", () => {
    const hidden = `<?xml version="1.0"?><!-- <a --><!DOCTYPE Project [<!ENTITY x "y">]><Project ${NS} name="P"/>`;
    const external = `<!DOCTYPE Project SYSTEM "http://example.org/evil.dtd"><Project ${NS} name="P"/>`;
    for (const qde of [hidden, external]) expect(reasonFor(withQde(qde))).toMatch(/DOCTYPE defines entities or names an external DTD/);
    expect(() => importQdpx("ok.qdpx", withQde(`<!DOCTYPE Project>${GOOD}`), OPTIONS)).not.toThrow();
  });

  it("refuses XML nested more than 1,000 deep, and codes nested more than 256 deep", () => {
    const deep = `<Project ${NS}>${"<Notes>".repeat(100_000)}${"</Notes>".repeat(100_000)}</Project>`;
    expect(problemOf(() => importQde("deep.qde", utf8(deep), OPTIONS)).reason).toBe("is refused: its elements are nested more than 1,000 deep, the most Telaah reads");
    const codes = (depth: number) =>
      `<Project ${NS}><CodeBook><Codes>${Array.from({ length: depth }, (_, i) => `<Code guid="c${i}" name="C${i}" isCodable="true">`).join("")}${"</Code>".repeat(depth)}</Codes></CodeBook></Project>`;
    expect(reasonFor(withQde(codes(257)))).toBe("is refused: its codes are nested more than 256 deep, the most Telaah reads");
    expect(importQdpx("ok.qdpx", withQde(codes(256)), OPTIONS).content.codes).toHaveLength(256);
  });

  it("refuses an attribute or a text longer than 10,000,000 characters", () => {
    const long = "x".repeat(10_000_001);
    expect(problemOf(() => importQde("long.qde", utf8(`<Project ${NS} name="${long}"/>`), OPTIONS)).reason).toBe(
      "is refused: the attribute name of <Project> in it is longer than 10,000,000 characters, the most Telaah reads in one text",
    );
    const inline = `<Project ${NS}><Sources><TextSource guid="t" name="T"><PlainTextContent>${long}</PlainTextContent></TextSource></Sources></Project>`;
    expect(problemOf(() => importQde("long.qde", utf8(inline), OPTIONS)).reason).toMatch(/^is refused: a text in it is longer than 10,000,000 characters/);
  });

  it("drops control characters from names", () => {
    const named = GOOD.replace('name="A"', 'name="Tr&#x1;ust&#x9;me"').replace('name="T"', 'name="T&#x7F;x"').replace(`<Project ${NS}`, `<?xml version="1.1"?><Project ${NS}`);
    const { content } = importQdpx("names.qdpx", withQde(named), OPTIONS);
    expect(content.codes.map((code) => code.name)).toEqual(["Trust me"]);
    expect(content.documents.map((document) => document.name)).toEqual(["Tx"]);
  });

  it("refuses a file that is not a REFI-QDA project", () => {
    expect(reasonFor(withQde(`<CodeBook ${NS}/>`))).toMatch(/root element is <CodeBook>, expected <Project>/);
  });

  it("refuses references to missing codes, sources, selections, variables and texts", () => {
    const cases: [string, RegExp][] = [
      [GOOD.replace('targetGUID="a"', 'targetGUID="nope"'), /code that does not exist \(nope\)/],
      [GOOD.replace("internal://t.txt", "internal://missing.txt"), /lacks the text of source "T" \(internal:\/\/missing\.txt\)/],
      [GOOD.replace("</Project>", `<Cases><Case guid="k" name="K"><SourceRef targetGUID="gone"/></Case></Cases></Project>`), /links case "K" to a source that does not exist \(gone\)/],
      [GOOD.replace("</Project>", `<Cases><Case guid="k" name="K"><SelectionRef targetGUID="gone"/></Case></Cases></Project>`), /links case "K" to a selection that does not exist/],
      [GOOD.replace("</Project>", `<Cases><Case guid="k" name="K"><VariableValue><VariableRef targetGUID="v"/><TextValue>x</TextValue></VariableValue></Case></Cases></Project>`), /variable that does not exist \(v\)/],
      [GOOD.replace('startPosition="0"', 'startPosition="-1"'), /without valid start and end positions/],
      [GOOD.replace('endPosition="3"', 'endPosition="99"'), /at 0–99, outside "T" \(6 characters long\)/],
    ];
    for (const [qde, reason] of cases) expect(reasonFor(withQde(qde))).toMatch(reason);
  });
});
