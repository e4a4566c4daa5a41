// Offsets as other tools count them, mapped onto the canonical text. A tool counts positions in
// the text it was given (BOM excluded, line endings as written) in its own unit: Unicode code
// points (the REFI-QDA convention), or UTF-16 code units (NVivo); and it counts a CRLF line ending
// as two positions, or as one (ATLAS.ti). The canonical text has one LF for each line ending and
// counts code points. A position inside a CRLF or a surrogate pair rounds outward: a start down,
// an end up, so that a passage never loses a character it touched.

export interface OffsetConvention {
  unit: "codePoint" | "utf16";
  crlfCountsAs: 1 | 2;
}

/** The REFI-QDA convention: code points of the text as written. */
export const CODE_POINT_CONVENTION: OffsetConvention = { unit: "codePoint", crlfCountsAs: 2 };

export class ProducerOffsetMap {
  /** Canonical code-point offset at each producer position, 0..length; null when they are the same. */
  private readonly canonical: Int32Array | null;
  /** Set at producer positions that fall inside one canonical character; null when there are none. */
  private readonly inside: Uint8Array | null;
  /** The text's length as the producer counts it. */
  readonly length: number;

  /** `raw`: the text as written, without a BOM. */
  constructor(raw: string, convention: OffsetConvention) {
    // A text without CR and without surrogate pairs counts the same in every convention.
    if (!/[\r\uD800-\uDBFF]/.test(raw)) {
      this.canonical = null;
      this.inside = null;
      this.length = raw.length;
      return;
    }
    const canonical = new Int32Array(raw.length + 1);
    const inside = new Uint8Array(raw.length + 1);
    let position = 0;
    let offset = 0;
    for (let i = 0; i < raw.length; i++) {
      const unit = raw.charCodeAt(i);
      canonical[position] = offset;
      if (unit === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
        i++;
        if (convention.crlfCountsAs === 2) {
          position++;
          canonical[position] = offset;
          inside[position] = 1;
        }
      } else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(raw.charCodeAt(i + 1))) {
        i++;
        if (convention.unit === "utf16") {
          position++;
          canonical[position] = offset;
          inside[position] = 1;
        }
      }
      position++;
      offset++;
    }
    canonical[position] = offset;
    this.canonical = canonical.subarray(0, position + 1);
    this.inside = inside.subarray(0, position + 1);
    this.length = position;
  }

  /** The canonical offset of a passage's start, or null when the position lies outside the text. */
  start(position: number): number | null {
    if (!this.valid(position)) return null;
    return this.canonical === null ? position : this.canonical[position]!;
  }

  /** The canonical offset of a passage's end, or null when the position lies outside the text. */
  end(position: number): number | null {
    if (!this.valid(position)) return null;
    if (this.canonical === null) return position;
    return this.canonical[position]! + (this.inside![position] ? 1 : 0);
  }

  private valid(position: number): boolean {
    return Number.isInteger(position) && position >= 0 && position <= this.length;
  }
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * The other way: a tool's positions for canonical code-point offsets, over the canonical text as
 * it is written out for that tool (each LF written as `lineBreak`). The inverse of a
 * ProducerOffsetMap over that written text; built once per text.
 */
export class ProducerPositions {
  /** The producer position at each canonical offset, 0..length; null when they are the same. */
  private readonly positions: Int32Array | null;

  constructor(canonical: string, convention: OffsetConvention, lineBreak: "\n" | "\r\n" = "\n") {
    const crlfAsTwo = lineBreak === "\r\n" && convention.crlfCountsAs === 2;
    const utf16 = convention.unit === "utf16";
    if (!crlfAsTwo && !(utf16 && /[\uD800-\uDBFF]/.test(canonical))) {
      this.positions = null;
      return;
    }
    const positions = new Int32Array(canonical.length + 1);
    let offset = 0;
    let position = 0;
    for (let i = 0; i < canonical.length; i++) {
      positions[offset] = position;
      const unit = canonical.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(canonical.charCodeAt(i + 1))) {
        i++;
        if (utf16) position++;
      } else if (unit === 0x0a && crlfAsTwo) position++;
      position++;
      offset++;
    }
    positions[offset] = position;
    this.positions = positions.subarray(0, offset + 1);
  }

  /** The producer position of a canonical offset (which must lie within the text). */
  position(offset: number): number {
    return this.positions === null ? offset : this.positions[offset]!;
  }
}
