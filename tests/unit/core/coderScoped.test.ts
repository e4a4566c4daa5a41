// Coders as people: each command acts for one coder and never alters or re-attributes another's
// codings; coders are added and renamed by commands; adjudication takes one side into a consensus
// coder, one undoable step per decision.
import { describe, expect, it } from "vitest";
import { adjudicate, CONSENSUS_CODER_NAME, type AdjudicationChoice } from "../../../src/core/commands/adjudication";
import { createCoder, renameCoder } from "../../../src/core/commands/coderCommands";
import { adjustCoding, applyCode, removeCodeFromRange } from "../../../src/core/commands/codingCommands";
import { invertDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, modelFromContent, type CodingModel } from "../../../src/core/commands/model";
import type { Coder, Coding } from "../../../src/core/model/types";
import { stepText } from "../../../src/lang";

const TEXT = "Pelayanan lewat Instagram cepat sekali, tidak perlu antre di kantor.";
const coders: Coder[] = [
  { id: "ana", projectId: "p", name: "Ana" },
  { id: "budi", projectId: "p", name: "Budi" },
];

function coding(id: string, coderId: string, start: number, end: number): Coding {
  const points = Array.from(TEXT);
  return { id, projectId: "p", documentId: "d", codeId: "k", start, end, coderId, created: "", quote: points.slice(start, end).join(""), before: points.slice(Math.max(0, start - 32), start).join(""), after: points.slice(end, end + 32).join("") };
}

function model(...codings: Coding[]): CodingModel {
  return modelFromContent({
    documents: [{ id: "d", projectId: "p", name: "d", text: TEXT, sourceName: "d", sourceType: "paste", created: "", modified: "" }],
    codes: [{ id: "k", projectId: "p", name: "Efisiensi", parentId: null, color: null, description: "", order: 0 }],
    codings,
    coders,
  });
}

const spans = (m: CodingModel, coderId: string) =>
  [...m.codings.values()].filter((c) => c.coderId === coderId).map((c) => [c.start, c.end]).sort((a, b) => a[0]! - b[0]!);

let serial = 0;
const fresh = () => `n${++serial}`;

describe("coder-scoped coding commands", () => {
  it("merges a new coding only with the same coder's codings of the code", () => {
    const m = model(coding("a1", "ana", 0, 9), coding("b1", "budi", 5, 20));
    const { diff } = applyCode(m, { id: "n", projectId: "p", documentId: "d", codeId: "k", start: 8, end: 25, coderId: "ana", created: "" });
    expect(diff.codings.removed.map((c) => c.id)).toEqual(["a1"]);
    const after = applyDiffToModel(m, diff);
    expect(spans(after, "ana")).toEqual([[0, 25]]);
    expect(after.codings.get("b1")).toEqual(m.codings.get("b1"));
  });

  it("removes a code from a passage for one coder, leaving the other's coding whole", () => {
    const m = model(coding("a1", "ana", 0, 30), coding("b1", "budi", 0, 30));
    const after = applyDiffToModel(m, removeCodeFromRange(m, { documentId: "d", codeId: "k", start: 10, end: 20, coderId: "budi", newId: fresh }).diff);
    expect(spans(after, "budi")).toEqual([[0, 10], [20, 30]]);
    expect(spans(after, "ana")).toEqual([[0, 30]]);
  });

  it("adjusts a coding without absorbing another coder's, and refuses to move another coder's coding", () => {
    const m = model(coding("a1", "ana", 0, 9), coding("b1", "budi", 10, 20));
    const after = applyDiffToModel(m, adjustCoding(m, "a1", 0, 15, "ana").diff);
    expect(spans(after, "ana")).toEqual([[0, 15]]);
    expect(after.codings.get("b1")).toEqual(m.codings.get("b1"));
    expect(() => adjustCoding(m, "b1", 0, 15, "ana")).toThrow(/another coder's/);
  });
});

describe("coder commands", () => {
  it("adds and renames coders by name, refusing empty and duplicate names ignoring case", () => {
    const m = model();
    const added = createCoder(m, { id: "c", projectId: "p", name: "  Citra " });
    expect(added.diff.coders?.added).toEqual([{ id: "c", projectId: "p", name: "Citra" }]);
    expect(() => createCoder(m, { id: "x", projectId: "p", name: "ANA" })).toThrow(/already exists/);
    expect(() => createCoder(m, { id: "x", projectId: "p", name: " " })).toThrow(/needs a name/);
    const renamed = renameCoder(m, "ana", "Ana Lestari");
    const after = applyDiffToModel(m, renamed.diff);
    expect(after.coders.get("ana")?.name).toBe("Ana Lestari");
    expect(applyDiffToModel(after, invertDiff(renamed.diff)).coders.get("ana")?.name).toBe("Ana");
    expect(() => renameCoder(m, "ana", "budi")).toThrow(/already exists/);
  });
});

describe("adjudication", () => {
  // Ana coded 0–20, Budi 10–30: Ana alone on 0–10, both on 10–20, Budi alone on 20–30.
  const base = () => model(coding("a1", "ana", 0, 20), coding("b1", "budi", 10, 30));
  const decide = (m: CodingModel, start: number, end: number, takeFrom: string[], choice: AdjudicationChoice) =>
    adjudicate(m, { projectId: "p", documentId: "d", codeId: "k", start, end, takeFrom, choice, newId: fresh, created: "" });
  const consensusId = (m: CodingModel) => [...m.coders.values()].find((c) => c.name === CONSENSUS_CODER_NAME)!.id;

  it("creates the consensus coder on first use and takes the chosen side's codings whole", () => {
    const m = base();
    const first = decide(m, 0, 10, ["ana"], "A");
    expect(stepText(first.label)).toBe("Take A's coding of “Efisiensi” into Consensus");
    expect(first.diff.coders?.added.map((c) => c.name)).toEqual([CONSENSUS_CODER_NAME]);
    const afterFirst = applyDiffToModel(m, first.diff);
    const consensus = consensusId(afterFirst);
    expect(spans(afterFirst, consensus)).toEqual([[0, 20]]);
    // Budi's side of the second disagreement: merged with what the consensus has.
    const second = decide(afterFirst, 20, 30, ["budi"], "B");
    expect(second.diff.coders).toBeUndefined();
    const afterSecond = applyDiffToModel(afterFirst, second.diff);
    expect(spans(afterSecond, consensus)).toEqual([[0, 30]]);
    // Deciding again for Ana, who did not code 20–30: the consensus is uncoded there.
    const third = applyDiffToModel(afterSecond, decide(afterSecond, 20, 30, ["ana"], "A").diff);
    expect(spans(third, consensus)).toEqual([[0, 20]]);
    // The coders' own codings never change, and each decision undoes exactly.
    for (const state of [afterFirst, afterSecond, third]) {
      expect(spans(state, "ana")).toEqual([[0, 20]]);
      expect(spans(state, "budi")).toEqual([[10, 30]]);
    }
    const undone = applyDiffToModel(afterSecond, invertDiff(second.diff));
    expect(spans(undone, consensus)).toEqual([[0, 20]]);
    expect(spans(applyDiffToModel(afterFirst, invertDiff(first.diff)), consensus)).toEqual([]);
  });

  it("takes both sides' codings at the passage as their union", () => {
    const m = model(coding("a1", "ana", 0, 20), coding("b1", "budi", 15, 30), coding("b2", "budi", 40, 50));
    const after = applyDiffToModel(m, decide(m, 0, 30, ["ana", "budi"], "both").diff);
    expect(spans(after, consensusId(after))).toEqual([[0, 30]]);
  });
});
