// Importing a codebook into a project's codebook: merging by name path at any depth (case and
// surrounding spaces ignored), adding all as new codes, ids that never overwrite existing records,
// undo by the inverse diff, and random codebooks checked against a reference built from name paths.
import { describe, expect, it } from "vitest";
import { importCodebook, matchCodebook } from "../../../src/core/commands/codebookImport";
import { invertDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, createModel, type CodingModel } from "../../../src/core/commands/model";
import type { Code } from "../../../src/core/model/types";
import { seededRandom } from "../../support/random";
import { stepText } from "../../../src/lang";

const code = (id: string, name: string, parentId: string | null, order: number, extra: Partial<Code> = {}): Code => ({
  id, projectId: "p", name, parentId, color: null, description: "", order, ...extra,
});

// Tata kelola (T1) > Gratifikasi (a) > Uang rokok (a1); Tata kelola > Transparansi (b); Layanan (T2).
const EXISTING = [
  code("T1", "Tata kelola", null, 0),
  code("a", "Gratifikasi", "T1", 0, { color: "#aa0000" }),
  code("a1", "Uang rokok", "a", 0),
  code("b", "Transparansi", "T1", 3, { description: "Open data" }),
  code("T2", "Layanan", null, 5),
];

const modelOf = (codes: Code[]) => createModel(codes, [], new Map());
const sortById = (codes: Iterable<Code>) => [...codes].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
const counter = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};

/** Applies the import, checks that its inverse gives the original model back, and returns the new model. */
function imported(model: CodingModel, incoming: Code[], mode: "merge" | "add", newId = counter("new")): CodingModel {
  const { diff } = importCodebook(model, incoming, mode, newId, "book.qdc");
  const after = applyDiffToModel(model, diff);
  expect(sortById(applyDiffToModel(after, invertDiff(diff)).codes.values())).toEqual(sortById(model.codes.values()));
  return after;
}

describe("importCodebook, merging by name", () => {
  // Incoming: matches at levels 1, 2 and 3; new codes at levels 1 to 4; a code named like an
  // existing one but under another parent.
  const INCOMING = [
    code("i1", "  tata KELOLA ", null, 0, { description: " Governance ", color: "#112233" }),
    code("i2", "GRATIFIKASI", "i1", 0, { color: "#00ff00", description: "Gifts" }),
    code("i3", "uang rokok", "i2", 0),
    code("i4", "Parsel", "i2", 1, { color: "#123456" }),
    code("i5", "Parsel lebaran", "i4", 0, { description: " Hampers " }),
    code("i6", "Pungli", "i1", 2),
    code("i7", "transparansi ", "i1", 1, { description: "Not taken" }),
    code("i8", "Partisipasi", null, 1),
    code("i9", "Forum warga", "i8", 0),
    code("i10", "Layanan", null, 2),
    code("i11", "Uang rokok", "i10", 0),
  ];

  it("maps codes onto existing codes with the same name path and adds the rest under their parents, at the end, in order", () => {
    const model = modelOf(EXISTING);
    expect(matchCodebook(model, INCOMING)).toEqual(new Map([["i1", "T1"], ["i2", "a"], ["i3", "a1"], ["i7", "b"], ["i10", "T2"]]));
    const { label, diff } = importCodebook(model, INCOMING, "merge", counter("new"), "book.qdc");
    expect(stepText(label)).toBe("Import codebook “book.qdc”");
    // Tata kelola's children had orders 0 and 3: the new one comes after, at 4. Top-level: after Layanan (5).
    expect(diff.codes.added).toEqual([
      code("i4", "Parsel", "a", 1, { color: "#123456" }),
      code("i5", "Parsel lebaran", "i4", 0, { description: "Hampers" }),
      code("i6", "Pungli", "T1", 4),
      code("i8", "Partisipasi", null, 6),
      code("i9", "Forum warga", "i8", 0),
      code("i11", "Uang rokok", "T2", 0),
    ]);
    // Only what was empty is filled in: Tata kelola gets a description and colour; Gratifikasi keeps
    // its colour and gets a description; Transparansi keeps its description.
    expect(diff.codes.updated).toEqual([
      { before: EXISTING[0], after: { ...EXISTING[0], description: "Governance", color: "#112233" } },
      { before: EXISTING[1], after: { ...EXISTING[1], description: "Gifts" } },
    ]);
    expect(diff.codes.removed).toEqual([]);
    imported(model, INCOMING, "merge");
  });

  it("changes nothing when every code is already there with its description and colour", () => {
    const model = modelOf(EXISTING);
    const same = [code("x", "LAYANAN", null, 0), code("y", "tata kelola", null, 1, { color: null }), code("z", " transparansi", "y", 0)];
    const { diff } = importCodebook(model, same, "merge", counter("new"), "same.csv");
    expect(diff).toEqual({ codes: { added: [], removed: [], updated: [] }, codings: { added: [], removed: [], updated: [] } });
  });

  it("maps onto the first in order of two existing siblings of the same name (left by adding all)", () => {
    const model = modelOf([...EXISTING, code("T3", "layanan", null, 2)]);
    expect(matchCodebook(model, [code("x", "Layanan", null, 0)])).toEqual(new Map([["x", "T3"]]));
  });

  it("gives a fresh id to an added code whose incoming id the project already uses, and keeps the others", () => {
    const model = modelOf(EXISTING);
    // "a" and "b" are ids of existing codes, here on codes with other name paths.
    const incoming = [code("a", "Baru", null, 0), code("b", "Anak", "a", 0), code("T1", "Tata kelola", null, 1), code("c", "Cucu", "b", 0)];
    const after = imported(model, incoming, "merge", counter("fresh"));
    expect(after.codes.get("a")).toEqual(EXISTING[1]);
    expect(after.codes.get("b")).toEqual(EXISTING[3]);
    expect(after.codes.get("fresh1")).toEqual(code("fresh1", "Baru", null, 6));
    expect(after.codes.get("fresh2")).toEqual(code("fresh2", "Anak", "fresh1", 0));
    expect(after.codes.get("c")).toEqual(code("c", "Cucu", "fresh2", 0));
    expect(after.codes.size).toBe(EXISTING.length + 3);
  });

  it("takes incoming siblings of the same name as one code, their children together", () => {
    const incoming = [
      code("i1", "Baru", null, 0, { description: "" }),
      code("i2", "Satu", "i1", 0),
      code("i3", " BARU", null, 1, { description: "Second" }),
      code("i4", "Dua", "i3", 0),
      code("i5", "satu", "i3", 1),
    ];
    const after = imported(modelOf([]), incoming, "merge");
    expect(sortById(after.codes.values())).toEqual([
      code("i1", "Baru", null, 0, { description: "Second" }),
      code("i2", "Satu", "i1", 0),
      code("i4", "Dua", "i1", 1),
    ]);
  });
});

describe("importCodebook, adding all as new codes", () => {
  it("adds every code with a fresh id, the tree kept, top-level codes after the project's even when a name is taken", () => {
    const model = modelOf(EXISTING);
    const incoming = [
      code("T1", "Layanan", null, 1, { color: "#0000ff" }),
      code("k", "Tata kelola", null, 0),
      code("m", "Gratifikasi", "k", 0, { description: " Gifts " }),
      code("n", "Uang rokok", "m", 0),
      code("o", "Respons", "T1", 0),
    ];
    expect(matchCodebook(model, incoming).size).toBe(4);
    const { diff } = importCodebook(model, incoming, "add", counter("new"), "book.qdc");
    expect(diff.codes.updated).toEqual([]);
    expect(diff.codes.added).toEqual([
      code("new1", "Tata kelola", null, 6),
      code("new2", "Gratifikasi", "new1", 0, { description: "Gifts" }),
      code("new3", "Uang rokok", "new2", 0),
      code("new4", "Layanan", null, 7, { color: "#0000ff" }),
      code("new5", "Respons", "new4", 0),
    ]);
    const after = imported(model, incoming, "add");
    for (const existing of EXISTING) expect(after.codes.get(existing.id)).toEqual(existing);
  });
});

describe("importCodebook refuses", () => {
  const model = modelOf(EXISTING);
  it("incoming codes that share an id, whose parents form a cycle, or without a name; a fresh id that is taken", () => {
    expect(() => importCodebook(model, [code("x", "A", null, 0), code("x", "B", null, 1)], "merge", counter("n"), "f")).toThrow(/Two incoming codes have the id x/);
    expect(() => importCodebook(model, [code("x", "A", null, 0), code("y", "B", "z", 0), code("z", "C", "y", 0)], "add", counter("n"), "f")).toThrow(/cycle/);
    expect(() => importCodebook(model, [code("x", "  ", null, 0)], "merge", counter("n"), "f")).toThrow(/needs a name/);
    expect(() => importCodebook(model, [code("x", "Baru", null, 0)], "add", () => "T2", "f")).toThrow(/A code with id T2 already exists/);
  });
});

// --- Random codebooks against a reference kept as name paths ---------------------------------

const NAMES = ["Akses", "Biaya", "Cepat", "Daring", "Etika"];
const COLORS = [null, null, "#112233", "#abcdef"];
const DESCRIPTIONS = ["", "", "Satu", " Dua "];

/** A spelling of the name that nameKey takes as the same: other case, spaces around. */
function variant(random: () => number, name: string): string {
  const cased = random() < 0.3 ? name.toUpperCase() : random() < 0.3 ? name.toLowerCase() : name;
  return random() < 0.3 ? ` ${cased}  ` : cased;
}

function randomTree(random: () => number, prefix: string, uniqueSiblings: boolean, takenIds: string[]): Code[] {
  const codes: Code[] = [];
  const grow = (parentId: string | null, depth: number) => {
    const count = depth === 0 ? 1 + Math.floor(random() * 4) : Math.floor(random() * (depth > 3 ? 1 : 4));
    const names = uniqueSiblings ? [...NAMES].sort(() => random() - 0.5) : NAMES;
    for (let i = 0; i < count; i++) {
      const name = uniqueSiblings ? names[i]! : variant(random, names[Math.floor(random() * names.length)]!);
      const borrowed = takenIds[Math.floor(random() * takenIds.length * 4)];
      const id = borrowed && !codes.some((c) => c.id === borrowed) ? borrowed : `${prefix}${codes.length}`;
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
      codes.push(code(id, name, parentId, Math.floor(random() * 3) + i * 3, { color: pick(COLORS), description: pick(DESCRIPTIONS) }));
      grow(id, depth + 1);
    }
  };
  grow(null, 0);
  return codes;
}

/** Codes in preorder, siblings by order. */
function preorder(codes: Code[]): Code[] {
  const result: Code[] = [];
  const visit = (parentId: string | null) => {
    for (const c of codes.filter((x) => x.parentId === parentId).sort((x, y) => x.order - y.order)) {
      result.push(c);
      visit(c.id);
    }
  };
  visit(null);
  return result;
}

/** Each code's path of names, lower-cased and trimmed, joined by " / ". */
function pathsOf(codes: Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (c: Code): string => {
    const own = c.name.trim().toLowerCase();
    return c.parentId === null ? own : `${path(byId.get(c.parentId)!)} / ${own}`;
  };
  return new Map(codes.map((c) => [c.id, path(c)]));
}

describe("importCodebook on random codebooks", () => {
  it("gives the union of name paths when merging and every code again when adding", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const existing = randomTree(random, "e", true, []);
      const incoming = randomTree(random, "i", false, existing.map((c) => c.id));
      const model = modelOf(existing);
      const existingPaths = pathsOf(existing);
      const incomingPaths = pathsOf(incoming);
      const known = new Set(existingPaths.values());
      const context = `seed ${seed}`;

      expect(matchCodebook(model, incoming).size, context).toBe([...incomingPaths.values()].filter((p) => known.has(p)).length);

      // Merge: the set of paths is the union; existing codes keep all but what was empty.
      const merged = [...imported(model, incoming, "merge").codes.values()];
      const mergedPaths = pathsOf(merged);
      const union = new Set([...known, ...incomingPaths.values()]);
      expect(new Set(mergedPaths.values()), context).toEqual(union);
      expect(merged, context).toHaveLength(union.size);
      const inOrder = preorder(incoming);
      for (const before of existing) {
        const sources = inOrder.filter((c) => incomingPaths.get(c.id) === existingPaths.get(before.id));
        const description = before.description || (sources.map((c) => c.description.trim()).find((d) => d !== "") ?? "");
        const color = before.color ?? sources.map((c) => c.color).find((c) => c !== null) ?? null;
        expect(merged.find((c) => c.id === before.id), context).toEqual({ ...before, description, color });
      }
      // Under each parent: the existing children first, then the new ones in the order their paths first come in the file.
      const firstSeen = [...new Set(inOrder.map((c) => incomingPaths.get(c.id)!))];
      for (const parent of [null, ...merged.map((c) => c.id)]) {
        const children = merged.filter((c) => c.parentId === parent).sort((x, y) => x.order - y.order);
        expect(new Set(children.map((c) => c.order)).size, context).toBe(children.length);
        const fresh = children.filter((c) => !known.has(mergedPaths.get(c.id)!)).map((c) => mergedPaths.get(c.id)!);
        expect(fresh, context).toEqual(firstSeen.filter((p) => fresh.includes(p)));
        expect(children.slice(0, children.length - fresh.length).every((c) => known.has(mergedPaths.get(c.id)!)), context).toBe(true);
      }

      // Add: every path as many times as in both together; no existing record touched.
      const added = [...imported(model, incoming, "add").codes.values()];
      const count = (paths: Iterable<string>) => [...paths].sort();
      expect(count(pathsOf(added).values()), context).toEqual(count([...existingPaths.values(), ...incomingPaths.values()]));
      for (const before of existing) expect(added.find((c) => c.id === before.id), context).toEqual(before);
    }
  });
});
