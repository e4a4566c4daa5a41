// The units of a coding comparison over a document's canonical text, in code points: every code
// point (character), the sentences of Intl.Segmenter (sentence), or the non-empty lines (paragraph).
// Units without a letter, digit or mark of any kind (only spaces) are not units.

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
  let utf16 = 0;
  let codePoint = 0;
  /** Code-point offset of a UTF-16 offset at or after the last one asked. */
  const at = (target: number) => {
    for (; utf16 < target; utf16++, codePoint++) {
      const unit = text.charCodeAt(utf16);
      if (unit >= 0xd800 && unit <= 0xdbff && utf16 + 1 < text.length) {
        const next = text.charCodeAt(utf16 + 1);
        if (next >= 0xdc00 && next <= 0xdfff) utf16++;
      }
    }
    return codePoint;
  };
  const add = (from: number, piece: string) => {
    if (blank.test(piece)) return;
    starts.push(at(from));
    ends.push(at(from + piece.length));
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
