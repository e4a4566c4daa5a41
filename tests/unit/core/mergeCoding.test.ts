// Merging a colleague's coding: documents matched by text then name (codings placed again in a
// renamed document whose text changed), codes by name path, unmatched ones listed and added only
// when chosen, the colleague's coder added; nothing of the project changed, and a second merge of
// the same file adds nothing.
import { describe, expect, it } from "vitest";
import { invertDiff } from "../../../src/core/commands/diff";
import { mergeCoding, planMerge, type MergeSource, type MergeTarget } from "../../../src/core/commands/mergeCoding";
import type { Code, Coding, TextDocument } from "../../../src/core/model/types";
import { sliceCodePoints } from "../../../src/core/text/offsets";

const NOW = "2026-12-01T00:00:00.000Z";
const TEXT_A = "Pelayanan lewat Instagram cepat sekali 😀. Admin menjawab dalam satu jam.\n";
const TEXT_B = "Kadang admin lambat membalas. Saya lalu datang ke kantor desa.\n";

function doc(id: string, projectId: string, name: string, text: string): TextDocument {
  return { id, projectId, name, text, sourceName: `${name}.txt`, sourceType: "txt", created: NOW, modified: NOW };
}
function code(id: string, projectId: string, name: string, parentId: string | null, order = 0): Code {
  return { id, projectId, name, parentId, color: null, description: "", order };
}
function coding(id: string, projectId: string, documentId: string, codeId: string, coderId: string, text: string, quote: string): Coding {
  const start = [...text.slice(0, text.indexOf(quote))].length;
  return { id, projectId, documentId, codeId, coderId, start, end: start + [...quote].length, created: NOW, quote, before: "", after: "" };
}

function project(): MergeTarget {
  return {
    projectId: "p",
    documents: [doc("d1", "p", "Informan A", TEXT_A), doc("d2", "p", "Informan B", TEXT_B)],
    codes: [code("t", "p", "Manfaat", null), code("c1", "p", "Informasi cepat", "t"), code("c2", "p", "Respon lambat", null, 1)],
    codings: [coding("k1", "p", "d1", "c1", "rina", TEXT_A, "cepat sekali"), coding("k2", "p", "d2", "c2", "rina", TEXT_B, "admin lambat")],
    coders: [{ id: "rina", projectId: "p", name: "Rina" }],
  };
}

/** Adi's project: Informan A under another name (same text), Informan B edited, a new document; a matching, a renamed-case and a new code. */
function colleague(): MergeSource {
  const editedB = `Catatan wawancara.\n${TEXT_B}`;
  return {
    documents: [doc("s1", "q", "Wawancara A", TEXT_A), doc("s2", "q", "informan b", editedB), doc("s3", "q", "Informan G", "Teks baru sama sekali.\n")],
    codes: [code("x", "q", "manfaat ", null), code("x1", "q", "Informasi Cepat", "x"), code("x2", "q", "Respon lambat", null), code("n", "q", "Kanal lain", null), code("n1", "q", "Kantor desa", "n")],
    codings: [
      coding("a1", "q", "s1", "x1", "adi", TEXT_A, "cepat sekali"), // the same passage Rina coded
      coding("a2", "q", "s1", "x1", "adi", TEXT_A, "Admin menjawab"),
      coding("a3", "q", "s2", "x2", "adi", editedB, "admin lambat membalas"),
      coding("a4", "q", "s2", "n1", "adi", editedB, "kantor desa"),
      coding("a5", "q", "s3", "x2", "adi", "Teks baru sama sekali.\n", "Teks baru"),
    ],
    coders: [{ id: "adi", projectId: "q", name: "Adi" }],
  };
}

const ids = () => {
  let n = 0;
  return () => `new${++n}`;
};

describe("planMerge", () => {
  it("matches documents by text, then by name, and codes by name path", () => {
    const plan = planMerge(project(), colleague());
    expect(plan.documents.map((d) => [d.source.name, d.match?.name ?? null, d.by, d.codings])).toEqual([
      ["Wawancara A", "Informan A", "text", 2],
      ["informan b", "Informan B", "name", 2],
      ["Informan G", null, null, 1],
    ]);
    expect(plan.codes.map((c) => [c.path.join(" / "), c.match])).toEqual([
      ["manfaat ", "t"],
      ["manfaat  / Informasi Cepat", "c1"],
      ["Respon lambat", "c2"],
      ["Kanal lain", null],
      ["Kanal lain / Kantor desa", null],
    ]);
    expect(plan.coders.map((c) => [c.source.name, c.codings, c.existing])).toEqual([["Adi", 5, null]]);
  });
});

describe("mergeCoding", () => {
  it("adds the colleague's codings as their coder's, changing nothing of the project", () => {
    const target = project();
    const before = structuredClone(target);
    const result = mergeCoding(target, colleague(), { coderNames: {}, addDocuments: [], addCodes: [] }, ids(), NOW);
    expect(target).toEqual(before);
    expect(result.diff.codes).toEqual({ added: [], removed: [], updated: [] });
    expect(result.diff.coders).toEqual({ added: [{ id: "new1", projectId: "p", name: "Adi" }], removed: [], updated: [] });
    for (const changes of [result.diff.codings, result.diff.coders!, result.diff.documents!]) expect([changes.removed, changes.updated]).toEqual([[], []]);
    const texts = new Map(target.documents.map((d) => [d.id, d.text]));
    expect(result.diff.codings.added.map((c) => [c.documentId, c.codeId, c.coderId, sliceCodePoints(texts.get(c.documentId)!, c.start, c.end), c.quote])).toEqual([
      ["d1", "c1", "new1", "cepat sekali", "cepat sekali"],
      ["d1", "c1", "new1", "Admin menjawab", "Admin menjawab"],
      // Found again in Informan B, whose text lacks the colleague's first line.
      ["d2", "c2", "new1", "admin lambat membalas", "admin lambat membalas"],
    ]);
    expect(result.added).toEqual({ codings: 3, coders: 1, codes: 0, documents: 0 });
    expect(result.skipped).toEqual({ unmatched: 2, duplicate: 0, notFound: 0 });
  });

  it("adds chosen codes (with their unmatched ancestors) and documents", () => {
    const result = mergeCoding(project(), colleague(), { coderNames: {}, addDocuments: ["s3"], addCodes: ["n1"] }, ids(), NOW);
    const added = result.diff.codes.added.map((c) => [c.name, c.parentId, c.order]);
    const theme = result.diff.codes.added.find((c) => c.name === "Kanal lain")!;
    expect(added).toEqual([
      ["Kanal lain", null, 2],
      ["Kantor desa", theme.id, 0],
    ]);
    expect(result.diff.documents!.added.map((d) => [d.name, d.projectId, d.text])).toEqual([["Informan G", "p", "Teks baru sama sekali.\n"]]);
    expect(result.added).toEqual({ codings: 5, coders: 1, codes: 2, documents: 1 });
    expect(result.skipped).toEqual({ unmatched: 0, duplicate: 0, notFound: 0 });
  });

  it("adds to an existing coder when the name is theirs, and nothing when merged again", () => {
    const target = project();
    const first = mergeCoding(target, colleague(), { coderNames: { adi: "rina" }, addDocuments: [], addCodes: [] }, ids(), NOW);
    expect(first.diff.coders!.added).toEqual([]);
    // Rina already coded "cepat sekali" at that code: not added twice.
    expect(first.skipped.duplicate).toBe(1);
    expect(first.diff.codings.added.every((c) => c.coderId === "rina")).toBe(true);
    const merged: MergeTarget = { ...target, codings: [...target.codings, ...first.diff.codings.added] };
    const again = mergeCoding(merged, colleague(), { coderNames: { adi: "Rina" }, addDocuments: [], addCodes: [] }, ids(), NOW);
    expect(again.diff.codings.added).toEqual([]);
    expect(again.skipped.duplicate).toBe(3);
  });

  it("is undone by its inverse, which removes exactly what it added", () => {
    const result = mergeCoding(project(), colleague(), { coderNames: {}, addDocuments: ["s3"], addCodes: ["n1"] }, ids(), NOW);
    const inverse = invertDiff(result.diff);
    expect(inverse.codings.removed).toEqual(result.diff.codings.added);
    expect(inverse.coders!.removed).toEqual(result.diff.coders!.added);
    expect(inverse.codes.removed).toEqual(result.diff.codes.added);
    expect(inverse.documents!.removed).toEqual(result.diff.documents!.added);
    expect([inverse.codings.added, inverse.codes.added, inverse.coders!.added, inverse.documents!.added]).toEqual([[], [], [], []]);
  });

  it("refuses an empty coder name", () => {
    expect(() => mergeCoding(project(), colleague(), { coderNames: { adi: "  " }, addDocuments: [], addCodes: [] }, ids(), NOW)).toThrow(/need the name of the coder/);
  });
});
