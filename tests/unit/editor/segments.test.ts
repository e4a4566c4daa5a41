import { describe, expect, it } from "vitest";
import { segmentRanges } from "../../../src/editor/segments";

describe("segmentRanges", () => {
  it("splits overlapping ranges where the covering set changes, shortest first", () => {
    // a: [0,10)  b: [5,8)  c: [8,12)  d: [20,22)
    const segments = segmentRanges([
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 5, end: 8 },
      { id: "c", start: 8, end: 12 },
      { id: "d", start: 20, end: 22 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 5, ids: ["a"] },
      { start: 5, end: 8, ids: ["b", "a"] },
      { start: 8, end: 10, ids: ["c", "a"] },
      { start: 10, end: 12, ids: ["c"] },
      { start: 20, end: 22, ids: ["d"] },
    ]);
  });
  it("ignores empty ranges and handles identical ones", () => {
    expect(segmentRanges([{ id: "x", start: 3, end: 3 }])).toEqual([]);
    expect(segmentRanges([{ id: "y", start: 1, end: 4 }, { id: "x", start: 1, end: 4 }])).toEqual([{ start: 1, end: 4, ids: ["x", "y"] }]);
  });
});
