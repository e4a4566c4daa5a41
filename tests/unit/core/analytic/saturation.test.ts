// The saturation curve: a hand-checked small table, and the Banten demo against the codes each
// informant's rows of codings.csv bring, in name order; themes never count (only own codings).
import { describe, expect, it } from "vitest";
import { documentsWithoutNewCodes, orderDocuments, saturationCurve } from "../../../../src/core/analysis/saturation";
import type { Coding } from "../../../../src/core/model/types";
import { buildStudyFromFiles } from "../../../../src/formats/studyFiles";
import { readBantenStudyFiles } from "../../../../scripts/bantenStudyFiles";
import { studyRows } from "../../../support/studyReference";

const coding = (documentId: string, codeId: string, orphaned = false): Coding => ({
  id: `${documentId}${codeId}`, projectId: "p", documentId, codeId, start: 0, end: 3, coderId: "me", created: "", quote: "", before: "", after: "", ...(orphaned ? { orphaned: true as const } : {}),
});

describe("the saturation curve", () => {
  it("counts the codes each document brings first, and the run of documents without one", () => {
    const codings = [coding("d1", "a"), coding("d1", "b"), coding("d2", "b"), coding("d2", "c", true), coding("d3", "c"), coding("d4", "a")];
    const points = saturationCurve(["d1", "d2", "d3", "d4", "d5"], codings);
    expect(points).toEqual([
      { documentId: "d1", newCodeIds: ["a", "b"], total: 2 },
      { documentId: "d2", newCodeIds: [], total: 2 },
      { documentId: "d3", newCodeIds: ["c"], total: 3 },
      { documentId: "d4", newCodeIds: [], total: 3 },
      { documentId: "d5", newCodeIds: [], total: 3 },
    ]);
    expect(documentsWithoutNewCodes(points)).toBe(2);
    expect(documentsWithoutNewCodes(points.slice(0, 3))).toBe(0);
  });

  it("follows the Banten study's codings, informant by informant", () => {
    const study = buildStudyFromFiles(readBantenStudyFiles());
    const ordered = orderDocuments(study.documents, { by: "name" });
    expect(ordered.map((d) => d.name)).toEqual(["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`));
    const seen = new Set<string>();
    const expected = ordered.map((d) => {
      const fresh = [...new Set(studyRows().filter((r) => r.document === d.name).map((r) => r.code))].filter((c) => !seen.has(c));
      fresh.forEach((c) => seen.add(c));
      return { fresh: fresh.sort(), total: seen.size };
    });
    const nameOf = new Map(study.codes.map((c) => [c.id, c.name]));
    const points = saturationCurve(ordered.map((d) => d.id), study.codings);
    expect(points.map((p) => ({ fresh: p.newCodeIds.map((id) => nameOf.get(id)!).sort(), total: p.total }))).toEqual(expected);
  });

  it("orders documents by a case attribute, those without a value last", () => {
    const documents = ["x", "y", "z"].map((id, i) => ({ id, name: id, created: `2024-0${3 - i}-01` }));
    const context = {
      attributes: [{ id: "age", projectId: "p", name: "Usia", type: "number" as const, choices: [], order: 0 }],
      cases: [{ id: "c1", projectId: "p", name: "A", attributes: { age: 30 } }, { id: "c2", projectId: "p", name: "B", attributes: { age: 19 } }],
      caseDocuments: [{ projectId: "p", caseId: "c1", documentId: "x" }, { projectId: "p", caseId: "c2", documentId: "z" }],
    };
    expect(orderDocuments(documents, { by: "attribute", attributeId: "age" }, context).map((d) => d.id)).toEqual(["z", "x", "y"]);
    expect(orderDocuments(documents, { by: "imported" }).map((d) => d.id)).toEqual(["z", "y", "x"]);
    expect(orderDocuments(documents, { by: "project" }).map((d) => d.id)).toEqual(["x", "y", "z"]);
  });
});
