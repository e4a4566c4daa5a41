import { describe, expect, it } from "vitest";
import { canonicalizeText, countWords, isBlank } from "../../../src/core/text/canonical";
import { seededRandom } from "../../support/random";

describe("canonicalizeText", () => {
  it("strips a leading BOM only", () => {
    expect(canonicalizeText("\ufeffHalo")).toBe("Halo");
    expect(canonicalizeText("Ha\ufefflo")).toBe("Ha\ufefflo");
  });
  it("turns CRLF and lone CR into LF", () => {
    expect(canonicalizeText("a\r\nb\rc\nd\r\n\r\n")).toBe("a\nb\nc\nd\n\n");
  });
  it("keeps everything else as written: no normalization, no trimming", () => {
    const decomposed = "  Cafe\u0301\t\u00a0 ";
    expect(canonicalizeText(decomposed)).toBe(decomposed);
    expect(canonicalizeText(decomposed).normalize("NFC")).not.toBe(decomposed);
  });
  it("keeps right-to-left text and emoji untouched", () => {
    expect(canonicalizeText("שלום 😀\r\nمرحبا")).toBe("שלום 😀\nمرحبا");
  });
});

describe("isBlank and countWords", () => {
  it("recognises blank text", () => {
    expect(isBlank(" \n\t ")).toBe(true);
    expect(isBlank(" x ")).toBe(false);
  });
  it("counts words over normalized text", () => {
    expect(countWords("Informan A: saya setuju, pelayanan-publik 2021!")).toBe(6);
    expect(countWords("Cafe\u0301 au lait")).toBe(3);
    expect(countWords("שלום עולם 😀")).toBe(2);
    expect(countWords("")).toBe(0);
  });
  it("counts as the regular expression of a word does, over random texts", () => {
    const random = seededRandom(11);
    const pieces = ["a", "Z", "9", "é", "e\u0301", "\u0301", "'", "’", "_", "-", " ", "\n", ",", "😀", "𝐀", "ש", "\uD800", "٣", "!", "--"];
    // Brute force: every match of the definition, over the NFC form.
    const byRegex = (text: string) => text.normalize("NFC").match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu)?.length ?? 0;
    for (let trial = 0; trial < 500; trial++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});
