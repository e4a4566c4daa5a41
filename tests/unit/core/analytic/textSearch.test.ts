// Text search: offsets in code points with emoji and combining marks before the hit, case and
// whole-word options, checked against a brute force over the code points written here.
import { describe, expect, it } from "vitest";
import { searchDocuments, type SearchOptions } from "../../../../src/core/text/textSearch";
import { seededRandom } from "../../../support/random";

/** Every non-overlapping occurrence, left to right, found by comparing code-point slices. */
function brute(text: string, query: string, caseSensitive: boolean, wholeWord: boolean) {
  const points = Array.from(text);
  const wanted = Array.from(query);
  const fold = (s: string) => (caseSensitive ? s : s.toLowerCase());
  const isWordChar = (p: string | undefined) => p !== undefined && /[\p{L}\p{M}\p{N}_]/u.test(p);
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i + wanted.length <= points.length; ) {
    const same = wanted.every((w, k) => fold(points[i + k]!) === fold(w));
    const bounded = !wholeWord || (!isWordChar(points[i - 1]) && !isWordChar(points[i + wanted.length]));
    if (same && bounded) {
      hits.push({ start: i, end: i + wanted.length });
      i += wanted.length;
    } else i++;
  }
  return hits;
}

/** The hits' offsets in one text. */
function findInText(text: string, query: string, options?: SearchOptions) {
  return searchDocuments([{ id: "d", name: "d", text }], query, options).map(({ start, end }) => ({ start, end }));
}

describe("text search", () => {
  it("gives code-point offsets after emoji and combining marks", () => {
    const text = "😀 Kantor cafe\u0301 👩🏽 KOMPETENSI aparatur; kompetensinya kurang.";
    const hits = findInText(text, "kompetensi");
    expect(hits).toEqual(brute(text, "kompetensi", false, false));
    expect(hits).toHaveLength(2);
    expect(Array.from(text).slice(hits[0]!.start, hits[0]!.end).join("")).toBe("KOMPETENSI");
    expect(findInText(text, "kompetensi", { wholeWord: true })).toEqual([hits[0]]);
    expect(findInText(text, "kompetensi", { caseSensitive: true })).toEqual([hits[1]]);
    expect(findInText(text, "cafe\u0301")).toEqual(brute(text, "cafe\u0301", false, false));
    // "cafe" followed by a combining accent is not the whole word "cafe".
    expect(findInText(text, "cafe", { wholeWord: true })).toEqual([]);
    expect(findInText(text, "   ")).toEqual([]);
    // Characters that mean something in a pattern are searched as written.
    expect(findInText("e-mail (cc) a/b", "-")).toEqual([{ start: 1, end: 2 }]);
    expect(findInText("e-mail (cc) a/b", "(cc) a/")).toEqual([{ start: 7, end: 14 }]);
  });

  it("matches a brute force on seeded random texts, with every option", () => {
    const random = seededRandom(11);
    const alphabet = ["a", "A", "b", "😀", " ", "e\u0301", "ñ", "\n", "ab", "Ab", ".", "_", "1"];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const query = Array.from({ length: 1 + Math.floor(random() * 3) }, () => alphabet[Math.floor(random() * 6)]).join("");
      if (query.trim() === "") continue;
      for (const caseSensitive of [false, true]) {
        for (const wholeWord of [false, true]) {
          expect(findInText(text, query, { caseSensitive, wholeWord }), JSON.stringify({ text, query, caseSensitive, wholeWord })).toEqual(brute(text, query, caseSensitive, wholeWord));
        }
      }
    }
  });

  it("lists hits in document order, then by start, with the text and its context", () => {
    const documents = [
      { id: "2", name: "Kedua", text: "Admin lambat. admin?" },
      { id: "1", name: "Pertama", text: "🙂 admin" },
    ];
    const hits = searchDocuments(documents, "admin");
    expect(hits.map((h) => [h.document, h.start, h.end, h.text])).toEqual([
      ["Kedua", 0, 5, "Admin"],
      ["Kedua", 14, 19, "admin"],
      ["Pertama", 2, 7, "admin"],
    ]);
    expect(hits[1]!.before).toBe("Admin lambat. ");
    expect(hits[1]!.after).toBe("?");
  });
});
