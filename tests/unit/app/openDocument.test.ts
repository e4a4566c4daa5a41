// The open document's model for commands: its codings, and a change still being saved (shown, not yet
// read back), so that a second command made at once builds on the first; a change that does not fit
// sends the command to the database instead.
import { afterEach, describe, expect, it } from "vitest";
import { openDocumentModel, setOpenDocument } from "../../../src/app/openDocument";
import { applyCode } from "../../../src/core/commands/codingCommands";
import { emptyDiff } from "../../../src/core/commands/diff";
import type { Code, Coding } from "../../../src/core/model/types";
import { useCodingUi } from "../../../src/state/codingStore";

const TEXT = "Pelayanan admin lambat sekali di kantor desa.";
const code: Code = { id: "k", projectId: "p", name: "Lambat", parentId: null, color: null, description: "", order: 0 };
const args = (id: string, start: number, end: number) => ({ id, projectId: "p", documentId: "d", codeId: "k", start, end, coderId: "me", created: "2026-01-01T00:00:00Z" });

afterEach(() => {
  setOpenDocument(null);
  useCodingUi.getState().clearPending();
});

describe("the open document's model", () => {
  it("includes a change being saved, so that an overlapping second coding absorbs the first", () => {
    setOpenDocument({ projectId: "p", documentId: "d", text: TEXT, codes: [code], codings: [], coderId: "me" });
    const first = applyCode(openDocumentModel("p", "d")!, args("c1", 10, 22));
    useCodingUi.getState().showPending(first.diff);
    const model = openDocumentModel("p", "d")!;
    expect([...model.codings.keys()]).toEqual(["c1"]);
    // Coded again over "lambat sekali": one coding of the union, the first one removed.
    const second = applyCode(model, args("c2", 16, 29));
    expect(second.diff.codings.removed.map((c: Coding) => c.id)).toEqual(["c1"]);
    expect(second.diff.codings.added.map((c: Coding) => [c.start, c.end])).toEqual([[10, 29]]);
  });

  it("is null for a change that does not fit the document's codings", () => {
    setOpenDocument({ projectId: "p", documentId: "d", text: TEXT, codes: [code], codings: [], coderId: "me" });
    const stale = emptyDiff();
    stale.codings.removed.push({ ...args("gone", 0, 4), quote: "Pela", before: "", after: "" });
    useCodingUi.getState().showPending(stale);
    expect(openDocumentModel("p", "d")).toBeNull();
    useCodingUi.getState().clearPending();
    expect(openDocumentModel("p", "d")?.codings.size).toBe(0);
  });

  it("is the document's own for a change of another document or of the codebook alone, saved and still shown", () => {
    // The new code is among the document's codes already (read back), the change still kept as shown.
    const created = { ...code, id: "k2", name: "Cepat" };
    setOpenDocument({ projectId: "p", documentId: "d", text: TEXT, codes: [code, created], codings: [], coderId: "me" });
    const codebook = emptyDiff();
    codebook.codes.added.push(created);
    useCodingUi.getState().showPending(codebook);
    useCodingUi.getState().markPendingSaved(codebook);
    expect(openDocumentModel("p", "d")?.codes.has("k2")).toBe(true);
    const elsewhere = emptyDiff();
    elsewhere.codings.added.push({ ...args("c9", 0, 4), documentId: "other", quote: "Pela", before: "", after: "" });
    useCodingUi.getState().showPending(elsewhere);
    expect(openDocumentModel("p", "d")?.codings.size).toBe(0);
  });
});
