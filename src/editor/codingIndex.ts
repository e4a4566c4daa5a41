// The codings of the open transcript as an interval index over the editor's positions (UTF-16
// offsets, CodeMirror's RangeSet), built once per document and then changed by the difference
// between one list of codings and the next: drawing a part of the text asks only for the codings
// there, and a new coding touches only the ranges it changes.
import { RangeSet, RangeValue } from "@codemirror/state";
import type { OffsetIndex } from "../core/text/offsets";

export interface HighlightCoding {
  id: string;
  start: number;
  end: number;
  codeName: string;
  color: string | null;
  /** Who coded it, when the transcript tells coders apart. */
  coderName?: string;
  /** Another coder's coding: shown, never selected for changing. */
  readOnly?: boolean;
}

class CodingRange extends RangeValue {
  constructor(readonly coding: HighlightCoding) {
    super();
  }
  override eq(other: RangeValue): boolean {
    return other instanceof CodingRange && other.coding === this.coding;
  }
}

const sameCoding = (a: HighlightCoding, b: HighlightCoding) =>
  a.start === b.start && a.end === b.end && a.codeName === b.codeName && a.color === b.color && a.coderName === b.coderName && a.readOnly === b.readOnly;

export interface IndexChange {
  index: CodingIndex;
  added: HighlightCoding[];
  removed: HighlightCoding[];
}

/** The codings by id, or how to make that map from the previous one (made when first asked for). */
type ById = ReadonlyMap<string, HighlightCoding> | (() => ReadonlyMap<string, HighlightCoding>);

export class CodingIndex {
  private constructor(
    private readonly set: RangeSet<CodingRange>,
    private lookup: ById,
    readonly offsets: OffsetIndex,
  ) {}

  /** Made when first needed: a known change draws without copying the map of every coding. */
  private get byId(): ReadonlyMap<string, HighlightCoding> {
    if (typeof this.lookup === "function") this.lookup = this.lookup();
    return this.lookup;
  }

  static build(codings: readonly HighlightCoding[], offsets: OffsetIndex): CodingIndex {
    const byId = new Map<string, HighlightCoding>();
    const ranges = [];
    for (const coding of codings) {
      byId.set(coding.id, coding);
      if (coding.end > coding.start) ranges.push(new CodingRange(coding).range(offsets.toUtf16(coding.start), offsets.toUtf16(coding.end)));
    }
    return new CodingIndex(RangeSet.of(ranges, true), byId, offsets);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): HighlightCoding | undefined {
    return this.byId.get(id);
  }

  /** The codings overlapping the UTF-16 range [from, to] (touching counts). */
  between(from: number, to: number): HighlightCoding[] {
    const found: HighlightCoding[] = [];
    this.set.between(from, to, (_from, _to, value) => void found.push(value.coding));
    return found;
  }

  /** Every coding, in the order of their starts. */
  inOrder(): HighlightCoding[] {
    const found: HighlightCoding[] = [];
    for (const cursor = this.set.iter(); cursor.value; cursor.next()) found.push(cursor.value.coding);
    return found;
  }

  /** The index of the next list of codings: the ones added, removed or changed since this one. */
  next(codings: readonly HighlightCoding[]): IndexChange {
    const added: HighlightCoding[] = [];
    const removed: HighlightCoding[] = [];
    const byId = new Map<string, HighlightCoding>();
    for (const coding of codings) {
      byId.set(coding.id, coding);
      const before = this.byId.get(coding.id);
      if (before === coding) continue;
      if (!before) added.push(coding);
      else if (!sameCoding(before, coding)) {
        added.push(coding);
        removed.push(before);
      } else byId.set(coding.id, before);
    }
    if (this.byId.size > codings.length - added.length + removed.length) {
      for (const [id, coding] of this.byId) if (!byId.has(id)) removed.push(coding);
    }
    return this.changedBy(added, removed, byId);
  }

  /**
   * The index with a known change: codings added (or changed, by id) and codings taken away by id,
   * without going over the others, as when a command's diff is drawn before the list is read again.
   */
  withChanges(added: readonly HighlightCoding[], removedIds: readonly string[]): IndexChange {
    const previous = this.byId;
    const adding = [...added];
    const gone = [...new Set([...removedIds, ...adding.map((c) => c.id)])];
    const removed = gone.map((id) => previous.get(id)).filter((c) => c !== undefined);
    return this.changedBy(adding, removed, () => {
      const byId = new Map(previous);
      for (const id of gone) byId.delete(id);
      for (const coding of adding) byId.set(coding.id, coding);
      return byId;
    });
  }

  private changedBy(added: HighlightCoding[], removed: HighlightCoding[], byId: ById): IndexChange {
    if (added.length === 0 && removed.length === 0) return { index: this, added, removed };
    const span = (c: HighlightCoding) => ({ from: this.offsets.toUtf16(c.start), to: this.offsets.toUtf16(c.end) });
    const gone = new Set(removed);
    const goneSpans = removed.map(span);
    const add = added.filter((c) => c.end > c.start).map((c) => new CodingRange(c).range(span(c).from, span(c).to));
    const set = this.set.update(
      removed.length === 0
        ? { add, sort: true }
        : {
            add,
            sort: true,
            filter: (_from, _to, value) => !gone.has(value.coding),
            filterFrom: goneSpans.reduce((low, s) => Math.min(low, s.from), Infinity),
            filterTo: goneSpans.reduce((high, s) => Math.max(high, s.to), 0),
          },
    );
    return { index: new CodingIndex(set, byId, this.offsets), added, removed };
  }
}
