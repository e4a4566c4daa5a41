// Words side by side against a brute force: each group's count of a word is the sum, over the
// group's documents, of the word's whole-word occurrences counted here with a regular expression; a
// document of two cases counts in both, a document of no case in the group left over.
import { describe, expect, it } from "vitest";
import { compareWords, groupDocuments } from "../../../../src/core/analysis/wordComparison";
import type { AttributeDefinition, Case, CaseDocument } from "../../../../src/core/model/types";

const documents = [
  { id: "d1", text: "Admin lambat. Admin tidak membalas, admin!" },
  { id: "d2", text: "Pelayanan admin cepat; pelayanan baik." },
  { id: "d3", text: "Tidak ada kasus di sini: pelayanan." },
];
const attributes: AttributeDefinition[] = [{ id: "gen", projectId: "p", name: "Generasi", type: "choice", choices: ["Z", "Y"], order: 0 }];
const cases: Case[] = [
  { id: "b", projectId: "p", name: "Budi", attributes: { gen: "Z" } },
  { id: "a", projectId: "p", name: "Ani", attributes: { gen: "Z" } },
];
const caseDocuments: CaseDocument[] = [
  { projectId: "p", caseId: "a", documentId: "d1" },
  { projectId: "p", caseId: "b", documentId: "d1" },
  { projectId: "p", caseId: "b", documentId: "d2" },
];
const count = (text: string, word: string) => text.toLowerCase().match(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0;

describe("words side by side", () => {
  it("counts each group's documents, as a brute force does", () => {
    const context = { cases, caseDocuments, attributes };
    const byCase = groupDocuments(documents.map((d) => d.id), { by: "case" }, context);
    expect(byCase).toEqual([
      { name: "Ani", documentIds: ["d1"] },
      { name: "Budi", documentIds: ["d1", "d2"] },
      { name: null, documentIds: ["d3"] },
    ]);
    const byValue = groupDocuments(documents.map((d) => d.id), { by: "attribute", attributeId: "gen" }, context);
    expect(byValue).toEqual([
      { name: "Z", documentIds: ["d1", "d2"] },
      { name: null, documentIds: ["d3"] },
    ]);
    for (const groups of [byCase, byValue]) {
      const comparison = compareWords(documents, groups, { minLength: 3 }, 50);
      for (const word of ["admin", "pelayanan", "tidak"]) {
        const expected = groups.map((g) => g.documentIds.reduce((sum, id) => sum + count(documents.find((d) => d.id === id)!.text, word), 0));
        expect(comparison.groups.map((g) => g.counts.get(word) ?? 0)).toEqual(expected);
      }
      const totals = comparison.words.map((w) => comparison.groups.reduce((sum, g) => sum + (g.counts.get(w) ?? 0), 0));
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
    }
  });
});
