// Explore in Node, on the same core code the search worker and the view run: building the search
// index over 300 transcripts × 60,000 characters (Zipf-distributed words from a vocabulary of 20,000,
// with Indonesian-like syllables), one search through it, word frequency over the project, and an
// AND query over 100,000 codings (the counting benchmark's project with these texts).
import { performance } from "node:perf_hooks";
import { parseQuery } from "../../src/core/analysis/query/queryParser";
import { runQuery } from "../../src/core/analysis/query/runQuery";
import { wordFrequency } from "../../src/core/analysis/wordFrequency";
import { SearchIndex } from "../../src/core/text/searchIndex";
import { stopwordSet } from "../../src/formats/stopwords";
import { CODINGS, DOCUMENTS, medianTime, mulberry32, syntheticProject } from "./analysis";
import type { Figure } from "./harness";

export const EXPLORE_TITLE = "Explore: search index, word frequency, coding query (Node, on the core)";
const LENGTH = 60_000;
const VOCABULARY = 20_000;

/** Texts of exactly LENGTH characters, words drawn by Zipf's law, sentences and paragraphs between. */
function zipfTexts(seed: number): string[] {
  const next = mulberry32(seed);
  const syllables = ["ka", "pe", "la", "ya", "nan", "pu", "blik", "me", "di", "so", "si", "al", "ak", "un", "ad", "min", "war", "ga", "de", "sa", "in", "for", "ma", "ce", "pat", "lam", "bat", "ko", "ten", "ng"];
  const words = Array.from({ length: VOCABULARY }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(""));
  const weights = words.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const draw = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
  return Array.from({ length: DOCUMENTS }, () => {
    const parts: string[] = [];
    let length = 0;
    while (length < LENGTH) {
      const word = draw();
      const roll = next();
      const piece = roll < 0.01 ? `${word}.\n\n` : roll < 0.06 ? `${word}. ` : `${word} `;
      parts.push(piece);
      length += piece.length;
    }
    return parts.join("").slice(0, LENGTH);
  });
}

export async function benchExplore(): Promise<Figure[]> {
  const project = syntheticProject(20240601, LENGTH);
  const texts = zipfTexts(7);
  const documents = project.documents.map((d, i) => ({ ...d, text: texts[i]! }));
  const size = `${DOCUMENTS} documents × ${LENGTH.toLocaleString("en-US")} characters`;

  const step = (what: string) => process.stderr.write(`explore bench: ${what}\n`);
  step("texts made");
  const index = new SearchIndex();
  const started = performance.now();
  index.sync(documents);
  const build = performance.now() - started;
  step(`index built in ${build.toFixed(0)} ms`);
  const queries = ["kapela", "pelayanan publik", "blikme", "Admin"];
  const search = medianTime(() => queries.forEach((q) => index.search(q))) / queries.length;

  step(`searched in ${search.toFixed(1)} ms`);
  const stopwords = stopwordSet(["id", "en"]);
  const words = medianTime(() => wordFrequency(documents.map((d) => ({ documentId: d.id, text: d.text })), { stopwords, minLength: 3 }), 1);

  step(`words counted in ${words.toFixed(0)} ms`);
  const input = { codes: project.codes, codings: project.codings, documents };
  const query = parseQuery('"Code 3" AND "Code 7"');
  const and = medianTime(() => runQuery(input, query));

  return [
    { name: "Build the search index", value: build, unit: "ms", target: "< 3 s", note: `Node, one build; ${size}; the search worker runs the same code` },
    { name: "One search through the index", value: search, unit: "ms", target: "< 50 ms", note: `Node, median of 5, mean of ${queries.length} queries (a word, a phrase, word middles, a capitalized word); hits found and placed on the texts` },
    { name: "Word frequency over the project", value: words, unit: "ms", target: "< 1 s", note: `Node, one run after a warm-up; Indonesian and English stop words, words of 3 or more characters; ${size}` },
    { name: "AND query of two codes (with sub-codes)", value: and, unit: "ms", target: "< 100 ms", note: `Node, median of 5; ${CODINGS.toLocaleString("en-US")} codings over ${size}` },
  ];
}
