// Word frequency: words are Unicode word segments (Intl.Segmenter, word-like, with at least one
// letter), lowercased; stop words and words shorter than a minimum length are left out. Counted over
// whole texts or only inside given ranges (a code's passages), with the number of documents each
// word is in. Sorted by count, then by word.
import type { TextRange } from "./ranges";
import { OffsetIndex } from "../text/offsets";
import { WordTable } from "./wordTable";

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
 * Words are found in the tokens between spaces and line feeds, each token of one kind (UAX #29
 * always breaks before a space, and after one unless a mark or a joiner follows):
 * 1. ASCII letters, words joined by hyphens or slashes, with punctuation before and after that
 *    never joins a word (not the apostrophe or the colon in the middle): those words, found here;
 * 2. ASCII digits and punctuation only: no word;
 * 3. anything else, handed to `Intl.Segmenter` with the spaces before it (a mark after a space
 *    belongs to the space).
 * The first two are most of any transcript, and reading them a character at a time, without the
 * segmenter or a regular expression, is many times faster.
 */
export type WordVisitor = (word: string, start: number, end: number) => void;
/** A word's UTF-16 range, with the word lowercased unless it is of ASCII letters only. */
type RangeVisitor = (start: number, end: number, word: string | undefined) => void;

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const OPENS = 1;
const CLOSES = 2;
const NOT_LETTER = 4;
/** For each code up to the ellipsis: punctuation that may come before a word of the first kind, after one, and ASCII digits and punctuation. */
const KIND = new Uint8Array(0x2027);
const mark = (codes: number[], kind: number) => codes.forEach((code) => (KIND[code] = KIND[code]! | kind));
mark([..."(\"'“‘["].map((c) => c.charCodeAt(0)), OPENS);
mark([...".,;:!?)\"'”’…]"].map((c) => c.charCodeAt(0)), CLOSES);
mark(Array.from({ length: 0x7e - 0x20 }, (_, i) => 0x21 + i).filter((code) => !isAsciiLetter(code)), NOT_LETTER);
const is = (kind: number, code: number) => code < KIND.length && (KIND[code]! & kind) !== 0;

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** Calls `visit` with each counted word of a text, in order, lowercased, with its UTF-16 range. */
export function forEachWord(text: string, visit: WordVisitor): void {
  scanWords(text, (start, end, word) => visit(word ?? text.slice(start, end).toLowerCase(), start, end));
}

function scanWords(text: string, visit: RangeVisitor): void {
  const length = text.length;
  for (let at = 0; at < length; ) {
    let code = text.charCodeAt(at);
    if (code === SPACE || code === LINE_FEED) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < length && (code = text.charCodeAt(end)) !== SPACE && code !== LINE_FEED) end++;
    if (!visitAsciiWords(text, at, end, visit) && !allAsciiNonLetters(text, at, end)) {
      let from = at;
      while (from > 0 && text.charCodeAt(from - 1) === SPACE) from--;
      segmentWords(text.slice(from, end), from, visit);
    }
    at = end;
  }
}

/** A token of the first kind: its words visited, and true; otherwise nothing visited, and false. */
function visitAsciiWords(text: string, start: number, end: number, visit: RangeVisitor): boolean {
  let at = start;
  while (at < end && is(OPENS, text.charCodeAt(at))) at++;
  const core = at;
  if (at === end || !isAsciiLetter(text.charCodeAt(at))) return false;
  for (;;) {
    while (at < end && isAsciiLetter(text.charCodeAt(at))) at++;
    const joiner = at < end ? text.charCodeAt(at) : 0;
    if ((joiner === 0x2d || joiner === 0x2f) && at + 1 < end && isAsciiLetter(text.charCodeAt(at + 1))) at++;
    else break;
  }
  const coreEnd = at;
  while (at < end && is(CLOSES, text.charCodeAt(at))) at++;
  if (at !== end) return false;
  for (let from = core, to = core; to <= coreEnd; to++) {
    if (to === coreEnd || !isAsciiLetter(text.charCodeAt(to))) {
      visit(from, to, undefined);
      from = to + 1;
    }
  }
  return true;
}

function allAsciiNonLetters(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!is(NOT_LETTER, text.charCodeAt(at))) return false;
  return true;
}

function segmentWords(piece: string, offset: number, visit: RangeVisitor): void {
  for (const segment of segmenter.segment(piece)) {
    if (segment.isWordLike && LETTER.test(segment.segment)) {
      const start = offset + segment.index;
      visit(start, start + segment.segment.length, segment.segment.toLowerCase());
    }
  }
}

export function wordFrequency(sources: readonly WordSource[], options: WordOptions = {}): WordCount[] {
  const stopwords = options.stopwords ?? new Set<string>();
  const minLength = options.minLength ?? 1;
  const table = new WordTable((word) => !stopwords.has(word) && !shorterThan(word, minLength));
  for (const { documentId, text, ranges } of sources) {
    const inScope = ranges ? scopeTest(text, ranges) : null;
    scanWords(text, (start, end, word) => {
      if (inScope && !inScope(start, end)) return;
      const entry = word === undefined ? table.ascii(text, start, end) : table.word(word);
      if (!entry.counted) return;
      entry.count++;
      if (entry.lastDocument !== documentId) {
        entry.documents++;
        entry.lastDocument = documentId;
      }
    });
  }
  return table.entries
    .filter((e) => e.count > 0)
    .map(({ word, count, documents }) => ({ word, count, documents }))
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
