// Word frequency on the Banten demo against counts made here from the transcripts by another
// route (a regular expression for runs of letters, marks and digits), with and without stop words,
// a minimum length, and counting only inside one code's passages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wordFrequency } from "../../../../src/core/analysis/wordFrequency";
import { buildStudyFromFiles } from "../../../../src/formats/studyFiles";
import { readBantenStudyFiles } from "../../../../scripts/bantenStudyFiles";
import { studyRows } from "../../../support/studyReference";

const FOLDER = join(import.meta.dirname, "..", "..", "..", "..", "fixtures", "banten", "transcripts");
const transcripts = readdirSync(FOLDER).filter((f) => f.endsWith(".txt")).sort().map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(FOLDER, f), "utf8") }));

/** Words by a regular expression: runs of letters, marks and digits with at least one letter. */
function regexWords(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu) ?? []).filter((w) => /\p{L}/u.test(w)).map((w) => w.toLowerCase());
}

function tally(texts: { name: string; words: string[] }[]) {
  const counts = new Map<string, { count: number; documents: Set<string> }>();
  for (const { name, words } of texts) {
    for (const word of words) {
      const entry = counts.get(word) ?? { count: 0, documents: new Set<string>() };
      entry.count++;
      entry.documents.add(name);
      counts.set(word, entry);
    }
  }
  return [...counts].map(([word, e]) => ({ word, count: e.count, documents: e.documents.size }));
}
const byWord = (list: { word: string }[]) => [...list].sort((a, b) => (a.word < b.word ? -1 : 1));

describe("word frequency on the Banten demo", () => {
  const study = buildStudyFromFiles(readBantenStudyFiles());
  const sources = study.documents.map((d) => ({ documentId: d.id, text: d.text }));

  it("counts every word as the transcripts have it", () => {
    const expected = tally(transcripts.map((t) => ({ name: t.name, words: regexWords(t.text) })));
    const got = wordFrequency(sources);
    expect(byWord(got)).toEqual(byWord(expected));
    // Sorted by count, then by word.
    for (let i = 1; i < got.length; i++) {
      const [a, b] = [got[i - 1]!, got[i]!];
      expect(a.count > b.count || (a.count === b.count && a.word < b.word)).toBe(true);
    }
  });

  it("leaves out stop words and short words", () => {
    const stopwords = new Set(["yang", "dan", "di"]);
    const expected = tally(transcripts.map((t) => ({ name: t.name, words: regexWords(t.text).filter((w) => !stopwords.has(w) && Array.from(w).length >= 4) })));
    expect(byWord(wordFrequency(sources, { stopwords, minLength: 4 }))).toEqual(byWord(expected));
  });

  it("counts only inside a code's passages when given them", () => {
    const rows = studyRows().filter((r) => r.code === "Respon admin lambat");
    const expected = tally(rows.map((r) => ({ name: r.document, words: regexWords(r.passage) })));
    const code = study.codes.find((c) => c.name === "Respon admin lambat")!;
    const scoped = study.documents.map((d) => ({
      documentId: d.id,
      text: d.text,
      ranges: study.codings.filter((c) => c.documentId === d.id && c.codeId === code.id).map((c) => ({ start: c.start, end: c.end })).sort((a, b) => a.start - b.start),
    }));
    expect(byWord(wordFrequency(scoped))).toEqual(byWord(expected));
  });
});

describe("words found with the segmenter only where it is needed", () => {
  it("are the words of the whole text segmented at once, on random texts of words, punctuation, marks, emoji and other scripts", async () => {
    const { forEachWord } = await import("../../../../src/core/analysis/wordFrequency");
    const wordsOf = (text: string) => {
      const words: { word: string; start: number; end: number }[] = [];
      forEachWord(text, (word, start, end) => words.push({ word, start, end }));
      return words;
    };
    const { seededRandom } = await import("../../../support/random");
    const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
    const random = seededRandom(99);
    const pieces = ["kata", "Admin", " ", "  ", "\n", "\n\n", "\u0301", "e\u0301", "😀", ".", "3", "don't", "\u200d", "ß", ...[..."()[]“”‘’…-/:;,.!?'\"_@#%&*+=<>|~`^$"], "3.14", "1,000", "e.g.", "kita-kita", "dan/atau", "a1", "1a", "\t", "\u00a0", "\u00ad", "\u200b", "🇮🇩", "👍🏽", "שלום", "日本語", "İstanbul", "ǅ", "Ａ", "ｶﾞ"];
    for (let round = 0; round < 3000; round++) {
      const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
      // Tokens of one to three pieces, between spaces and line feeds, as in a transcript.
      const text = Array.from({ length: 12 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(pieces)).join("") + pick([" ", " ", "  ", "\n", ""])).join("");
      const whole = [...segmenter.segment(text)].filter((s) => s.isWordLike && /\p{L}/u.test(s.segment)).map((s) => ({ word: s.segment.toLowerCase(), start: s.index, end: s.index + s.segment.length }));
      expect([...wordsOf(text)], JSON.stringify(text)).toEqual(whole);
    }
  });
});
