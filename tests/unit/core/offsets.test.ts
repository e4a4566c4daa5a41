import { describe, expect, it } from "vitest";
import { codePointLength, OffsetIndex, offsetIndexOf, sliceCodePoints } from "../../../src/core/text/offsets";

// Expected values are counted by hand from the literal strings below.
const EMOJI = "a😀b👍🏽c"; // a, U+1F600, b, U+1F44D, U+1F3FD, c: 6 code points, 9 UTF-16 units
const COMBINING = "e\u0301te\u0301"; // e, U+0301, t, e, U+0301: 5 code points, 5 units
const RTL = "سلام 🙂 שלום"; // 4 Arabic + space + emoji + space + 4 Hebrew = 11 code points, 12 units

describe("codePointLength", () => {
  it("counts astral characters once", () => {
    expect(codePointLength(EMOJI)).toBe(6);
    expect(EMOJI.length).toBe(9);
  });
  it("counts combining marks as their own code points", () => {
    expect(codePointLength(COMBINING)).toBe(5);
  });
  it("counts right-to-left text in logical order", () => {
    expect(codePointLength(RTL)).toBe(11);
    expect(RTL.length).toBe(12);
  });
  it("counts a lone surrogate as one", () => {
    expect(codePointLength("a\ud800b")).toBe(3);
  });
});

describe("OffsetIndex", () => {
  it("maps code points to UTF-16 units across emoji", () => {
    const index = new OffsetIndex(EMOJI);
    expect([0, 1, 2, 3, 4, 5, 6].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4, 6, 8, 9]);
  });
  it("maps UTF-16 units back, snapping the middle of a pair to the character's start", () => {
    const index = new OffsetIndex(EMOJI);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => index.toCodePoint(u))).toEqual([0, 1, 1, 2, 3, 3, 4, 4, 5, 6]);
  });
  it("is the identity without astral characters", () => {
    const index = new OffsetIndex(COMBINING);
    for (let i = 0; i <= 5; i++) {
      expect(index.toUtf16(i)).toBe(i);
      expect(index.toCodePoint(i)).toBe(i);
    }
  });
  it("agrees with Array.from on every offset of a mixed text", () => {
    const text = `${RTL}\n${EMOJI} ${COMBINING} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢`;
    const chars = Array.from(text);
    const index = new OffsetIndex(text);
    let utf16 = 0;
    for (let cp = 0; cp <= chars.length; cp++) {
      expect(index.toUtf16(cp)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(cp);
      utf16 += chars[cp]?.length ?? 0;
    }
    expect(index.codePointLength).toBe(chars.length);
  });
  it("rejects offsets outside the text", () => {
    const index = new OffsetIndex(EMOJI);
    expect(() => index.toUtf16(7)).toThrow(RangeError);
    expect(() => index.toUtf16(-1)).toThrow(RangeError);
    expect(() => index.toCodePoint(10)).toThrow(RangeError);
    expect(() => index.toUtf16(1.5)).toThrow(RangeError);
  });
});

describe("sliceCodePoints", () => {
  it("slices by code points", () => {
    expect(sliceCodePoints(EMOJI, 1, 3)).toBe("😀b");
    expect(sliceCodePoints(EMOJI, 3, 5)).toBe("👍🏽");
    expect(sliceCodePoints(RTL, 5, 6)).toBe("🙂");
    expect(sliceCodePoints(RTL, 7, 11)).toBe("שלום");
    expect(sliceCodePoints(COMBINING, 0, 2)).toBe("e\u0301");
  });
});

describe("offsetIndexOf", () => {
  it("answers as a new index of the same text would, whichever text was asked about before", () => {
    const texts = ["a😀b\n😀", "plain", "a😀b\n😀", "", "😀😀😀"];
    for (const text of texts) {
      const kept = offsetIndexOf(text);
      const fresh = new OffsetIndex(text);
      expect(kept.codePointLength).toBe(fresh.codePointLength);
      expect(codePointLength(text)).toBe(fresh.codePointLength);
      for (let cp = 0; cp <= fresh.codePointLength; cp++) expect(kept.toUtf16(cp)).toBe(fresh.toUtf16(cp));
    }
    // A text equal to the kept one but built apart is answered from the same index.
    const built = ["a😀b", "\n😀"].join("");
    expect(offsetIndexOf("a😀b\n😀")).toBe(offsetIndexOf(built));
  });
});
