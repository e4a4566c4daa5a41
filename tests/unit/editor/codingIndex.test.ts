// The coding index against a brute force: for random codings over a text with astral characters,
// the codings found over a range are those a scan of the list finds, after building and after each
// of many changes made through next(), which also names what it added and removed.
import { describe, expect, it } from "vitest";
import { OffsetIndex } from "../../../src/core/text/offsets";
import { CodingIndex, type HighlightCoding } from "../../../src/editor/codingIndex";
import { seededRandom } from "../../support/random";

const random = seededRandom(29);
const TEXT = Array.from({ length: 4000 }, (_, i) => (i % 17 === 0 ? "😀" : i % 41 === 0 ? "\n" : "a")).join("");
const offsets = new OffsetIndex(TEXT);
const LENGTH = offsets.codePointLength;

let serial = 0;
function randomCoding(longShare = 0.1): HighlightCoding {
  const start = Math.floor(random() * (LENGTH - 1));
  const end = Math.min(LENGTH, start + 1 + Math.floor(random() * (random() < longShare ? LENGTH : 60)));
  return { id: `c${serial++}`, start, end, codeName: `Kode ${Math.floor(random() * 5)}`, color: null };
}

/** The ids of the codings overlapping [from, to] in UTF-16 units, touching counting, by a scan of the list. */
function scan(codings: HighlightCoding[], from: number, to: number): string[] {
  return codings
    .filter((c) => c.end > c.start && offsets.toUtf16(c.start) <= to && offsets.toUtf16(c.end) >= from)
    .map((c) => c.id)
    .sort();
}

function expectSameAsScan(index: CodingIndex, codings: HighlightCoding[]) {
  for (let q = 0; q < 40; q++) {
    const from = Math.floor(random() * TEXT.length);
    const to = Math.min(TEXT.length, from + Math.floor(random() * 300));
    expect(index.between(from, to).map((c) => c.id).sort()).toEqual(scan(codings, from, to));
  }
}

describe("CodingIndex", () => {
  it("finds the codings over a range as a scan does, after building and after changes", () => {
    let codings = Array.from({ length: 300 }, () => randomCoding());
    let index = CodingIndex.build(codings, offsets);
    expectSameAsScan(index, codings);
    for (let step = 0; step < 60; step++) {
      const next = codings.filter(() => random() > 0.03).map((c) => (random() < 0.03 ? { ...c, end: Math.min(LENGTH, c.end + 3) } : c));
      for (let k = Math.floor(random() * 4); k > 0; k--) next.push(randomCoding());
      const change = index.next(next);
      const nextIds = new Set(next.map((c) => c.id));
      const before = new Map(codings.map((c) => [c.id, c]));
      // What changed, named by id: added (new or with a new range), removed (gone or with an old range).
      const added = next.filter((c) => before.get(c.id)?.end !== c.end || before.get(c.id)?.start !== c.start).map((c) => c.id);
      const removed = codings.filter((c) => !nextIds.has(c.id) || next.find((n) => n.id === c.id)!.end !== c.end).map((c) => c.id);
      expect(change.added.map((c) => c.id).sort()).toEqual(added.sort());
      expect(change.removed.map((c) => c.id).sort()).toEqual(removed.sort());
      codings = next;
      index = change.index;
      expect(index.size).toBe(codings.length);
      expectSameAsScan(index, codings);
    }
  });

  it("takes a known change (added, changed and removed by id) as a new list would give it", () => {
    let codings = Array.from({ length: 200 }, () => randomCoding());
    let index = CodingIndex.build(codings, offsets);
    for (let step = 0; step < 40; step++) {
      const removedIds = codings.filter(() => random() < 0.02).map((c) => c.id);
      const changed = codings.filter((c) => !removedIds.includes(c.id) && random() < 0.02).map((c) => ({ ...c, start: Math.max(0, c.start - 2) }));
      const added = [...changed, ...Array.from({ length: Math.floor(random() * 3) }, () => randomCoding())];
      const change = index.withChanges(added, removedIds);
      const byId = new Map(codings.filter((c) => !removedIds.includes(c.id)).map((c) => [c.id, c]));
      for (const c of added) byId.set(c.id, c);
      codings = [...byId.values()];
      index = change.index;
      expect(change.added).toHaveLength(added.length);
      expect(change.removed.map((c) => c.id).sort()).toEqual([...removedIds, ...changed.map((c) => c.id)].sort());
      expect(index.size).toBe(codings.length);
      expectSameAsScan(index, codings);
      // The list read again afterwards finds nothing more to change.
      expect(index.next(codings.map((c) => ({ ...c }))).index).toBe(index);
    }
  });

  it("stays as a scan finds when thousands of codings crowd into one part of the text and then leave it", () => {
    // Enough codings for many runs of the index, added where others already are and removed again
    // until none is left there, so that runs are cut in two and emptied. Short codings, and crowding
    // ones reaching far, so that a run's furthest end matters.
    let codings = Array.from({ length: 1500 }, () => randomCoding(0));
    let index = CodingIndex.build(codings, offsets);
    const crowd = (): HighlightCoding => {
      const start = 100 + Math.floor(random() * 40);
      return { id: `c${serial++}`, start, end: start + 1 + Math.floor(random() * (random() < 0.5 ? 30 : 2500)), codeName: "Kode ramai", color: null };
    };
    for (let step = 0; step < 30; step++) {
      const added = Array.from({ length: 60 }, crowd);
      index = index.withChanges(added, []).index;
      codings = [...codings, ...added];
      expectSameAsScan(index, codings);
    }
    const before = { index, codings };
    const gone = codings.filter((c) => c.codeName === "Kode ramai" || (c.start < 2000 && random() < 0.5));
    const goneIds = new Set(gone.map((c) => c.id));
    index = index.withChanges([], [...goneIds]).index;
    codings = codings.filter((c) => !goneIds.has(c.id));
    expect(index.size).toBe(codings.length);
    expectSameAsScan(index, codings);
    expect(index.inOrder().map((c) => c.start)).toEqual(codings.filter((c) => c.end > c.start).map((c) => c.start).sort((a, b) => a - b));
    // The index it was changed from is as it was.
    expectSameAsScan(before.index, before.codings);
  });

  it("keeps the index when nothing changed, even for equal codings that are new objects", () => {
    const codings = Array.from({ length: 50 }, () => randomCoding());
    const index = CodingIndex.build(codings, offsets);
    const change = index.next(codings.map((c) => ({ ...c })));
    expect(change.index).toBe(index);
    expect([change.added, change.removed]).toEqual([[], []]);
  });

  it("lists every coding in the order of their starts", () => {
    const codings = Array.from({ length: 200 }, () => randomCoding());
    const starts = CodingIndex.build(codings, offsets)
      .inOrder()
      .map((c) => c.start);
    expect(starts).toEqual(codings.map((c) => c.start).sort((a, b) => a - b));
  });
});
