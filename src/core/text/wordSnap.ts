// Selections made by hand, tidied: a range grown to whole words (by Intl.Segmenter, so never inside
// a grapheme) without surrounding white space, and the short "in vivo" code name taken from it.
import { codePointLength, offsetIndexOf, sliceCodePoints } from "./offsets";

/** Longest in-vivo code name, in code points, including the closing "…". */
export const MAX_IN_VIVO_NAME_LENGTH = 60;

const words = new Intl.Segmenter(undefined, { granularity: "word" });
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const ONLY_SPACE_OR_PUNCTUATION = /^[\s\p{P}]*$/u;
const EDGE_SPACE_OR_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const SPACE = /\s/u;

/** The range [start, end) in code points, trimmed of white space and grown to the words it touches. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  const index = offsetIndexOf(text);
  let from = index.toUtf16(start);
  let to = index.toUtf16(end);
  if (ONLY_SPACE_OR_PUNCTUATION.test(text.slice(from, to))) return { start, end };
  while (SPACE.test(text[from]!)) from++;
  while (SPACE.test(text[to - 1]!)) to--;
  // Words never cross a line break: only the selection's lines are segmented, however long the text.
  const linesFrom = from === 0 ? 0 : text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = text.indexOf("\n", to);
  const segments = words.segment(text.slice(linesFrom, lineEnd < 0 ? text.length : lineEnd));
  const first = segments.containing(from - linesFrom)!;
  const last = segments.containing(to - 1 - linesFrom)!;
  return { start: index.toCodePoint(linesFrom + first.index), end: index.toCodePoint(linesFrom + last.index + last.segment.length) };
}

/** A code name from the selected words: white space collapsed, outer punctuation and quotes dropped, cut to fit. */
export function inVivoName(text: string, start: number, end: number): string {
  const name = sliceCodePoints(text, start, end).replace(/\s+/gu, " ").replace(EDGE_SPACE_OR_PUNCTUATION, "");
  if (codePointLength(name) <= MAX_IN_VIVO_NAME_LENGTH) return name;
  return cut(name, words) || cut(name, graphemes);
}

/** The longest run of whole segments of `name`, trimmed, that leaves room for "…"; "" if none fits. */
function cut(name: string, segmenter: Intl.Segmenter): string {
  const room = MAX_IN_VIVO_NAME_LENGTH - 1;
  let length = 0;
  let kept = "";
  for (const { segment, index } of segmenter.segment(name)) {
    length += codePointLength(segment);
    if (length > room) break;
    const candidate = name.slice(0, index + segment.length).replace(EDGE_SPACE_OR_PUNCTUATION, "");
    if (candidate) kept = candidate;
  }
  return kept && `${kept}…`;
}
