// Memo commands: each diff applied to a list of memos as the database would, and undone exactly by
// its inverse; a change computed from a memo that changed since conflicts; the plain-text rendering
// of a memo's rich text against hand-written expectations; a segment memo moving with its passage
// when a coding takes another in.
import { describe, expect, it } from "vitest";
import { applyChangesToList, describeRecord, findConflict, invertDiff } from "../../../src/core/commands/diff";
import { createMemo, deleteMemo, editMemo, linkMemo, unlinkMemo } from "../../../src/core/commands/memoCommands";
import { applyCode, removeCoding } from "../../../src/core/commands/codingCommands";
import { mergeCode } from "../../../src/core/commands/codebookCommands";
import { carryMemoLinks } from "../../../src/core/commands/memoLinks";
import { createModel } from "../../../src/core/commands/model";
import { memoDocFromPlainText, memoPlainText, type Memo, type MemoDoc } from "../../../src/core/model/memo";

const base = { code: () => undefined, coding: () => undefined };
const richText: MemoDoc = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Admins answer " }, { type: "text", text: "late", marks: [{ type: "bold" }] }, { type: "text", text: "." }] },
    { type: "bulletList", content: [
      { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "WhatsApp", marks: [{ type: "italic" }] }] }] },
      { type: "listItem", content: [
        { type: "paragraph", content: [{ type: "text", text: "Instagram" }] },
        { type: "orderedList", content: [
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "DMs" }] }] },
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "comments" }] }, { type: "paragraph", content: [{ type: "text", text: "often ignored" }] }] },
        ] },
      ] },
    ] },
    { type: "paragraph" },
    { type: "paragraph", content: [{ type: "text", text: "End" }] },
  ],
};

function created(): Memo {
  const result = createMemo({
    id: "m1",
    projectId: "p",
    title: "  Slow replies ",
    text: richText,
    author: "coder-a",
    links: [{ kind: "code", id: "c1" }, { kind: "code", id: "c1" }, { kind: "coding", id: "g1" }],
    now: "2026-12-01T10:00:00.000Z",
  });
  return result.diff.memos!.added[0]!;
}

describe("memo commands", () => {
  it("creates a memo with a trimmed title, its author, times and links (each once)", () => {
    expect(created()).toEqual({
      id: "m1",
      projectId: "p",
      title: "Slow replies",
      text: richText,
      author: "coder-a",
      created: "2026-12-01T10:00:00.000Z",
      modified: "2026-12-01T10:00:00.000Z",
      links: [{ kind: "code", id: "c1" }, { kind: "coding", id: "g1" }],
    });
    expect(() => createMemo({ id: "m2", projectId: "p", title: " ", text: richText, author: "a", links: [], now: "t" })).toThrow(/needs a title/);
  });

  it("edits, links, unlinks and deletes, each undone exactly by its inverse", () => {
    const memo = created();
    let memos = [memo];
    const steps = [
      (m: Memo) => editMemo(m, { title: "Late answers", text: memoDocFromPlainText("one\ntwo") }, "2026-12-01T11:00:00.000Z"),
      (m: Memo) => linkMemo(m, { kind: "project", id: "p" }, "2026-12-01T12:00:00.000Z"),
      (m: Memo) => unlinkMemo(m, { kind: "code", id: "c1" }, "2026-12-01T13:00:00.000Z"),
      (m: Memo) => deleteMemo(m),
    ];
    const history: Memo[][] = [memos];
    for (const step of steps) {
      const { diff } = step(memos[0]!);
      memos = applyChangesToList(memos, diff.memos!);
      history.push(memos);
    }
    expect(history[1]![0]).toMatchObject({ title: "Late answers", modified: "2026-12-01T11:00:00.000Z", created: "2026-12-01T10:00:00.000Z" });
    expect(history[2]![0]!.links).toEqual([{ kind: "code", id: "c1" }, { kind: "coding", id: "g1" }, { kind: "project", id: "p" }]);
    expect(history[3]![0]!.links).toEqual([{ kind: "coding", id: "g1" }, { kind: "project", id: "p" }]);
    expect(memos).toEqual([]);
    // Undo walks back through every state.
    for (let i = steps.length - 1; i >= 0; i--) {
      const { diff } = steps[i]!(history[i]![0]!);
      memos = applyChangesToList(memos, invertDiff(diff).memos!);
      expect(memos).toEqual(history[i]);
    }
  });

  it("refuses a link twice and an unlink of what is not linked, and an edit that changes nothing is empty", () => {
    const memo = created();
    expect(() => linkMemo(memo, { kind: "code", id: "c1" }, "t")).toThrow(/already linked/);
    expect(() => unlinkMemo(memo, { kind: "case", id: "x" }, "t")).toThrow(/not linked/);
    expect(editMemo(memo, { title: "Slow replies", text: structuredClone(richText) }, "t").diff.memos).toBeUndefined();
    expect(() => editMemo(memo, { title: "" }, "t")).toThrow(/needs a title/);
  });

  it("conflicts with a memo changed since the command was computed, and with an id taken", () => {
    const memo = created();
    const edited = applyChangesToList([memo], editMemo(memo, { title: "Elsewhere" }, "t2").diff.memos!)[0]!;
    const stale = linkMemo(memo, { kind: "case", id: "k" }, "t3");
    expect(findConflict({ ...base, memo: (id) => (id === memo.id ? edited : undefined) }, stale.diff)).toEqual(memo);
    expect(describeRecord(memo)).toBe("The memo “Slow replies”");
    const again = createMemo({ id: memo.id, projectId: "p", title: "Other", text: richText, author: "a", links: [], now: "t" });
    expect(findConflict({ ...base, memo: () => edited }, again.diff)).toEqual(again.diff.memos!.added[0]);
    expect(findConflict({ ...base, memo: () => memo }, stale.diff)).toBeNull();
    expect(() => findConflict(base, stale.diff)).toThrow(/memos a change names cannot be checked/);
  });
});

describe("a memo's plain text", () => {
  it("has a line per paragraph, list items marked and indented by nesting, marks dropped", () => {
    expect(memoPlainText(richText)).toBe(["Admins answer late.", "- WhatsApp", "- Instagram", "  1. DMs", "  2. comments", "     often ignored", "", "End"].join("\n"));
  });

  it("comes back from plain text line by line", () => {
    const text = "First line\n\n- not a list, a line\nlast";
    expect(memoPlainText(memoDocFromPlainText(text))).toBe(text);
    expect(memoPlainText(memoDocFromPlainText("a\r\nb\rc"))).toBe("a\nb\nc");
  });
});

describe("segment memos when codings are replaced", () => {
  const text = "Admin akun resmi sangat lambat membalas pesan warga.";
  const code = { id: "k", projectId: "p", name: "Lambat", parentId: null, color: null, description: "", order: 0 };
  const coding = { id: "c1", projectId: "p", documentId: "d", codeId: "k", start: 10, end: 20, coderId: "a", quote: "", before: "", after: "" };
  const model = createModel([code], [coding], new Map([["d", text]]), [{ id: "a", projectId: "p", name: "Ana" }]);
  const memo: Memo = { ...created(), links: [{ kind: "coding", id: "c1" }, { kind: "code", id: "k" }] };

  it("move to the coding that takes theirs in, in the same diff, and back with its inverse", () => {
    const applied = applyCode(model, { id: "c2", projectId: "p", documentId: "d", codeId: "k", start: 15, end: 30, coderId: "a" });
    expect(applied.diff.codings.removed.map((c) => c.id)).toEqual(["c1"]);
    const diff = carryMemoLinks(applied.diff, [memo]);
    let memos = applyChangesToList([memo], diff.memos!);
    expect(memos[0]!.links).toEqual([{ kind: "coding", id: "c2" }, { kind: "code", id: "k" }]);
    memos = applyChangesToList(memos, invertDiff(diff).memos!);
    expect(memos).toEqual([memo]);
  });

  it("move to the merged coding when their code is merged into another", () => {
    const target = { ...code, id: "t", name: "Respon lambat", order: 1 };
    const overlapping = { ...coding, id: "c0", codeId: "t", start: 5, end: 15 };
    const withTarget = createModel([code, target], [coding, overlapping], new Map([["d", text]]), [{ id: "a", projectId: "p", name: "Ana" }]);
    const merged = mergeCode(withTarget, "k", "t", () => "c9");
    const diff = carryMemoLinks(merged.diff, [memo]);
    expect(applyChangesToList([memo], diff.memos!)[0]!.links).toEqual([{ kind: "coding", id: "c9" }, { kind: "code", id: "k" }]);
  });

  it("stay as they are when a coding is removed without a successor, or another coder's is", () => {
    expect(carryMemoLinks(removeCoding(model, "c1", "a").diff, [memo]).memos).toBeUndefined();
    const other = applyCode(model, { id: "c3", projectId: "p", documentId: "d", codeId: "k", start: 15, end: 30, coderId: "b" });
    expect(carryMemoLinks(other.diff, [memo]).memos).toBeUndefined();
  });
});
