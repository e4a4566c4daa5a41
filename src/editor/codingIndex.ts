// The codings of the open transcript as an interval index over the editor's positions (UTF-16
// offsets): runs of a few hundred codings in order of start, each with its furthest end, built once
// per document and then changed by the difference between one list of codings and the next.
// Drawing a part of the text reads only the runs that reach it, and a new coding copies only the run
// it lands in, so that a change costs the same with 2,000 codings as with 20,000.
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

/** A coding where the editor has it: its UTF-16 range. */
interface Entry {
  from: number;
  to: number;
  coding: HighlightCoding;
}

/** Entries in order of start, then end, then id: a coding's place, found again from the coding alone. */
const compare = (a: Entry, b: Entry) => a.from - b.from || a.to - b.to || (a.coding.id < b.coding.id ? -1 : a.coding.id > b.coding.id ? 1 : 0);

/** A run of entries in order, and the furthest end among them, so that a query can pass over the run. */
interface Chunk {
  entries: Entry[];
  maxTo: number;
}

/** Entries per run once built; a run that grows to twice this is cut in two. */
const CHUNK = 256;

const chunkOf = (entries: Entry[]): Chunk => ({ entries, maxTo: entries.reduce((high, e) => Math.max(high, e.to), -1) });

/** The place of an entry among sorted entries: the first at or after it. */
function placeIn(entries: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(entries[middle]!, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The run an entry belongs in: the last whose first entry is not after it (the first run when none is). */
function chunkFor(chunks: readonly Chunk[], entry: Entry): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (compare(chunks[middle]!.entries[0]!, entry) <= 0) low = middle;
    else high = middle - 1;
  }
  return low;
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
    private readonly chunks: readonly Chunk[],
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
    const entries: Entry[] = [];
    for (const coding of codings) {
      byId.set(coding.id, coding);
      if (coding.end > coding.start) entries.push({ from: offsets.toUtf16(coding.start), to: offsets.toUtf16(coding.end), coding });
    }
    entries.sort(compare);
    const chunks: Chunk[] = [];
    for (let at = 0; at < entries.length; at += CHUNK) chunks.push(chunkOf(entries.slice(at, at + CHUNK)));
    return new CodingIndex(chunks, byId, offsets);
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
    for (const chunk of this.chunks) {
      if (chunk.entries[0]!.from > to) break;
      if (chunk.maxTo < from) continue;
      for (const entry of chunk.entries) {
        if (entry.from > to) break;
        if (entry.to >= from) found.push(entry.coding);
      }
    }
    return found;
  }

  /** Every coding, in the order of their starts. */
  inOrder(): HighlightCoding[] {
    return this.chunks.flatMap((chunk) => chunk.entries.map((entry) => entry.coding));
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
    const entryOf = (coding: HighlightCoding): Entry => ({ from: this.offsets.toUtf16(coding.start), to: this.offsets.toUtf16(coding.end), coding });
    const chunks = [...this.chunks];
    // The runs this change has copied, which it may then change in place.
    const copied = new Set<Chunk>();
    const own = (k: number): Chunk => {
      let chunk = chunks[k]!;
      if (!copied.has(chunk)) copied.add((chunk = chunks[k] = { entries: [...chunk.entries], maxTo: chunk.maxTo }));
      return chunk;
    };
    for (const coding of removed) {
      if (coding.end <= coding.start || chunks.length === 0) continue;
      const entry = entryOf(coding);
      const k = chunkFor(chunks, entry);
      const at = placeIn(chunks[k]!.entries, entry);
      if (chunks[k]!.entries[at]?.coding !== coding) continue;
      const chunk = own(k);
      chunk.entries.splice(at, 1);
      if (chunk.entries.length === 0) chunks.splice(k, 1);
      else if (entry.to === chunk.maxTo) chunk.maxTo = chunkOf(chunk.entries).maxTo;
    }
    for (const coding of added) {
      if (coding.end <= coding.start) continue;
      const entry = entryOf(coding);
      if (chunks.length === 0) {
        chunks.push(chunkOf([entry]));
        continue;
      }
      const k = chunkFor(chunks, entry);
      const chunk = own(k);
      chunk.entries.splice(placeIn(chunk.entries, entry), 0, entry);
      chunk.maxTo = Math.max(chunk.maxTo, entry.to);
      if (chunk.entries.length >= 2 * CHUNK) {
        const halves = [chunkOf(chunk.entries.slice(0, CHUNK)), chunkOf(chunk.entries.slice(CHUNK))];
        halves.forEach((half) => copied.add(half));
        chunks.splice(k, 1, ...halves);
      }
    }
    return { index: new CodingIndex(chunks, byId, this.offsets), added, removed };
  }
}
