// The search index against the scan: on seeded random projects with emoji, combining marks and
// letters whose case folds unusually (ß ẞ, ς σ Σ, K and the Kelvin sign, ſ, İ ı), the index's hits
// are the scan's, and so a brute force's, for every option; still so after documents are added,
// edited, renamed and removed.
import { describe, expect, it } from "vitest";
import { SearchIndex, type SearchableDocument } from "../../../../src/core/text/searchIndex";
import { searchDocuments, type SearchOptions } from "../../../../src/core/text/textSearch";
import { seededRandom } from "../../../support/random";

const ALPHABET = ["a", "A", "b", "😀", " ", "e\u0301", "\u0301", "ñ", "\n", "ab", "Ab", ".", "_", "1", "ß", "ẞ", "ς", "Σ", "σ", "K", "\u212a", "k", "ſ", "s", "İ", "ı", "i", "-"];
const OPTIONS: SearchOptions[] = [{}, { caseSensitive: true }, { wholeWord: true }, { caseSensitive: true, wholeWord: true }];

const patterns = new Map<string, RegExp>();
/** A pattern matching the one code point case-insensitively (simple case folding, as the u and i flags give). */
function caseless(point: string): RegExp {
  let pattern = patterns.get(point);
  if (!pattern) patterns.set(point, (pattern = new RegExp(`^${point.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "iu")));
  return pattern;
}

/** Every non-overlapping occurrence, left to right, by comparing code points under simple case folding. */
function brute(text: string, query: string, { caseSensitive = false, wholeWord = false }: SearchOptions) {
  const points = Array.from(text);
  const wanted = Array.from(query);
  const same = (a: string, b: string) => a === b || (!caseSensitive && caseless(b).test(a));
  const isWordChar = (p: string | undefined) => p !== undefined && /[\p{L}\p{M}\p{N}_]/u.test(p);
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i + wanted.length <= points.length; ) {
    const match = wanted.every((w, k) => same(points[i + k]!, w));
    const bounded = !wholeWord || (!isWordChar(points[i - 1]) && !isWordChar(points[i + wanted.length]));
    if (match && bounded) {
      hits.push({ start: i, end: i + wanted.length });
      i += wanted.length;
    } else i++;
  }
  return hits;
}

function randomText(random: () => number, length: number, pieces = ALPHABET): string {
  return Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join("");
}

function expectSameHits(index: SearchIndex, documents: SearchableDocument[], query: string, label: string) {
  for (const options of OPTIONS) {
    const hits = index.search(query, options);
    const scanned = searchDocuments(documents, query, options);
    expect(hits, `${label} ${JSON.stringify({ query, options })}`).toEqual(scanned);
    const expected = documents.flatMap((d) => brute(d.text, query, options).map((h) => ({ documentId: d.id, ...h })));
    expect(hits.map((h) => ({ documentId: h.documentId, start: h.start, end: h.end }))).toEqual(expected);
  }
}

describe("search index", () => {
  it("finds the scan's hits on random texts, for every option", () => {
    const random = seededRandom(2026);
    for (let round = 0; round < 60; round++) {
      const documents = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => ({ id: `d${i}`, name: `Doc ${i}`, text: randomText(random, 60) }));
      const index = new SearchIndex();
      index.sync(documents);
      for (let q = 0; q < 8; q++) {
        // Queries drawn from the texts themselves (so that they hit), and at random.
        const source = documents[Math.floor(random() * documents.length)]!.text;
        const from = Math.floor(random() * source.length);
        const query = random() < 0.6 ? source.slice(from, from + 1 + Math.floor(random() * 6)) : randomText(random, 1 + Math.floor(random() * 3));
        if (query.trim() === "" || /[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(query)) continue;
        expectSameHits(index, documents, query, `round ${round}`);
      }
    }
  });

  it("stays exact as documents are added, edited, renamed and removed", () => {
    const random = seededRandom(7);
    const words = ["kompetensi", "Kompetensinya", "aparatur", "KOMPETEN", "pelayanan", "😀", "café", "cafe\u0301", " ", ". ", "\n"];
    const index = new SearchIndex();
    let documents: SearchableDocument[] = [];
    for (let step = 0; step < 120; step++) {
      const roll = random();
      if (roll < 0.35 || documents.length === 0) documents = [...documents, { id: `d${step}`, name: `Doc ${step}`, text: randomText(random, 30, words) }];
      else if (roll < 0.6) {
        const at = Math.floor(random() * documents.length);
        documents = documents.map((d, i) => (i === at ? { ...d, text: randomText(random, 30, words) } : d));
      } else if (roll < 0.75) {
        const at = Math.floor(random() * documents.length);
        documents = documents.map((d, i) => (i === at ? { ...d, name: `Renamed ${step}` } : d));
      } else documents = documents.filter((_, i) => i !== Math.floor(random() * documents.length));
      index.sync(documents);
      expect(index.size).toBe(documents.length);
      for (const query of ["kompeten", "KOMPETENSI", "etensi", "etensi apa", "café", "é", "tur pel", "😀"]) expectSameHits(index, documents, query, `step ${step}`);
    }
  });

  it("narrows the search to the documents that hold the terms, and to the documents asked for", () => {
    const index = new SearchIndex();
    const documents = [
      { id: "a", name: "A", text: "Kompetensi aparatur kurang." },
      { id: "b", name: "B", text: "Pelayanan publik lewat media sosial." },
      { id: "c", name: "C", text: "Peningkatan kompetensi, pelayanan." },
    ];
    index.sync(documents);
    expect(index.candidates("kompetensi", { wholeWord: true })).toEqual(new Set(["a", "c"]));
    expect(index.candidates("etensi")).toEqual(new Set(["a", "c"]));
    expect(index.candidates("layan")).toEqual(new Set(["b", "c"]));
    expect(index.candidates("zzz")).toEqual(new Set());
    expect(index.candidates("...")).toBeNull();
    expect(index.search("pelayanan", {}, new Set(["c"])).map((h) => h.documentId)).toEqual(["c"]);
  });
});
