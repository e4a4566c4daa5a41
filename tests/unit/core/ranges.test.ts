// Unions of coded ranges: overlapping and touching ranges merge, empty ranges cover nothing.
import { describe, expect, it } from "vitest";
import { totalLength, unionRanges } from "../../../src/core/analysis/ranges";

describe("unionRanges", () => {
  it("returns nothing for no ranges", () => {
    expect(unionRanges([])).toEqual([]);
  });

  it("keeps separate ranges apart, sorted", () => {
    expect(unionRanges([{ start: 10, end: 12 }, { start: 0, end: 5 }, { start: 6, end: 8 }])).toEqual([
      { start: 0, end: 5 },
      { start: 6, end: 8 },
      { start: 10, end: 12 },
    ]);
  });

  it("merges overlapping ranges", () => {
    expect(unionRanges([{ start: 0, end: 5 }, { start: 3, end: 9 }])).toEqual([{ start: 0, end: 9 }]);
  });

  it("merges ranges that touch (the end of one is the start of the next)", () => {
    expect(unionRanges([{ start: 5, end: 9 }, { start: 0, end: 5 }])).toEqual([{ start: 0, end: 9 }]);
  });

  it("merges nested and equal ranges", () => {
    expect(unionRanges([{ start: 0, end: 10 }, { start: 2, end: 4 }, { start: 0, end: 10 }, { start: 9, end: 10 }])).toEqual([{ start: 0, end: 10 }]);
  });

  it("merges a chain of ranges whose later members reach furthest", () => {
    expect(unionRanges([{ start: 0, end: 20 }, { start: 1, end: 2 }, { start: 21, end: 25 }, { start: 19, end: 21 }])).toEqual([{ start: 0, end: 25 }]);
  });

  it("leaves out empty ranges", () => {
    expect(unionRanges([{ start: 4, end: 4 }, { start: 7, end: 9 }])).toEqual([{ start: 7, end: 9 }]);
  });

  it("does not change its input", () => {
    const input = [{ start: 3, end: 6 }, { start: 0, end: 4 }];
    unionRanges(input);
    expect(input).toEqual([{ start: 3, end: 6 }, { start: 0, end: 4 }]);
  });
});

describe("totalLength", () => {
  it("counts each covered code point once", () => {
    expect(totalLength([{ start: 0, end: 5 }, { start: 3, end: 9 }, { start: 20, end: 22 }, { start: 9, end: 10 }])).toBe(12);
  });

  it("is zero for no ranges or only empty ones", () => {
    expect(totalLength([])).toBe(0);
    expect(totalLength([{ start: 3, end: 3 }])).toBe(0);
  });
});
