// Producer offsets mapped onto canonical code points: hand-checked cases, and a seeded random test
// against a reference that splits the raw text into canonical characters first and adds up what
// each one counts for the producer.
import { describe, expect, it } from "vitest";
import { canonicalizeText } from "../../../src/core/text/canonical";
import { ProducerOffsetMap, ProducerPositions, type OffsetConvention } from "../../../src/core/text/producerOffsets";
import { seededRandom } from "../../support/random";

const NVIVO: OffsetConvention = { unit: "utf16", crlfCountsAs: 2 };
const ATLAS: OffsetConvention = { unit: "codePoint", crlfCountsAs: 1 };
const STANDARD: OffsetConvention = { unit: "codePoint", crlfCountsAs: 2 };

/** Per canonical character, how many positions the producer counts for it. */
function reference(raw: string, convention: OffsetConvention): { starts: Map<number, number>; ends: Map<number, number>; length: number } {
  const widths: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw.startsWith("\r\n", i)) {
      widths.push(convention.crlfCountsAs);
      i += 2;
    } else {
      const char = String.fromCodePoint(raw.codePointAt(i)!);
      widths.push(convention.unit === "utf16" ? char.length : 1);
      i += char.length;
    }
  }
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let position = 0;
  widths.forEach((width, character) => {
    for (let k = 0; k < width; k++) {
      starts.set(position + k, character);
      ends.set(position + k, k === 0 ? character : character + 1);
    }
    position += width;
  });
  starts.set(position, widths.length);
  ends.set(position, widths.length);
  return { starts, ends, length: position };
}

describe("ProducerOffsetMap", () => {
  const raw = "A😀\r\nb\u0301 مرحبا\re\n";
  const canonical = canonicalizeText(raw);

  it("reads NVivo's UTF-16 units with CRLF as two", () => {
    const map = new ProducerOffsetMap(raw, NVIVO);
    expect(map.length).toBe(raw.length);
    const at = raw.indexOf("b");
    expect(map.start(at)).toBe(Array.from(canonical.slice(0, canonical.indexOf("b"))).length);
    // Inside the emoji: a start rounds down to it, an end up past it.
    expect(map.start(2)).toBe(1);
    expect(map.end(2)).toBe(2);
    // Between CR and LF.
    expect(map.start(4)).toBe(2);
    expect(map.end(4)).toBe(3);
    expect(map.start(raw.length + 1)).toBeNull();
    expect(map.end(-1)).toBeNull();
  });

  it("reads ATLAS.ti's code points with CRLF as one", () => {
    const map = new ProducerOffsetMap(raw, ATLAS);
    expect(map.length).toBe(Array.from(canonical).length);
    for (let i = 0; i <= map.length; i++) expect([map.start(i), map.end(i)]).toEqual([i, i]);
  });

  it("agrees with the reference on random texts, for every convention", () => {
    const random = seededRandom(20261128);
    const pieces = ["a", "Z", " ", "\r\n", "\n", "\r", "😀", "👩🏽", "e\u0301", "ب", "\u200f", "\ud800"];
    for (let round = 0; round < 300; round++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      for (const convention of [NVIVO, ATLAS, STANDARD]) {
        const map = new ProducerOffsetMap(text, convention);
        const expected = reference(text, convention);
        expect(map.length).toBe(expected.length);
        for (let p = -1; p <= expected.length + 1; p++) {
          expect(map.start(p)).toBe(expected.starts.get(p) ?? null);
          expect(map.end(p)).toBe(expected.ends.get(p) ?? null);
        }
      }
    }
  });
});

describe("ProducerPositions: canonical offsets as a tool counts them, and back", () => {
  // Emoji (one astral, one with a skin tone, one ZWJ sequence), combining marks, CRLF, Arabic.
  const RAW = "I: Halo 😀 semua\r\nR: Cafe\u0301 👍🏽 ya\r\n👩🏽‍💻 n\u0303o مرحبا\r\n";
  const canonical = canonicalizeText(RAW);
  const points = Array.from(canonical);

  it("gives every offset of a text with emoji, combining marks and CRLF in UTF-16 units, and the map brings each one back", () => {
    const positions = new ProducerPositions(canonical, NVIVO, "\r\n");
    const map = new ProducerOffsetMap(RAW, NVIVO);
    for (let offset = 0; offset <= points.length; offset++) {
      // UTF-16 units of the raw text before this character, counted by JavaScript's own string length.
      const expected = points.slice(0, offset).join("").replace(/\n/g, "\r\n").length;
      expect(positions.position(offset), `offset ${offset}`).toBe(expected);
      expect(map.start(expected)).toBe(offset);
      expect(map.end(expected)).toBe(offset);
    }
  });

  it("over the LF text as Telaah writes it, counts UTF-16 units with one per line break", () => {
    const positions = new ProducerPositions(canonical, NVIVO);
    for (let offset = 0; offset <= points.length; offset++) expect(positions.position(offset)).toBe(points.slice(0, offset).join("").length);
  });

  it("counts code points with a CRLF as one for ATLAS.ti and MAXQDA, and leaves the standard's offsets as they are", () => {
    for (const lineBreak of ["\n", "\r\n"] as const) {
      const atlas = new ProducerPositions(canonical, ATLAS, lineBreak);
      const standard = new ProducerPositions(canonical, STANDARD, "\n");
      const written = lineBreak === "\n" ? canonical : RAW;
      const map = new ProducerOffsetMap(written, ATLAS);
      for (let offset = 0; offset <= points.length; offset++) {
        expect(atlas.position(offset)).toBe(offset);
        expect(standard.position(offset)).toBe(offset);
        expect(map.start(offset)).toBe(offset);
      }
    }
  });

  it("counts a CRLF as two in code points when the text is written with them for the standard", () => {
    const positions = new ProducerPositions(canonical, STANDARD, "\r\n");
    for (let offset = 0; offset <= points.length; offset++) {
      expect(positions.position(offset)).toBe(Array.from(points.slice(0, offset).join("").replace(/\n/g, "\r\n")).length);
    }
  });
});
