// Coding commands on a small model: applying a code (with NVivo-style merging), removing codings
// or a code from a passage (trim, split), adjusting bounds; every diff undone by its inverse.
import { describe, expect, it } from "vitest";
import { adjustCoding, applyCode, createAndApplyCode, removeCodeFromRange, removeCoding } from "../../../src/core/commands/codingCommands";
import { invertDiff, isEmptyDiff, type ProjectDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, modelFromContent, type CodingModel } from "../../../src/core/commands/model";
import type { Code, Coding, TextDocument } from "../../../src/core/model/types";
import { stepText } from "../../../src/lang";

// Code points: "Saya " 0–4, 😀 5, " " 6, "senang," 7–13, " " 14, "cafe" 15–18, U+0301 19, " " 20,
// "enak." 21–25, "\n" 26, "Kami puas." 27–36; 37 in all.
const TEXT = "Saya 😀 senang, cafe\u0301 enak.\nKami puas.";
const LONG = `${"a".repeat(40)}😀XY${"b".repeat(40)}`;

const doc = (id: string, text: string): TextDocument => ({
  id, projectId: "p", name: id, text, sourceName: `${id}.txt`, sourceType: "paste", created: "2024-01-01", modified: "2024-01-01",
});
const code = (id: string, name: string): Code => ({ id, projectId: "p", name, parentId: null, color: null, description: "", order: 0 });

/** A stored coding, its quote and context (32 code points) cut by the test itself. */
function stored(id: string, documentId: "d1" | "d2", codeId: string, start: number, end: number): Coding {
  const points = Array.from(documentId === "d1" ? TEXT : LONG);
  const cut = (from: number, to: number) => points.slice(Math.max(0, from), to).join("");
  return {
    id, projectId: "p", documentId, codeId, start, end, coderId: "me", created: "2024-01-02",
    quote: cut(start, end), before: cut(start - 32, start), after: cut(end, end + 32),
  };
}

function model(...codings: Coding[]): CodingModel {
  return modelFromContent({ documents: [doc("d1", TEXT), doc("d2", LONG)], codes: [code("k1", "Gratifikasi"), code("k2", "Transparansi")], codings });
}

const apply = (id: string, documentId: string, codeId: string, start: number, end: number) => ({
  id, projectId: "p", documentId, codeId, start, end, coderId: "me", created: "2024-02-01",
});

const sorted = <T extends { id: string }>(records: Iterable<T>) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const snapshot = (m: CodingModel) => ({ codes: sorted(m.codes.values()), codings: sorted(m.codings.values()) });
const ranges = (m: CodingModel) => sorted(m.codings.values()).map((c) => [c.id, c.documentId, c.codeId, c.start, c.end, c.quote]);

/** Applies the diff, checks that its inverse restores the model exactly, and returns the changed model. */
function roundTrip(m: CodingModel, diff: ProjectDiff): CodingModel {
  const after = applyDiffToModel(m, diff);
  expect(snapshot(applyDiffToModel(after, invertDiff(diff)))).toEqual(snapshot(m));
  return after;
}

describe("applyCode", () => {
  it("adds a coding whose quote and context count code points across an emoji and a combining mark", () => {
    const m = model();
    const { label, diff } = applyCode(m, apply("n1", "d1", "k1", 5, 13));
    expect(stepText(label)).toBe("Apply “Gratifikasi”");
    expect(diff.codings.added).toEqual([
      {
        id: "n1", projectId: "p", documentId: "d1", codeId: "k1", start: 5, end: 13, coderId: "me", created: "2024-02-01",
        quote: "😀 senang", before: "Saya ", after: ", cafe\u0301 enak.\nKami puas.",
      },
    ]);
    const after = roundTrip(m, diff);
    expect(after.codings.get("n1")?.quote).toBe("😀 senang");
    expect(applyCode(m, apply("n2", "d1", "k1", 15, 20)).diff.codings.added[0]?.quote).toBe("cafe\u0301");
  });

  it("keeps 32 code points of context on each side", () => {
    const added = applyCode(model(), apply("n1", "d2", "k1", 40, 43)).diff.codings.added[0]!;
    expect([added.quote, added.before, added.after]).toEqual(["😀XY", "a".repeat(32), "b".repeat(32)]);
  });

  it("merges the code's overlapping and touching codings into one covering their union", () => {
    const m = model(stored("a", "d1", "k1", 5, 10), stored("b", "d1", "k1", 12, 15), stored("c", "d1", "k1", 15, 18), stored("z", "d1", "k1", 30, 33));
    const { diff } = applyCode(m, apply("n1", "d1", "k1", 8, 13));
    expect(sorted(diff.codings.removed).map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(diff.codings.added.map((c) => [c.id, c.start, c.end, c.quote])).toEqual([["n1", 5, 18, "😀 senang, caf"]]);
    expect(ranges(roundTrip(m, diff))).toEqual([
      ["n1", "d1", "k1", 5, 18, "😀 senang, caf"],
      ["z", "d1", "k1", 30, 33, "i p"],
    ]);
  });

  it("merges a passage that only touches a coding at either end", () => {
    const m = model(stored("a", "d1", "k1", 0, 4), stored("b", "d1", "k1", 6, 13));
    const { diff } = applyCode(m, apply("n1", "d1", "k1", 4, 6));
    expect(diff.codings.added.map((c) => [c.start, c.end, c.quote])).toEqual([[0, 13, "Saya 😀 senang"]]);
    expect(diff.codings.removed.map((c) => c.id).sort()).toEqual(["a", "b"]);
  });

  it("changes nothing when the passage is already coded, exactly or within a coding", () => {
    const m = model(stored("a", "d1", "k1", 5, 13));
    expect(isEmptyDiff(applyCode(m, apply("n1", "d1", "k1", 5, 13)).diff)).toBe(true);
    expect(isEmptyDiff(applyCode(m, apply("n1", "d1", "k1", 7, 9)).diff)).toBe(true);
  });

  it("leaves other codes' codings and other documents alone", () => {
    const m = model(stored("a", "d1", "k2", 5, 13), stored("b", "d2", "k1", 5, 13));
    const { diff } = applyCode(m, apply("n1", "d1", "k1", 8, 20));
    expect(diff.codings.removed).toEqual([]);
    expect(diff.codings.added.map((c) => c.id)).toEqual(["n1"]);
  });

  it("refuses empty, reversed, outside and fractional passages, unknown ids and a taken id", () => {
    const m = model(stored("a", "d1", "k1", 0, 4));
    expect(() => applyCode(m, apply("n1", "d1", "k1", 4, 4))).toThrow(/empty passage/);
    expect(() => applyCode(m, apply("n1", "d1", "k1", 6, 5))).toThrow(/start 6 is after its end 5/);
    expect(() => applyCode(m, apply("n1", "d1", "k1", 30, 38))).toThrow(/outside the document \(0–37\)/);
    expect(() => applyCode(m, apply("n1", "d1", "k1", -1, 3))).toThrow(/outside/);
    expect(() => applyCode(m, apply("n1", "d1", "k1", 1.5, 3))).toThrow(/whole numbers/);
    expect(() => applyCode(m, apply("n1", "d1", "nope", 0, 3))).toThrow(/no code with id nope/);
    expect(() => applyCode(m, apply("n1", "nope", "k1", 0, 3))).toThrow(/no document with id nope/);
    expect(() => applyCode(m, apply("a", "d1", "k1", 8, 9))).toThrow(/id a already exists/);
    expect(() => applyCode(m, { ...apply("n1", "d1", "k1", 8, 9), projectId: "q" })).toThrow(/another project/);
  });
});

describe("createAndApplyCode", () => {
  it("adds the code and its coding in one diff, undone together", () => {
    const before = model();
    const { label, diff } = createAndApplyCode(
      before,
      { id: "k3", projectId: "p", name: " Kepuasan ", parentId: null, color: null, description: "" },
      { id: "c9", projectId: "p", documentId: "d1", start: 27, end: 37, coderId: "me", created: "2024-01-03" },
    );
    expect(stepText(label)).toBe("Create and apply “Kepuasan”");
    expect(diff.codes.added).toEqual([{ ...code("k3", "Kepuasan"), order: 1 }]); // after its siblings, both at order 0
    expect(diff.codings.added).toEqual([stored("c9", "d1", "k3", 27, 37)].map((c) => ({ ...c, created: "2024-01-03" })));
    const after = applyDiffToModel(before, diff);
    expect(after.codes.has("k3") && after.codings.has("c9")).toBe(true);
    const undone = applyDiffToModel(after, invertDiff(diff));
    expect([undone.codes.has("k3"), undone.codings.has("c9")]).toEqual([false, false]);
  });

  it("refuses both when the name is taken or the passage is not in the text", () => {
    const args = { id: "c9", projectId: "p", documentId: "d1", start: 27, end: 37, coderId: "me", created: "2024-01-03" };
    expect(() => createAndApplyCode(model(), { ...code("k3", "gratifikasi"), parentId: null }, args)).toThrow();
    expect(() => createAndApplyCode(model(), { ...code("k3", "Baru"), parentId: null }, { ...args, end: 99 })).toThrow();
  });
});

describe("removeCoding", () => {
  it("removes one coding and its inverse puts it back", () => {
    const m = model(stored("a", "d1", "k1", 0, 4), stored("b", "d1", "k1", 6, 9));
    const { label, diff } = removeCoding(m, "a", "me");
    expect(stepText(label)).toBe("Remove a coding of “Gratifikasi”");
    expect(ranges(roundTrip(m, diff))).toEqual([["b", "d1", "k1", 6, 9, " se"]]);
    expect(() => removeCoding(m, "nope", "me")).toThrow(/no coding with id nope/);
  });
});

describe("removeCodeFromRange", () => {
  const ids = () => {
    let n = 0;
    return () => `split-${++n}`;
  };

  it("removes codings inside the passage and trims those partly in it", () => {
    const m = model(stored("a", "d1", "k1", 0, 6), stored("b", "d1", "k1", 7, 13), stored("c", "d1", "k1", 15, 25), stored("o", "d1", "k2", 0, 30));
    const { label, diff } = removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 5, end: 20, coderId: "me", newId: ids() });
    expect(stepText(label)).toBe("Remove “Gratifikasi” from a passage");
    expect(ranges(roundTrip(m, diff))).toEqual([
      ["a", "d1", "k1", 0, 5, "Saya "],
      ["c", "d1", "k1", 20, 25, " enak"],
      ["o", "d1", "k2", 0, 30, "Saya 😀 senang, cafe\u0301 enak.\nKam"],
    ]);
    expect(diff.codings.removed.map((c) => c.id)).toEqual(["b"]);
  });

  it("splits a coding that strictly contains the passage, the second piece under a new id", () => {
    const m = model(stored("a", "d1", "k1", 0, 26));
    const { diff } = removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 6, end: 15, coderId: "me", newId: ids() });
    const after = roundTrip(m, diff);
    expect(ranges(after)).toEqual([
      ["a", "d1", "k1", 0, 6, "Saya 😀"],
      ["split-1", "d1", "k1", 15, 26, "cafe\u0301 enak."],
    ]);
    expect(after.codings.get("split-1")).toMatchObject({ coderId: "me", created: "2024-01-02", before: "Saya 😀 senang, ", after: "\nKami puas." });
    expect(after.codings.get("a")?.after).toBe(" senang, cafe\u0301 enak.\nKami puas.");
  });

  it("changes nothing where the code is not applied, and refuses an empty passage", () => {
    const m = model(stored("a", "d1", "k1", 0, 4), stored("b", "d1", "k1", 10, 12));
    expect(isEmptyDiff(removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 4, end: 10, coderId: "me", newId: ids() }).diff)).toBe(true);
    expect(() => removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 3, end: 3, coderId: "me", newId: ids() })).toThrow(/empty/);
    expect(() => removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 0, end: 12, coderId: "me", newId: () => "a" })).not.toThrow();
    expect(() => removeCodeFromRange(model(stored("a", "d1", "k1", 0, 12)), { documentId: "d1", codeId: "k1", start: 3, end: 5, coderId: "me", newId: () => "a" })).toThrow(
      /id a already exists/,
    );
  });
});

describe("adjustCoding", () => {
  it("moves a coding's bounds and takes its quote and context again", () => {
    const m = model(stored("a", "d1", "k1", 0, 4));
    const { label, diff } = adjustCoding(m, "a", 5, 20, "me");
    expect(stepText(label)).toBe("Adjust a coding of “Gratifikasi”");
    expect(diff.codings.updated.map((u) => u.after)).toEqual([
      { ...stored("a", "d1", "k1", 0, 4), start: 5, end: 20, quote: "😀 senang, cafe\u0301", before: "Saya ", after: " enak.\nKami puas." },
    ]);
    roundTrip(m, diff);
  });

  it("absorbs the code's codings it now overlaps or touches, keeping its own id", () => {
    const m = model(stored("a", "d1", "k1", 0, 4), stored("b", "d1", "k1", 7, 13), stored("c", "d1", "k1", 21, 25), stored("o", "d1", "k2", 5, 6));
    const { diff } = adjustCoding(m, "a", 0, 7, "me");
    expect(ranges(roundTrip(m, diff))).toEqual([
      ["a", "d1", "k1", 0, 13, "Saya 😀 senang"],
      ["c", "d1", "k1", 21, 25, "enak"],
      ["o", "d1", "k2", 5, 6, "😀"],
    ]);
  });

  it("changes nothing for the same bounds and refuses bad ones", () => {
    const m = model(stored("a", "d1", "k1", 0, 4));
    expect(isEmptyDiff(adjustCoding(m, "a", 0, 4, "me").diff)).toBe(true);
    expect(() => adjustCoding(m, "a", 2, 2, "me")).toThrow(/empty/);
    expect(() => adjustCoding(m, "a", 0, 40, "me")).toThrow(/outside/);
    expect(() => adjustCoding(m, "nope", 0, 4, "me")).toThrow(/no coding/);
  });
});

describe("orphaned codings", () => {
  const orphan = (id: string, start: number, end: number): Coding => ({ ...stored(id, "d1", "k1", start, end), orphaned: true });

  it("are never merged or trimmed, their offsets being stale", () => {
    const m = model(orphan("o", 0, 10));
    expect(applyCode(m, apply("n1", "d1", "k1", 5, 13)).diff.codings.removed).toEqual([]);
    expect(isEmptyDiff(removeCodeFromRange(m, { documentId: "d1", codeId: "k1", start: 0, end: 37, coderId: "me", newId: () => "x" }).diff)).toBe(true);
  });

  it("are placed again when adjusted, even to the same offsets", () => {
    const m = model(orphan("o", 0, 4));
    const after = roundTrip(m, adjustCoding(m, "o", 0, 4, "me").diff).codings.get("o")!;
    expect(after).toEqual(stored("o", "d1", "k1", 0, 4));
    expect("orphaned" in after).toBe(false);
  });
});

describe("applyDiffToModel", () => {
  it("refuses a diff made for another state: a stale record or a taken id", () => {
    const m = model(stored("a", "d1", "k1", 0, 4));
    const stale = adjustCoding(m, "a", 0, 6, "me").diff;
    const moved = applyDiffToModel(m, adjustCoding(m, "a", 0, 5, "me").diff);
    expect(() => applyDiffToModel(moved, stale)).toThrow(/The coding “Saya” does not match/);
    const added = applyCode(m, apply("n1", "d1", "k1", 10, 12)).diff;
    expect(() => applyDiffToModel(applyDiffToModel(m, added), added)).toThrow(/does not match/);
    expect(() => applyDiffToModel(m, invertDiff(added))).toThrow(/does not match/);
  });
});
