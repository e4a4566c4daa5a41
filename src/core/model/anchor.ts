// The quote and surrounding context stored on each coding, so that a passage can be found
// again (exact offsets, then quote with context, then fuzzy) if the document's text changes.
import { offsetIndexOf } from "../text/offsets";

/** Code points of context kept on each side of a coded passage. */
export const CONTEXT_LENGTH = 32;

export interface PassageAnchor {
  quote: string;
  before: string;
  after: string;
}

export function anchorPassage(text: string, start: number, end: number, index = offsetIndexOf(text)): PassageAnchor {
  if (start > end) throw new RangeError(`passage start ${start} is after its end ${end}`);
  const from = index.toUtf16(start);
  const to = index.toUtf16(end);
  const contextStart = index.toUtf16(Math.max(0, start - CONTEXT_LENGTH));
  const contextEnd = index.toUtf16(Math.min(index.codePointLength, end + CONTEXT_LENGTH));
  return {
    quote: text.slice(from, to),
    before: text.slice(contextStart, from),
    after: text.slice(to, contextEnd),
  };
}
