// A generated project for the concept map's geometry tests and benchmark: 15 themes of 13 or 14
// codes (200 codes), 84 cases with one interview each, 5 codings per interview at random codes (a
// seeded generator), some of them overlapping so that codes co-occur: with the topic, 300 nodes.
import { anchorPassage } from "../../src/core/model/anchor";
import type { ProjectContent } from "../../src/core/model/types";

export const GENERATED_THEMES = 15;
export const GENERATED_CODES = 200;
export const GENERATED_CASES = 84;

export function generatedMapProject(): ProjectContent {
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const projectId = "generated-map";
  const now = "2026-01-01T00:00:00.000Z";
  const codes = [];
  for (let t = 0; t < GENERATED_THEMES; t++) codes.push({ id: `t${t}`, projectId, name: `Theme ${t + 1}`, parentId: null, color: null, description: "", order: t });
  for (let c = 0; c < GENERATED_CODES; c++) {
    const theme = c % GENERATED_THEMES;
    codes.push({ id: `t${theme}c${c}`, projectId, name: `Code ${theme + 1}.${Math.floor(c / GENERATED_THEMES) + 1}`, parentId: `t${theme}`, color: null, description: "", order: c });
  }
  const leaves = codes.filter((c) => c.parentId !== null);
  const text = "Informan: pelayanan publik melalui media sosial sangat membantu warga desa. ".repeat(40);
  const documents = Array.from({ length: GENERATED_CASES }, (_, i) => ({ id: `d${i}`, projectId, name: `Interview ${i + 1}`, text, sourceName: "", sourceType: "txt" as const, created: now, modified: now }));
  const codings = [];
  for (const document of documents) {
    for (let k = 0; k < 5; k++) {
      const code = leaves[Math.floor(next() * leaves.length)]!;
      const start = k * 400 + Math.floor(next() * 300);
      const end = start + 60 + Math.floor(next() * 100);
      codings.push({ id: `${document.id}-${k}`, projectId, documentId: document.id, codeId: code.id, start, end, coderId: "me", created: now, ...anchorPassage(text, start, end) });
    }
  }
  return {
    project: { id: projectId, name: "Generated concept map", created: now, modified: now },
    coders: [{ id: "me", projectId, name: "me" }],
    documents,
    codes,
    codings,
    attributes: [],
    cases: documents.map((_, i) => ({ id: `case${i}`, projectId, name: `Case ${i + 1}`, attributes: {} })),
    caseDocuments: documents.map((d, i) => ({ projectId, caseId: `case${i}`, documentId: d.id })),
  };
}
