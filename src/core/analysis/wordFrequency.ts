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
 * The tokens of a text between spaces and line feeds, each of one kind (UAX #29 always breaks
 * before a space, and after one unless a mark or a joiner follows):
 * 1. ASCII letters, words joined by hyphens or slashes, with punctuation before and after that
 *    never joins a word (not the apostrophe or the colon in the middle): those words, found here;
 * 2. ASCII digits and punctuation only: no word;
 * 3. anything else, handed to `Intl.Segmenter` with the spaces before it (a mark after a space
 *    belongs to the space).
 * The first two are most of any transcript, and finding them without the segmenter is some ten
 * times faster.
 */
const TOKEN = /[("'“‘[]*([A-Za-z]+(?:[-/][A-Za-z]+)*)[.,;:!?)"'”’…\]]*(?![^ \n])|[!-@[-`{-~]+(?![^ \n])|([^ \n]+)/g;

export type WordVisitor = (word: string, start: number, end: number) => void;

/** Calls `visit` with each counted word of a text, in order, lowercased, with its UTF-16 range. */
export function forEachWord(text: string, visit: WordVisitor): void {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const core = match[1];
    if (core !== undefined) {
      let at = match.index + match[0].indexOf(core);
      for (const word of core.includes("-") || core.includes("/") ? core.split(/[-/]/) : [core]) {
        visit(word.toLowerCase(), at, at + word.length);
        at += word.length + 1;
      }
    } else if (match[2] !== undefined) {
      let from = match.index;
      while (from > 0 && text.charCodeAt(from - 1) === 0x20) from--;
      segmentWords(text.slice(from, match.index + match[2].length), from, visit);
    }
  }
}

function segmentWords(piece: string, offset: number, visit: WordVisitor): void {
  for (const segment of segmenter.segment(piece)) {
    if (segment.isWordLike && LETTER.test(segment.segment)) {
      const start = offset + segment.index;
      visit(segment.segment.toLowerCase(), start, start + segment.segment.length);
    }
  }
}

export function wordFrequency(sources: readonly WordSource[], options: WordOptions = {}): WordCount[] {
  const stopwords = options.stopwords ?? new Set<string>();
  const minLength = options.minLength ?? 1;
  const counts = new Map<string, { count: number; documents: number; lastDocument: string }>();
  for (const source of sources) {
    const inScope = source.ranges ? scopeTest(source.text, source.ranges) : null;
    forEachWord(source.text, (word, start, end) => {
      if (stopwords.has(word) || shorterThan(word, minLength)) return;
      if (inScope && !inScope(start, end)) return;
      const entry = counts.get(word);
      if (!entry) counts.set(word, { count: 1, documents: 1, lastDocument: source.documentId });
      else {
        entry.count++;
        if (entry.lastDocument !== source.documentId) {
          entry.documents++;
          entry.lastDocument = source.documentId;
        }
      }
    });
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
