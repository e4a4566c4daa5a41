// The units of a coding comparison over a document's canonical text, in code points: every code
// point (character), the sentences of Intl.Segmenter (sentence), or the non-empty lines (paragraph).
// Units without a letter, digit or mark of any kind (only spaces) are not units.
import { OffsetIndex } from "../../text/offsets";

export type AgreementUnit = "character" | "sentence" | "paragraph";

/** Sorted, non-overlapping units [starts[i], ends[i]) in code points. */
export interface UnitBounds {
  starts: Int32Array;
  ends: Int32Array;
}

const blank = /^\s*$/u;

/** The sentence or paragraph units of a text (character units are never listed: they are counted). */
export function segmentUnits(text: string, unit: Exclude<AgreementUnit, "character">): UnitBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  const index = new OffsetIndex(text);
  const add = (from: number, piece: string) => {
    if (blank.test(piece)) return;
    starts.push(index.toCodePoint(from));
    ends.push(index.toCodePoint(from + piece.length));
  };
  if (unit === "paragraph") {
    let from = 0;
    for (const line of text.split("\n")) {
      add(from, line);
      from += line.length + 1;
    }
  } else {
    for (const { index, segment } of new Intl.Segmenter("und", { granularity: "sentence" }).segment(text)) add(index, segment);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
