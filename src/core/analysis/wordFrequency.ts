// Word frequency: words are Unicode word segments (Intl.Segmenter, word-like, with at least one
// letter), lowercased; stop words and words shorter than a minimum length are left out. Counted over
// whole texts or only inside given ranges (a code's passages), with the number of documents each
// word is in. Sorted by count, then by word.
import type { TextRange } from "./ranges";
import { OffsetIndex } from "../text/offsets";

export interface WordCount {
  word: string;
  count: number;
  documents: number;
}

export interface WordSource {
  documentId: string;
  text: string;
  /** Only words lying wholly inside these sorted, disjoint ranges (code points) count; all when absent. */
  ranges?: readonly TextRange[];
}

export interface WordOptions {
  /** Lowercased words to leave out. */
  stopwords?: ReadonlySet<string>;
  /** The shortest word that counts, in code points. */
  minLength?: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
const LETTER = /\p{L}/u;

/**
 * The counted words of one text, in order, lowercased, with their UTF-16 ranges. Segmented line by
 * line: a word always ends at a line feed (UAX #29, WB3a and WB3b), so the words are the same, and
 * the segmenter's time grows with the length of the string it is given faster than linearly (a
 * 60,000-character line takes some 25 times as long as the same text in lines).
 */
export function* wordsOf(text: string): Generator<{ word: string; start: number; end: number }> {
  for (let lineStart = 0; lineStart < text.length; ) {
    const feed = text.indexOf("\n", lineStart);
    const lineEnd = feed === -1 ? text.length : feed + 1;
    for (const segment of segmenter.segment(text.slice(lineStart, lineEnd))) {
      if (segment.isWordLike && LETTER.test(segment.segment)) {
        const start = lineStart + segment.index;
        yield { word: segment.segment.toLowerCase(), start, end: start + segment.segment.length };
      }
    }
    lineStart = lineEnd;
  }
}

export function wordFrequency(sources: readonly WordSource[], options: WordOptions = {}): WordCount[] {
  const stopwords = options.stopwords ?? new Set<string>();
  const minLength = options.minLength ?? 1;
  const counts = new Map<string, { count: number; documents: number; lastDocument: string }>();
  for (const source of sources) {
    const inScope = source.ranges ? scopeTest(source.text, source.ranges) : null;
    for (const { word, start, end } of wordsOf(source.text)) {
      if (stopwords.has(word) || shorterThan(word, minLength)) continue;
      if (inScope && !inScope(start, end)) continue;
      const entry = counts.get(word);
      if (!entry) counts.set(word, { count: 1, documents: 1, lastDocument: source.documentId });
      else {
        entry.count++;
        if (entry.lastDocument !== source.documentId) {
          entry.documents++;
          entry.lastDocument = source.documentId;
        }
      }
    }
  }
  return [...counts]
    .map(([word, { count, documents }]) => ({ word, count, documents }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** Whether the word has fewer code points than `length` (counted only when UTF-16 cannot tell). */
function shorterThan(word: string, length: number): boolean {
  if (word.length < length) return true;
  return word.length < 2 * length && Array.from(word).length < length;
}

/** Whether a word's UTF-16 range lies inside one of the ranges; words come in order of start. */
function scopeTest(text: string, ranges: readonly TextRange[]): (start: number, end: number) => boolean {
  const index = new OffsetIndex(text);
  const utf16 = ranges.map((r) => ({ start: index.toUtf16(r.start), end: index.toUtf16(r.end) }));
  let at = 0;
  return (start, end) => {
    while (at < utf16.length && utf16[at]!.end <= start) at++;
    const range = utf16[at];
    return range !== undefined && range.start <= start && end <= range.end;
  };
}
