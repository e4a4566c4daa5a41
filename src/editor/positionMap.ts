// Maps between a transcript's text offsets (code points, as stored) and positions in the editor's
// document, where each line of the text is one paragraph. In the editor a paragraph boundary
// takes two positions (close, open) where the text has one "\n", so position = utf16 + 1 + line.
import { OffsetIndex } from "../core/text/offsets";

export class PositionMap {
  private readonly offsets: OffsetIndex;
  /** UTF-16 offset where each line starts. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.offsets = new OffsetIndex(text);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  get codePointLength(): number {
    return this.offsets.codePointLength;
  }

  /** The line holding a UTF-16 offset (an offset just after "\n" belongs to the next line). */
  private lineOf(utf16: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid]! <= utf16) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Editor position of a code-point offset. */
  toPosition(codePoint: number): number {
    const utf16 = this.offsets.toUtf16(codePoint);
    return utf16 + 1 + this.lineOf(utf16);
  }

  /** Code-point offset of an editor position (positions between paragraphs map to the line end). */
  toCodePoint(position: number): number {
    // Find the line whose paragraph holds the position: paragraph j spans [start_j + 1 + j, end_j + 1 + j].
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.lineStarts[mid]! + 1 + mid <= position) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.lineStarts[low]!;
    const lineEnd = low + 1 < this.lineStarts.length ? this.lineStarts[low + 1]! - 1 : this.text.length;
    const utf16 = Math.min(Math.max(position - 1 - low, lineStart), lineEnd);
    return this.offsets.toCodePoint(utf16);
  }
}
