// The analysis scope against a brute force on seeded random projects: a document is in scope when it
// is chosen (if documents are chosen), belongs to a chosen case (if cases are chosen) and to a case
// with a chosen value of the attribute (if values are chosen).
import { describe, expect, it } from "vitest";
import { codersInScope, documentsInScope, isWholeProject } from "../../../src/core/analysis/scope";
import type { AnalysisScope } from "../../../src/core/model/savedQuery";
import type { AttributeDefinition, Case, CaseDocument } from "../../../src/core/model/types";
import { seededRandom } from "../../support/random";

describe("analysis scope", () => {
  it("keeps the documents a brute force keeps, on random projects", () => {
    const random = seededRandom(813);
    const pick = <T>(items: readonly T[]) => items.filter(() => random() < 0.4);
    for (let round = 0; round < 200; round++) {
      const documents = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => `d${i}`);
      const values = ["muda", "tua", "12", ""];
      const attribute: AttributeDefinition = { id: "age", projectId: "p", name: "Age", type: "text", choices: [], order: 0 };
      const cases: Case[] = Array.from({ length: Math.floor(random() * 5) }, (_, i) => {
        const value = values[Math.floor(random() * values.length)]!;
        const attributes: Case["attributes"] = value ? { age: value } : {};
        return { id: `c${i}`, projectId: "p", name: `Case ${i}`, attributes };
      });
      const caseDocuments: CaseDocument[] = cases.flatMap((c) => pick(documents).map((documentId) => ({ projectId: "p", caseId: c.id, documentId })));
      const scope: AnalysisScope = {
        ...(random() < 0.5 ? { documentIds: pick(documents) } : {}),
        ...(random() < 0.5 ? { caseIds: pick(cases.map((c) => c.id)) } : {}),
        ...(random() < 0.5 ? { attribute: { attributeId: "age", values: pick(values.filter(Boolean)) } } : {}),
      };
      const casesOf = (documentId: string) => caseDocuments.filter((l) => l.documentId === documentId).map((l) => cases.find((c) => c.id === l.caseId)!);
      const expected = documents.filter(
        (d) =>
          (!scope.documentIds?.length || scope.documentIds.includes(d)) &&
          (!scope.caseIds?.length || casesOf(d).some((c) => scope.caseIds!.includes(c.id))) &&
          (!scope.attribute?.values.length || casesOf(d).some((c) => scope.attribute!.values.includes(String(c.attributes.age ?? "")))),
      );
      const kept = documentsInScope(scope, { cases, caseDocuments, attributes: [attribute] });
      if (isWholeProject(scope)) expect(kept).toBeNull();
      else expect(documents.filter((d) => kept!.has(d))).toEqual(expected);
    }
  });

  it("limits coders only when some are chosen", () => {
    expect(codersInScope({})).toBeNull();
    expect(codersInScope({ coderIds: [] })).toBeNull();
    expect([...codersInScope({ coderIds: ["a", "b"] })!]).toEqual(["a", "b"]);
    expect(isWholeProject({ coderIds: ["a"] })).toBe(false);
  });
});
