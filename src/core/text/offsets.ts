// Conversion between code-point offsets (what leaves the app and what is stored) and UTF-16
// offsets (what JavaScript strings and the DOM use). An OffsetIndex makes repeated conversions
// over one long text fast: it records where each astral (surrogate-pair) character sits.

/**
 * Surrogate pairs (astral characters), found by the regular expression engine, which passes over
 * the other characters many times faster than a loop over them here (most texts have few or none).
 */
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Length of a text in Unicode code points. */
export function codePointLength(text: string): number {
  if (lastIndexed?.text === text) return lastIndexed.index.codePointLength;
  return text.length - (text.match(ASTRAL)?.length ?? 0);
}

export class OffsetIndex {
  /** UTF-16 positions of the high surrogate of each astral character, ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly codePointLength: number;

  constructor(text: string) {
    ASTRAL.lastIndex = 0;
    for (let match = ASTRAL.exec(text); match !== null; match = ASTRAL.exec(text)) this.astral.push(match.index);
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astral.length;
  }

  /** UTF-16 offset of a code-point offset. Throws outside [0, codePointLength]. */
  toUtf16(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePointLength) {
      throw new RangeError(`code-point offset ${codePoint} is outside 0..${this.codePointLength}`);
    }
    // Each astral character before the target adds one UTF-16 unit. Astral k sits at
    // code point astral[k] - k; count those below the target.
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.astral[mid]! - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return codePoint + low;
  }

  /**
   * Code-point offset of a UTF-16 offset. An offset that falls between the two halves of a
   * surrogate pair is moved to the start of that character.
   */
  toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.utf16Length) {
      throw new RangeError(`UTF-16 offset ${utf16} is outside 0..${this.utf16Length}`);
    }
    let low = 0;
    let high = this.astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.astral[mid]! < utf16) low = mid + 1;
      else high = mid;
    }
    // `low` astral characters start before utf16. When utf16 falls inside the last of them,
    // utf16 - low is exactly that character's own code-point offset.
    return utf16 - low;
  }
}

let lastIndexed: { text: string; index: OffsetIndex } | null = null;

/**
 * The OffsetIndex of a text, kept for the last text asked about (typically the open transcript), so
 * that the steps of one action on a long text (snapping, anchoring, quoting) do not each scan it.
 */
export function offsetIndexOf(text: string): OffsetIndex {
  if (lastIndexed?.text !== text) lastIndexed = { text, index: new OffsetIndex(text) };
  return lastIndexed.index;
}

/** The text between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number, index = offsetIndexOf(text)): string {
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}

/** Code-point offset of the first occurrence of `needle`, or -1. */
export function indexOfCodePoints(text: string, needle: string, index = offsetIndexOf(text)): number {
  const at = text.indexOf(needle);
  return at < 0 ? -1 : index.toCodePoint(at);
}
