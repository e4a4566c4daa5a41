// Producer offsets mapped onto canonical code points: hand-checked cases, and a seeded random test
// against a reference that splits the raw text into canonical characters first and adds up what
// each one counts for the producer.
import { describe, expect, it } from "vitest";
import { canonicalizeText } from "../../../src/core/text/canonical";
import { ProducerOffsetMap, type OffsetConvention } from "../../../src/core/text/producerOffsets";
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
