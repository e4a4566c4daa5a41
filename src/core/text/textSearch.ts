// Finding a phrase in transcripts: every occurrence, left to right and not overlapping, as code-point
// offsets [start, end) of the canonical text, with its context. Case-insensitive by default (Unicode
// simple case folding); "whole words" refuses a match that a letter, mark, digit or _ continues.
import { OffsetIndex } from "./offsets";

export interface SearchOptions {
  wholeWord?: boolean;
  caseSensitive?: boolean;
}

export interface TextHit {
  start: number;
  end: number;
}

export interface DocumentHit extends TextHit {
  documentId: string;
  document: string;
  text: string;
  /** Up to CONTEXT code points before and after the hit. */
  before: string;
  after: string;
}

const CONTEXT = 40;
const WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}_]";

/** The search as a regular expression over the text (null for a query of only white space). */
function searchPattern(query: string, options: SearchOptions = {}): RegExp | null {
  if (query.trim() === "") return null;
  const literal = query.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const body = options.wholeWord ? `(?<!${WORD_CHARACTER})${literal}(?!${WORD_CHARACTER})` : literal;
  return new RegExp(body, options.caseSensitive ? "gu" : "giu");
}

/** The UTF-16 ranges of every match of the pattern in the text. */
function matchRanges(text: string, pattern: RegExp): TextHit[] {
  const hits: TextHit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === "") {
      pattern.lastIndex++;
      continue;
    }
    hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** Every occurrence in the documents, in document order and then in order of start, with context. */
export function searchDocuments(documents: readonly { id: string; name: string; text: string }[], query: string, options: SearchOptions = {}): DocumentHit[] {
  const pattern = searchPattern(query, options);
  if (!pattern) return [];
  const hits: DocumentHit[] = [];
  for (const document of documents) {
    const ranges = matchRanges(document.text, pattern);
    if (ranges.length === 0) continue;
    const index = new OffsetIndex(document.text);
    for (const range of ranges) {
      const start = index.toCodePoint(range.start);
      const end = index.toCodePoint(range.end);
      hits.push({
        documentId: document.id,
        document: document.name,
        start,
        end,
        text: document.text.slice(range.start, range.end),
        before: document.text.slice(index.toUtf16(Math.max(0, start - CONTEXT)), range.start),
        after: document.text.slice(range.end, index.toUtf16(Math.min(index.codePointLength, end + CONTEXT))),
      });
    }
  }
  return hits;
}
