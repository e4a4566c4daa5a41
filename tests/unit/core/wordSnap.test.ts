// Snapping selections to whole words and naming in-vivo codes. Offsets are code points, counted by
// hand from the literal strings.
import { describe, expect, it } from "vitest";
import { inVivoName, snapToWords } from "../../../src/core/text/wordSnap";
import { seededRandom } from "../../support/random";

const INDONESIAN = "Selama ini jarak antara aparatur itu disekat-sekat, tetapi dengan adanya media sosial";
// B0 a1 g2 u3 s4, space 5, 👍 6 🏽 7, space 8, sekali 9–14, comma 15, space 16, K17 a18 f19 e20 U+0301 21, space 22, enak 23–26, full stop 27
const MIXED = "Bagus 👍🏽 sekali, Kafe\u0301 enak.";
// שָׁלוֹם is 7 code points (4 letters, 3 marks) at 0–6, space 7, עוֹלָם 8–13, comma 14, …
const HEBREW = "שָׁלוֹם עוֹלָם, מה שלומך?";

describe("snapToWords", () => {
  it("grows a selection to the Indonesian words it touches", () => {
    expect(snapToWords(INDONESIAN, 4, 13)).toEqual({ start: 0, end: 16 }); // "ma ini ja" → "Selama ini jarak"
  });

  it("keeps a hyphenated word's parts as the segmenter splits them, and trailing punctuation selected", () => {
    expect(snapToWords(INDONESIAN, 39, 46)).toEqual({ start: 37, end: 50 }); // "sekat-s" → "disekat-sekat"
    expect(snapToWords(INDONESIAN, 37, 51)).toEqual({ start: 37, end: 51 }); // "disekat-sekat,"
  });

  it("trims white space at both ends", () => {
    expect(snapToWords(INDONESIAN, 6, 11)).toEqual({ start: 7, end: 10 }); // " ini " → "ini"
    expect(snapToWords(MIXED, 8, 17)).toEqual({ start: 9, end: 16 }); // " sekali, " → "sekali,"
  });

  it("leaves a range of only spaces or punctuation, or an empty one, as it is", () => {
    expect(snapToWords(MIXED, 15, 17)).toEqual({ start: 15, end: 17 });
    expect(snapToWords(INDONESIAN, 3, 3)).toEqual({ start: 3, end: 3 });
  });

  it("never splits an emoji with a skin-tone modifier", () => {
    expect(snapToWords(MIXED, 7, 8)).toEqual({ start: 6, end: 8 }); // the modifier alone → 👍🏽
    expect(snapToWords(MIXED, 0, 7)).toEqual({ start: 0, end: 8 }); // "Bagus 👍" → "Bagus 👍🏽"
  });

  it("never separates a combining mark from its letter", () => {
    expect(snapToWords(MIXED, 18, 21)).toEqual({ start: 17, end: 22 }); // "afe" → "Kafe\u0301"
    expect(snapToWords(MIXED, 21, 22)).toEqual({ start: 17, end: 22 }); // the accent alone
    expect(snapToWords(MIXED, 10, 20)).toEqual({ start: 9, end: 22 }); // "ekali, Kaf" → "sekali, Kafe\u0301"
  });

  it("grows a selection inside pointed Hebrew to whole words", () => {
    expect(snapToWords(HEBREW, 2, 10)).toEqual({ start: 0, end: 14 });
  });
});

describe("inVivoName", () => {
  it("collapses white space and drops surrounding quotes and punctuation", () => {
    const text = "  “Paling   tidak\nkita”, ";
    expect(inVivoName(text, 0, 25)).toBe("Paling tidak kita");
  });

  it("keeps emoji, combining marks and Hebrew", () => {
    expect(inVivoName(MIXED, 0, 28)).toBe("Bagus 👍🏽 sekali, Kafe\u0301 enak");
    expect(inVivoName("«שָׁלוֹם עוֹלָם»", 0, 16)).toBe("שָׁלוֹם עוֹלָם");
  });

  it("keeps a name of exactly 60 code points whole, and cuts one of 61", () => {
    const sixty = "Pelayanan publik berbasis media sosial di Provinsi Banten ya"; // 52 letters and 8 spaces
    expect(inVivoName(`"${sixty}"`, 0, 62)).toBe(sixty);
    expect(inVivoName(`"${sixty}h"`, 0, 63)).toBe("Pelayanan publik berbasis media sosial di Provinsi Banten…");
  });

  it("cuts a long selection at a word boundary, with the ellipsis, in at most 60 code points", () => {
    const text = "Paling tidak kita sebagai masyarakat bisa dengan mudah dan cepat untuk menanyakan apapun.";
    const name = inVivoName(text, 0, 89);
    expect(name).toBe("Paling tidak kita sebagai masyarakat bisa dengan mudah dan…"); // 58 + 1
  });

  it("drops punctuation left at the cut", () => {
    const text = "Paling tidak kita sebagai masyarakat, bisa dengan mudah dan, cepat untuk menanyakan apapun.";
    expect(inVivoName(text, 0, 91)).toBe("Paling tidak kita sebagai masyarakat, bisa dengan mudah dan…");
  });

  it("cuts one overlong word between graphemes, never inside an emoji", () => {
    expect(inVivoName("x".repeat(80), 0, 80)).toBe("x".repeat(59) + "…");
    expect(inVivoName("👍🏽".repeat(40), 0, 80)).toBe("👍🏽".repeat(29) + "…");
  });
});

describe("snapToWords over a long text of many lines", () => {
  it("snaps as segmenting the whole text would, for random selections", () => {
    const random = seededRandom(5);
    const pieces = ["Pewawancara:", "jarak", "antara", "aparatur", "👍🏽", "Kafe\u0301", "disekat-sekat,", "עוֹלָם", "\n", "\n\n", " ", "  "];
    const text = Array.from({ length: 3000 }, () => pieces[Math.floor(random() * pieces.length)]).join(" ");
    const points = Array.from(text);
    // Brute force: the words of the whole text, by the same segmenter, in code points.
    const whole = new Intl.Segmenter(undefined, { granularity: "word" });
    const cp = (utf16: number) => Array.from(text.slice(0, utf16)).length;
    const spans = [...whole.segment(text)].map((s) => ({ start: cp(s.index), end: cp(s.index + s.segment.length) }));
    for (let trial = 0; trial < 300; trial++) {
      const start = Math.floor(random() * (points.length - 40));
      const end = start + 1 + Math.floor(random() * 40);
      const chosen = points.slice(start, end).join("");
      const snapped = snapToWords(text, start, end);
      if (/^[\s\p{P}]*$/u.test(chosen)) {
        expect(snapped).toEqual({ start, end });
        continue;
      }
      let from = start;
      let to = end;
      while (/\s/u.test(points[from]!)) from++;
      while (/\s/u.test(points[to - 1]!)) to--;
      const first = spans.find((s) => s.start <= from && from < s.end)!;
      const last = spans.find((s) => s.start <= to - 1 && to - 1 < s.end)!;
      expect(snapped, `${start}–${end}`).toEqual({ start: first.start, end: last.end });
    }
  });
});
