// Coding many passages in one command: the result equals applying them one by one, a new code is
// created in the same step, the inverse gives back the model exactly, and "spread to" widens a
// hit to its word, sentence or paragraph.
import { describe, expect, it } from "vitest";
import { codePassages } from "../../../src/core/commands/codePassages";
import { applyCode } from "../../../src/core/commands/codingCommands";
import { invertDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, createModel } from "../../../src/core/commands/model";
import type { Code } from "../../../src/core/model/types";
import { spreadPassage } from "../../../src/core/text/spread";

const TEXT = "Admin lambat sekali. Kantor 😀 tutup!\nHarapan: admin cepat.\n";
const CODE: Code = { id: "k", projectId: "p", name: "Lambat", parentId: null, color: null, description: "", order: 0 };
const sortById = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe("codePassages", () => {
  it("gives what applying each passage in turn gives, as one step undone exactly", () => {
    const model = createModel([CODE], [], new Map([["d", TEXT]]));
    const passages = [{ documentId: "d", start: 0, end: 5 }, { documentId: "d", start: 4, end: 12 }, { documentId: "d", start: 46, end: 51 }];
    let ids = 0;
    const result = codePassages(model, { projectId: "p", code: { id: "k" }, passages, coderId: "me", created: "t", newId: () => `c${++ids}` });
    let stepwise = model;
    let stepIds = 0;
    for (const passage of passages) stepwise = applyDiffToModel(stepwise, applyCode(stepwise, { id: `c${++stepIds}`, projectId: "p", codeId: "k", coderId: "me", created: "t", ...passage }).diff);
    const applied = applyDiffToModel(model, result.diff);
    expect(sortById([...applied.codings.values()])).toEqual(sortById([...stepwise.codings.values()]));
    expect(applied.codings.size).toBe(2); // the two touching passages are one coding
    // By hand: 0–5 and 4–12 overlap, so one coding 0–12; "admin" at 46–51 after the emoji line.
    expect([...applied.codings.values()].map((c) => [c.start, c.end, c.quote]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [0, 12, "Admin lambat"],
      [46, 51, "admin"],
    ]);
    expect(applyDiffToModel(applied, invertDiff(result.diff)).codings.size).toBe(0);
  });

  it("creates the code in the same step", () => {
    const model = createModel([], [], new Map([["d", TEXT]]));
    const result = codePassages(model, {
      projectId: "p", code: { create: { id: "n", projectId: "p", name: "Baru", parentId: null, color: null, description: "" } },
      passages: [{ documentId: "d", start: 0, end: 5 }], coderId: "me", created: "t", newId: () => "c1",
    });
    expect(result.diff.codes.added.map((c) => c.name)).toEqual(["Baru"]);
    expect(result.diff.codings.added.map((c) => c.codeId)).toEqual(["n"]);
    const undone = applyDiffToModel(applyDiffToModel(model, result.diff), invertDiff(result.diff));
    expect([undone.codes.size, undone.codings.size]).toEqual([0, 0]);
  });
});

describe("spreadPassage", () => {
  const slice = (r: { start: number; end: number }) => Array.from(TEXT).slice(r.start, r.end).join("");
  it("widens a hit to its word, sentence or paragraph, in code points past an emoji", () => {
    const at = Array.from(TEXT).join("").indexOf("tut");
    const start = Array.from(TEXT.slice(0, at)).length;
    expect(slice(spreadPassage(TEXT, start, start + 3, "none"))).toBe("tut");
    expect(slice(spreadPassage(TEXT, start, start + 3, "word"))).toBe("tutup");
    expect(slice(spreadPassage(TEXT, start, start + 3, "sentence"))).toBe("Kantor 😀 tutup!");
    expect(slice(spreadPassage(TEXT, start, start + 3, "paragraph"))).toBe("Admin lambat sekali. Kantor 😀 tutup!");
    expect(slice(spreadPassage(TEXT, 2, 40, "paragraph"))).toBe("Admin lambat sekali. Kantor 😀 tutup!\nHarapan: admin cepat.");
  });
});
