import { describe, expect, it } from "vitest";
import { PositionMap } from "../../../src/editor/positionMap";

// Text "a😀\n\nבּ" — lines: "a😀" (3 units), "" and "בּ" (2 units: bet + dagesh).
// Editor document: <p>a😀</p><p></p><p>בּ</p>
// positions: 0 <p> 1 a 2 😀(2 units) 4 </p> 5 <p> 6 </p> 7 <p> 8 ב 9 ּ 10 </p> 11
const TEXT = "a😀\n\nבּ";

describe("PositionMap", () => {
  const map = new PositionMap(TEXT);
  it("counts lines", () => {
    expect(map.lineCount).toBe(3);
    expect(map.codePointLength).toBe(6);
  });
  it("maps code points to editor positions (checked by hand against the layout above)", () => {
    // code points: a=0, 😀=1, \n=2, \n=3, ב=4, ּ=5, end=6
    expect([0, 1, 2, 3, 4, 5, 6].map((cp) => map.toPosition(cp))).toEqual([1, 2, 4, 6, 8, 9, 10]);
  });
  it("maps editor positions back to code points", () => {
    expect([1, 2, 4, 6, 8, 9, 10].map((p) => map.toCodePoint(p))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Inside the surrogate pair snaps to the emoji's start; between paragraphs maps to the line end.
    expect(map.toCodePoint(3)).toBe(1);
    expect(map.toCodePoint(5)).toBe(2);
    expect(map.toCodePoint(7)).toBe(3);
  });
  it("round-trips every offset of a longer text", () => {
    const text = "Pewawancara: Halo 👋🏽\nInforman A: Saya e\u0301 setuju.\n\nשלום עולם\n";
    const m = new PositionMap(text);
    for (let cp = 0; cp <= m.codePointLength; cp++) expect(m.toCodePoint(m.toPosition(cp))).toBe(cp);
  });
});
