// A text edit as a command: the canonical new text, codings moved through the edit or marked
// orphaned, and an inverse that gives back the text and every coding exactly.
import { describe, expect, it } from "vitest";
import { invertDiff } from "../../../src/core/commands/diff";
import { applyDiffToModel, createModel } from "../../../src/core/commands/model";
import { editDocumentText } from "../../../src/core/commands/textCommands";
import { anchorPassage } from "../../../src/core/model/anchor";
import type { Code, Coding } from "../../../src/core/model/types";

const TEXT = "Halo 😀 semua.\nKantor cafe\u0301 itu lambat.\nAdmin مرحبا menjawab.\n";
const points = (text: string) => Array.from(text);
/** A coding of the passage's first occurrence, its offsets counted here in code points. */
function codingOf(id: string, passage: string, documentId = "d1"): Coding {
  const all = points(TEXT);
  const wanted = points(passage);
  const start = all.findIndex((_, i) => wanted.every((c, k) => all[i + k] === c));
  const end = start + wanted.length;
  return { id, projectId: "p", documentId, codeId: "k", start, end, coderId: "me", created: "2024-01-01", ...anchorPassage(TEXT, start, end) };
}
const CODE: Code = { id: "k", projectId: "p", name: "K", parentId: null, color: null, description: "", order: 0 };

describe("editDocumentText", () => {
  it("moves codings through the edit, orphans the one whose passage is gone, and undoes exactly", () => {
    const codings = [codingOf("a", "semua"), codingOf("b", "cafe\u0301 itu"), codingOf("c", "مرحبا"), { ...codingOf("x", "Halo", "d2") }];
    const model = createModel([CODE], codings, new Map([["d1", TEXT], ["d2", TEXT]]));
    const edited = `Catatan 👩🏽\r\n${TEXT.replace("Kantor cafe\u0301 itu lambat.\n", "")}`;
    const result = editDocumentText(model, "p", "d1", edited, "Interview 1");
    const canonical = edited.replace(/\r\n/g, "\n");
    expect(result.diff.texts!.updated).toEqual([{ before: { id: "d1", projectId: "p", text: TEXT }, after: { id: "d1", projectId: "p", text: canonical } }]);
    expect([result.placed, result.orphaned]).toEqual([2, 1]);
    const after = new Map(result.diff.codings.updated.map((u) => [u.after.id, u.after]));
    expect(after.has("x")).toBe(false); // another document's coding is not touched
    const slice = (c: Coding) => points(canonical).slice(c.start, c.end).join("");
    expect(slice(after.get("a")!)).toBe("semua");
    expect(slice(after.get("c")!)).toBe("مرحبا");
    expect(after.get("a")!.quote).toBe("semua");
    expect(after.get("b")!.orphaned).toBe(true);

    const applied = applyDiffToModel(model, result.diff);
    const undone = applyDiffToModel(applied, invertDiff(result.diff));
    expect([...undone.codings.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(codings);
    expect(invertDiff(result.diff).texts!.updated[0]!.after.text).toBe(TEXT);
  });

  it("refuses a document the model does not hold", () => {
    const model = createModel([CODE], [], new Map());
    expect(() => editDocumentText(model, "p", "gone", "x", "Gone")).toThrow(/no longer exists/);
  });
});
