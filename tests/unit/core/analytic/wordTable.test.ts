// The word table against a Map: tens of thousands of words, found in place in a text with mixed
// case and by string, so that the table grows many times and hashes collide, each word one entry.
import { describe, expect, it } from "vitest";
import { WordTable } from "../../../../src/core/analysis/wordTable";
import { seededRandom } from "../../../support/random";

describe("the word table", () => {
  it("gives one entry per lowercased word, however the word is looked up, as a Map does", () => {
    const random = seededRandom(17);
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const words = Array.from({ length: 60_000 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join(""));
    const text = words.join(" ");
    const table = new WordTable((word) => !word.startsWith("q"));
    const expected = new Map<string, number>();
    let at = 0;
    for (const word of words) {
      const lower = word.toLowerCase();
      const entry = random() < 0.5 ? table.ascii(text, at, at + word.length) : table.word(lower);
      expect(entry.word).toBe(lower);
      expect(entry.counted).toBe(!lower.startsWith("q"));
      entry.count++;
      expected.set(lower, (expected.get(lower) ?? 0) + 1);
      at += word.length + 1;
    }
    expect(new Map(table.entries.map((e) => [e.word, e.count]))).toEqual(expected);
    expect(table.entries.length).toBe(expected.size);
  });

  it("keeps apart two words whose hashes are equal", () => {
    // "yaczfa" and "glbppa" have the same 32-bit FNV-1a hash, found by a search over six-letter words.
    const fnv = (word: string) => [...word].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 0x01000193), 0x811c9dc5);
    expect(fnv("yaczfa")).toBe(fnv("glbppa"));
    const table = new WordTable(() => true);
    const text = "YaCzFa glbppa";
    const first = table.ascii(text, 0, 6);
    const second = table.ascii(text, 7, 13);
    expect([first.word, second.word]).toEqual(["yaczfa", "glbppa"]);
    expect(table.word("glbppa")).toBe(second);
    expect(table.ascii("GLBPPA", 0, 6)).toBe(second);
    expect(table.word("yaczfa")).toBe(first);
    expect(table.entries).toHaveLength(2);
  });
});
