// Codebook commands on a small two-theme codebook: create, rename, recolour, describe, move and
// reorder, merge (children and overlapping codings) and delete; every diff undone by its inverse.
import { describe, expect, it } from "vitest";
import {
  createCode,
  deleteCode,
  describeCode,
  mergeCode,
  moveCode,
  recolorCode,
  renameCode,
} from "../../../src/core/commands/codebookCommands";
import { invertDiff, isEmptyDiff, type ProjectDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, modelFromContent, type CodingModel } from "../../../src/core/commands/model";
import type { Code, Coding } from "../../../src/core/model/types";
import { stepText } from "../../../src/lang";

// Code points: "Saya " 0–4, 😀 5, " " 6, "senang," 7–13, " " 14, "cafe" 15–18, U+0301 19, " " 20,
// "enak." 21–25, "\n" 26, "Kami puas." 27–36.
const TEXT = "Saya 😀 senang, cafe\u0301 enak.\nKami puas.";
const SHORT = "Ya 😀 ya";

const code = (id: string, name: string, parentId: string | null, order: number): Code => ({
  id, projectId: "p", name, parentId, color: null, description: "", order,
});
const CODES = [
  code("T1", "Tata kelola", null, 0),
  code("a", "Gratifikasi", "T1", 0),
  code("b", "Transparansi", "T1", 1),
  code("c", "Akuntabilitas", "T1", 2),
  code("T2", "Layanan", null, 1),
  code("d", "Efisiensi", "T2", 0),
  code("e", "Respons cepat", "T2", 1),
  code("f", "Lain-lain", null, 2),
];

function coding(id: string, documentId: "d1" | "d2", codeId: string, start: number, end: number, coderId = "me"): Coding {
  const points = Array.from(documentId === "d1" ? TEXT : SHORT);
  const cut = (from: number, to: number) => points.slice(Math.max(0, from), to).join("");
  return {
    id, projectId: "p", documentId, codeId, start, end, coderId, created: "2024-01-02",
    quote: cut(start, end), before: cut(start - 32, start), after: cut(end, end + 32),
  };
}

function model(codings: Coding[] = [], codes: Code[] = CODES): CodingModel {
  const doc = (id: string, text: string) => ({
    id, projectId: "p", name: id, text, sourceName: id, sourceType: "paste" as const, created: "2024-01-01", modified: "2024-01-01",
  });
  return modelFromContent({ documents: [doc("d1", TEXT), doc("d2", SHORT)], codes, codings });
}

const sorted = <T extends { id: string }>(records: Iterable<T>) => [...records].sort((x, y) => x.id.localeCompare(y.id));
const snapshot = (m: CodingModel) => ({ codes: sorted(m.codes.values()), codings: sorted(m.codings.values()) });
const tree = (m: CodingModel) => sorted(m.codes.values()).map((c) => [c.id, c.parentId, c.order]);
const changedCodes = (diff: ProjectDiff) => sorted(diff.codes.updated.map((u) => u.after)).map((c) => [c.id, c.parentId, c.order]);

function roundTrip(m: CodingModel, diff: ProjectDiff): CodingModel {
  const after = applyDiffToModel(m, diff);
  expect(snapshot(applyDiffToModel(after, invertDiff(diff)))).toEqual(snapshot(m));
  return after;
}

const newCode = (id: string, name: string, parentId: string | null) => ({ id, projectId: "p", name, parentId, color: "#A0B1C2", description: " Suap ", });

describe("createCode", () => {
  it("adds a code after its last sibling, name and description trimmed, colour in lower case", () => {
    const m = model();
    const { label, diff } = createCode(m, newCode("g", "  Pungli ", "T1"));
    expect(stepText(label)).toBe("Create code “Pungli”");
    expect(diff.codes.added).toEqual([{ id: "g", projectId: "p", name: "Pungli", parentId: "T1", color: "#a0b1c2", description: "Suap", order: 3 }]);
    roundTrip(m, diff);
    expect(createCode(m, newCode("g", "Baru", null)).diff.codes.added[0]?.order).toBe(3);
    expect(createCode(model([], []), newCode("g", "Baru", null)).diff.codes.added[0]?.order).toBe(0);
  });

  it("refuses an empty name, a sibling's name in any case, a bad colour, an unknown parent and a taken id", () => {
    const m = model();
    expect(() => createCode(m, newCode("g", "  ", "T1"))).toThrow(/needs a name/);
    expect(() => createCode(m, newCode("g", " gratifikasi ", "T1"))).toThrow(/already a code “Gratifikasi” under “Tata kelola”/);
    expect(() => createCode(m, newCode("g", "LAYANAN", null))).toThrow(/already a code “Layanan” at the top level/);
    expect(createCode(m, newCode("g", "Gratifikasi", "T2")).diff.codes.added).toHaveLength(1);
    expect(() => createCode(m, { ...newCode("g", "X", null), color: "red" })).toThrow(/not #rrggbb/);
    expect(() => createCode(m, newCode("g", "X", "nope"))).toThrow(/no code with id nope/);
    expect(() => createCode(m, newCode("a", "X", null))).toThrow(/id a already exists/);
  });
});

describe("renameCode, recolorCode, describeCode", () => {
  it("change one field each, and nothing when the value is the same", () => {
    const m = model();
    const renamed = renameCode(m, "a", " Suap ");
    expect(stepText(renamed.label)).toBe("Rename “Gratifikasi” to “Suap”");
    expect(renamed.diff.codes.updated).toEqual([{ before: CODES[1], after: { ...CODES[1], name: "Suap" } }]);
    roundTrip(m, renamed.diff);
    expect(renameCode(m, "a", "GRATIFIKASI").diff.codes.updated[0]?.after.name).toBe("GRATIFIKASI");
    expect(isEmptyDiff(renameCode(m, "a", "Gratifikasi ").diff)).toBe(true);
    expect(() => renameCode(m, "a", "transparansi")).toThrow(/already a code “Transparansi”/);

    const recoloured = recolorCode(m, "T1", "#FF8800");
    expect(stepText(recoloured.label)).toBe("Change the colour of “Tata kelola”");
    expect(recoloured.diff.codes.updated[0]?.after.color).toBe("#ff8800");
    const cleared = recolorCode(applyDiffToModel(m, recoloured.diff), "T1", null);
    expect(cleared.diff.codes.updated[0]?.after.color).toBeNull();
    expect(isEmptyDiff(recolorCode(m, "T1", null).diff)).toBe(true);
    expect(() => recolorCode(m, "T1", "#ff880")).toThrow(/not #rrggbb/);

    const described = describeCode(m, "b", "Keterbukaan informasi\n");
    expect(stepText(described.label)).toBe("Describe “Transparansi”");
    expect(described.diff.codes.updated[0]?.after.description).toBe("Keterbukaan informasi");
    roundTrip(m, described.diff);
    expect(() => describeCode(m, "nope", "x")).toThrow(/no code/);
  });
});

describe("moveCode", () => {
  it("reorders siblings, numbering them 0..n-1 and listing only the codes that change", () => {
    const m = model();
    const { label, diff } = moveCode(m, "c", "T1", 0);
    expect(stepText(label)).toBe("Move “Akuntabilitas”");
    expect(changedCodes(diff)).toEqual([
      ["a", "T1", 1],
      ["b", "T1", 2],
      ["c", "T1", 0],
    ]);
    roundTrip(m, diff);
    expect(changedCodes(moveCode(m, "a", "T1", 1).diff)).toEqual([
      ["a", "T1", 1],
      ["b", "T1", 0],
    ]);
    expect(isEmptyDiff(moveCode(m, "a", "T1", 0).diff)).toBe(true);
  });

  it("moves a code to another parent, renumbering both sibling lists", () => {
    const m = model();
    const { diff } = moveCode(m, "b", "T2", 1);
    expect(changedCodes(diff)).toEqual([
      ["b", "T2", 1],
      ["c", "T1", 1],
      ["e", "T2", 2],
    ]);
    roundTrip(m, diff);
    expect(changedCodes(moveCode(m, "d", null, 1).diff)).toEqual([
      ["d", null, 1],
      ["e", "T2", 0],
      ["f", null, 3],
      ["T2", null, 2],
    ]);
  });

  it("refuses cycles, positions out of range and a name the new siblings have", () => {
    const m = model();
    expect(() => moveCode(m, "T1", "a", 0)).toThrow(/cannot be moved under itself or one of its subcodes \(“Gratifikasi”\)/);
    expect(() => moveCode(m, "T1", "T1", 0)).toThrow(/cannot be moved under itself/);
    expect(() => moveCode(m, "a", "T1", 3)).toThrow(/Position 3 is outside 0–2/);
    expect(() => moveCode(m, "a", "T2", -1)).toThrow(/outside/);
    expect(changedCodes(moveCode(m, "a", "T2", 2).diff)).toEqual([
      ["a", "T2", 2],
      ["b", "T1", 0],
      ["c", "T1", 1],
    ]);
    const withTwin = applyDiffToModel(m, createCode(m, newCode("g", "gratifikasi", null)).diff);
    expect(() => moveCode(withTwin, "a", null, 0)).toThrow(/already a code “gratifikasi” at the top level/);
  });
});

describe("mergeCode", () => {
  const ids = () => {
    let n = 0;
    return () => `m${++n}`;
  };
  const codings = [
    coding("s1", "d1", "T2", 0, 5, "arif"),
    coding("t1", "d1", "T1", 5, 8, "arif"),
    coding("s2", "d1", "T2", 15, 20),
    coding("s3", "d1", "T2", 27, 31, "arif"),
    coding("t2", "d1", "T1", 29, 35),
    coding("cd", "d1", "d", 0, 37),
    coding("s4", "d2", "T2", 0, 3),
  ];

  it("re-points codings, merges one coder's overlapping or touching ones (never two coders'), and moves the children after the target's", () => {
    const m = model(codings);
    const { label, diff } = mergeCode(m, "T2", "T1", ids());
    expect(stepText(label)).toBe("Merge “Layanan” into “Tata kelola”");
    expect(diff.codes.removed.map((c) => c.id)).toEqual(["T2"]);
    expect(changedCodes(diff)).toEqual([
      ["d", "T1", 3],
      ["e", "T1", 4],
    ]);
    expect(diff.codings.removed.map((c) => c.id).sort()).toEqual(["s1", "t1"]);
    const after = roundTrip(m, diff);
    expect(sorted(after.codings.values()).map((c) => [c.id, c.documentId, c.codeId, c.start, c.end, c.quote, c.coderId])).toEqual([
      ["cd", "d1", "d", 0, 37, TEXT, "me"],
      ["m1", "d1", "T1", 0, 8, "Saya 😀 s", "arif"],
      ["s2", "d1", "T1", 15, 20, "cafe\u0301", "me"],
      ["s3", "d1", "T1", 27, 31, "Kami", "arif"],
      ["s4", "d2", "T1", 0, 3, "Ya ", "me"],
      ["t2", "d1", "T1", 29, 35, "mi pua", "me"],
    ]);
    expect(after.codings.get("m1")).toMatchObject({ before: "", after: "enang, cafe\u0301 enak.\nKami puas." });
    expect(tree(after)).toEqual([
      ["a", "T1", 0],
      ["b", "T1", 1],
      ["c", "T1", 2],
      ["d", "T1", 3],
      ["e", "T1", 4],
      ["f", null, 2],
      ["T1", null, 0],
    ]);
  });

  it("merges a leaf into a leaf, re-pointing its codings", () => {
    const m = model([coding("x", "d1", "b", 0, 4), coding("y", "d1", "a", 10, 12)]);
    const { diff } = mergeCode(m, "b", "a", ids());
    expect(diff.codings.updated.map((u) => [u.after.id, u.after.codeId])).toEqual([["x", "a"]]);
    expect(diff.codings.added).toEqual([]);
    roundTrip(m, diff);
  });

  it("re-points an orphaned coding without merging it", () => {
    const m = model([{ ...coding("o", "d1", "b", 0, 4), orphaned: true }, coding("y", "d1", "a", 2, 6)]);
    const { diff } = mergeCode(m, "b", "a", ids());
    expect(diff.codings.updated.map((u) => u.after)).toEqual([{ ...coding("o", "d1", "a", 0, 4), orphaned: true }]);
    expect([diff.codings.added, diff.codings.removed]).toEqual([[], []]);
  });

  it("refuses merging into itself or its own subcode, and subcodes whose names clash", () => {
    const m = model();
    expect(() => mergeCode(m, "T1", "T1", ids())).toThrow(/into itself/);
    expect(() => mergeCode(m, "T1", "b", ids())).toThrow(/“Tata kelola” cannot be merged into its own subcode “Transparansi”/);
    const clash = applyDiffToModel(m, createCode(m, newCode("g", "efisiensi", "T1")).diff);
    expect(() => mergeCode(clash, "T2", "T1", ids())).toThrow(/“Tata kelola” already has a subcode “efisiensi”/);
    expect(() => mergeCode(m, "nope", "T1", ids())).toThrow(/no code with id nope/);
  });
});

describe("deleteCode", () => {
  it("removes a code, its subcodes and all their codings, and says how many codings go", () => {
    const m = model([coding("x", "d1", "a", 0, 4), coding("y", "d1", "T1", 0, 4), coding("z", "d2", "b", 1, 2), coding("w", "d1", "f", 0, 1)]);
    const theme = deleteCode(m, "T1");
    expect(stepText(theme.label)).toBe("Delete “Tata kelola”, 3 subcodes and 3 codings");
    expect(theme.diff.codes.removed.map((c) => c.id).sort()).toEqual(["T1", "a", "b", "c"]);
    expect(theme.diff.codings.removed.map((c) => c.id).sort()).toEqual(["x", "y", "z"]);
    expect(tree(roundTrip(m, theme.diff))).toEqual([
      ["d", "T2", 0],
      ["e", "T2", 1],
      ["f", null, 2],
      ["T2", null, 1],
    ]);
    expect(stepText(deleteCode(m, "f").label)).toBe("Delete “Lain-lain” and 1 coding");
    expect(stepText(deleteCode(m, "d").label)).toBe("Delete “Efisiensi” and 0 codings");
    expect(() => deleteCode(m, "nope")).toThrow(/no code/);
  });
});
