// Name-based ids against 64-bit FNV-1a worked out with BigInt, and against a published FNV-1a
// value, so that building or exporting the same study gives the same ids it always has.
import { describe, expect, it } from "vitest";
import { stableId } from "../../../src/core/model/ids";
import { seededRandom } from "../../support/random";

const MASK = (1n << 64n) - 1n;
function fnv1a64(text: string, basis: bigint): string {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & MASK;
  return hash.toString(16).padStart(16, "0");
}
function expectedId(...parts: string[]): string {
  const key = parts.join("\u001f");
  const hex = fnv1a64(key, 0xcbf29ce484222325n) + fnv1a64(key, 0x84222325cbf29ce4n);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

describe("stable ids", () => {
  it("begin with the published 64-bit FNV-1a of the key", () => {
    // FNV-1a 64 of "a" is af63dc4c8601ec8c (the FNV reference test vectors); the id puts its
    // version nibble, 8, in place of the thirteenth digit.
    const published = "af63dc4c8601ec8c";
    expect(stableId("a").replace(/-/g, "").slice(0, 16)).toBe(`${published.slice(0, 12)}8${published.slice(13)}`);
  });

  it("are FNV-1a 64 of the parts joined, seeded twice, on random keys of any UTF-16 units", () => {
    const random = seededRandom(5);
    for (let round = 0; round < 2000; round++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => String.fromCharCode(...Array.from({ length: Math.floor(random() * 40) }, () => (random() < 0.7 ? 0x20 + Math.floor(random() * 95) : Math.floor(random() * 0x10000)))));
      expect(stableId(...parts)).toBe(expectedId(...parts));
    }
  });
});
