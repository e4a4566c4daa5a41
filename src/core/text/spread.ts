// "Spread to": a found passage widened to the unit around it before it is coded, as NVivo offers
// for search results: the words it touches, the sentence or sentences (Intl.Segmenter), or the
// paragraph or paragraphs (lines) it lies in. Code points, half-open.
import { snapToWords } from "./wordSnap";
import { OffsetIndex } from "./offsets";

export type SpreadUnit = "none" | "word" | "sentence" | "paragraph";

const sentences = new Intl.Segmenter(undefined, { granularity: "sentence" });

export function spreadPassage(text: string, start: number, end: number, unit: SpreadUnit): { start: number; end: number } {
  if (unit === "none") return { start, end };
  if (unit === "word") return snapToWords(text, start, end);
  const index = new OffsetIndex(text);
  let from = index.toUtf16(start);
  let to = index.toUtf16(end);
  if (unit === "paragraph") {
    from = text.lastIndexOf("\n", from - 1) + 1;
    const lineEnd = text.indexOf("\n", Math.max(from, to - 1));
    to = lineEnd < 0 ? text.length : lineEnd;
  } else {
    const segments = sentences.segment(text);
    from = segments.containing(from)!.index;
    const last = segments.containing(Math.max(from, to - 1))!;
    to = last.index + last.segment.trimEnd().length;
  }
  return { start: index.toCodePoint(from), end: index.toCodePoint(to) };
}
