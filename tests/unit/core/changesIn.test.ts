// The part of a change of codings that concerns one document of one project: two projects may hold
// a document of the same id (one imported from the other's export), and neither's change is the other's.
import { describe, expect, it } from "vitest";
import { changesIn, type RecordChanges } from "../../../src/core/commands/diff";
import type { Coding } from "../../../src/core/model/types";

const coding = (id: string, projectId: string, documentId: string, start = 0): Coding => ({
  id, projectId, documentId, codeId: "k", start, end: start + 4, coderId: "me", quote: "kata", before: "", after: "",
});

const ids = (changes: RecordChanges<Coding>) => ({
  added: changes.added.map((c) => c.id),
  removed: changes.removed.map((c) => c.id),
  updated: changes.updated.map((u) => u.after.id),
});

describe("changesIn", () => {
  const change: RecordChanges<Coding> = {
    added: [coding("a1", "p", "d"), coding("a2", "q", "d"), coding("a3", "p", "e")],
    removed: [coding("r1", "q", "d"), coding("r2", "p", "d")],
    updated: [
      { before: coding("u1", "p", "d", 0), after: coding("u1", "p", "d", 8) },
      { before: coding("u2", "q", "d", 0), after: coding("u2", "q", "d", 8) },
      // Moved between documents of the same project: it concerns both.
      { before: coding("u3", "p", "e", 0), after: coding("u3", "p", "d", 0) },
      { before: coding("u4", "p", "d", 0), after: coding("u4", "p", "e", 0) },
    ],
  };

  it("keeps only that document of that project, a coding moved in or out included", () => {
    // Hand-checked from the list above.
    expect(ids(changesIn(change, "p", "d"))).toEqual({ added: ["a1"], removed: ["r2"], updated: ["u1", "u3", "u4"] });
    expect(ids(changesIn(change, "q", "d"))).toEqual({ added: ["a2"], removed: ["r1"], updated: ["u2"] });
    expect(ids(changesIn(change, "p", "e"))).toEqual({ added: ["a3"], removed: [], updated: ["u3", "u4"] });
    expect(ids(changesIn(change, "q", "e"))).toEqual({ added: [], removed: [], updated: [] });
  });
});
