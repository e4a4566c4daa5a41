// Codings whose code was deleted elsewhere: found by code, reassigned to a chosen code (only the code
// changes; coder, passage and quote stay) or deleted, each one diff that its inverse undoes exactly.
import { describe, expect, it } from "vitest";
import { codingsOfMissingCodes, deleteCodings, reassignCodings } from "../../../src/core/commands/deletedCodeCommands";
import { invertDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, modelFromContent, type CodingModel } from "../../../src/core/commands/model";
import type { Code, Coding } from "../../../src/core/model/types";

const TEXT = "Admin lambat membalas pesan warga di Instagram.";
const code = (id: string, name: string): Code => ({ id, projectId: "p", name, parentId: null, color: null, description: "", order: 0 });
const coding = (id: string, codeId: string, start: number, end: number, coderId: string): Coding => ({
  id, projectId: "p", documentId: "d1", codeId, start, end, coderId, created: "2024-03-01",
  quote: TEXT.slice(start, end), before: TEXT.slice(0, start), after: TEXT.slice(end),
});

// "gone" is not in the codebook: a colleague deleted it while Budi and Ana coded with it.
const CODINGS = [coding("c1", "gone", 0, 5, "budi"), coding("c2", "gone", 6, 12, "ana"), coding("c3", "kept", 13, 21, "budi"), coding("c4", "other-gone", 22, 27, "budi")];
const model = (): CodingModel =>
  modelFromContent({
    codes: [code("kept", "Respon lambat"), code("target", "Kanal digital")],
    codings: CODINGS,
    documents: [{ id: "d1", projectId: "p", name: "A", text: TEXT, sourceName: "a.txt", sourceType: "paste", created: "2024-01-01", modified: "2024-01-01" }],
  });
const snapshot = (m: CodingModel) => [...m.codings.values()].sort((a, b) => a.id.localeCompare(b.id));

describe("codings of deleted codes", () => {
  it("are grouped by their missing code, and codings of existing codes are left out", () => {
    const groups = codingsOfMissingCodes(model().codes, CODINGS);
    expect([...groups.keys()].sort()).toEqual(["gone", "other-gone"]);
    expect(groups.get("gone")!.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("are reassigned in one diff that changes only their code, undone by its inverse", () => {
    const before = model();
    const { diff } = reassignCodings(before, ["c1", "c2"], "target");
    expect(diff.codings.added).toEqual([]);
    expect(diff.codings.removed).toEqual([]);
    expect(diff.codings.updated.map((u) => u.after)).toEqual([
      { ...CODINGS[0], codeId: "target" },
      { ...CODINGS[1], codeId: "target" },
    ]);
    const after = applyDiffToModel(before, diff);
    expect(codingsOfMissingCodes(after.codes, after.codings.values()).has("gone")).toBe(false);
    expect(after.codings.get("c1")!.coderId).toBe("budi");
    expect(snapshot(applyDiffToModel(after, invertDiff(diff)))).toEqual(snapshot(before));
  });

  it("are deleted in one diff, undone by its inverse", () => {
    const before = model();
    const { diff } = deleteCodings(before, ["c1", "c2"]);
    expect(diff.codings.removed.map((c) => c.id)).toEqual(["c1", "c2"]);
    const after = applyDiffToModel(before, diff);
    expect([...after.codings.keys()].sort()).toEqual(["c3", "c4"]);
    expect(snapshot(applyDiffToModel(after, invertDiff(diff)))).toEqual(snapshot(before));
  });

  it("refuse a code that is not in the codebook and a coding that does not exist", () => {
    expect(() => reassignCodings(model(), ["c1"], "gone")).toThrow(/no code/);
    expect(() => deleteCodings(model(), ["nope"])).toThrow(/no coding/);
  });
});
