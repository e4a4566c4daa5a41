// The concept map's graph on the Banten study: the topic, five themes, thirteen codes and six
// informants; case → code weights checked against rows of fixtures/banten/codings.csv counted
// here; the co-occurrence of the two competence codes; minimum weight; orphaned codings left out.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { conceptGraph, TOPIC_NODE_ID, type ConceptGraph, type ConceptGraphInput } from "../../../src/core/analysis/conceptGraph";
import type { ProjectContent } from "../../../src/core/model/types";
import { parseProjectFile } from "../../../src/formats/projectFile";
import { BANTEN_FIXTURE } from "../../../scripts/bantenStudyFiles";
import { referenceCount, studyRows } from "../../support/studyReference";

const ALL = { includeCases: true, includeCooccurrence: true, minWeight: 0 };
let content: ProjectContent;
let input: ConceptGraphInput;

beforeAll(async () => {
  content = await parseProjectFile("banten-study.json", readFileSync(BANTEN_FIXTURE, "utf8"));
  input = { projectName: content.project.name, codes: content.codes, codings: content.codings, cases: content.cases, caseDocuments: content.caseDocuments };
});

const nodeNamed = (graph: ConceptGraph, label: string) => graph.nodes.find((n) => n.label === label)!;
const linkBetween = (graph: ConceptGraph, a: string, b: string) =>
  graph.links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));

describe("conceptGraph on the Banten study", () => {
  it("has the topic, 5 themes, 13 codes and 6 cases, and the structure links", () => {
    const graph = conceptGraph(input, ALL);
    const kinds = (kind: string) => graph.nodes.filter((n) => n.kind === kind);
    expect(kinds("topic").map((n) => n.label)).toEqual(["Pelayanan publik berbasis media sosial"]);
    expect(kinds("theme")).toHaveLength(5);
    expect(kinds("code")).toHaveLength(13);
    expect(kinds("case").map((n) => n.label)).toEqual(["A", "B", "C", "D", "E", "F"].map((x) => `Informan ${x}`));
    for (const theme of kinds("theme")) expect(linkBetween(graph, TOPIC_NODE_ID, theme.id)?.kind).toBe("theme");
    for (const code of content.codes.filter((c) => c.parentId !== null)) {
      expect(graph.links.find((l) => l.kind === "code" && l.target === code.id)?.source).toBe(code.parentId);
    }
    expect(graph.links.filter((l) => l.kind === "theme" || l.kind === "code")).toHaveLength(18);
  });

  it("sizes codes and themes by references, themes rolled up, cases by their references", () => {
    const graph = conceptGraph(input, ALL);
    for (const row of studyRows()) expect(nodeNamed(graph, row.code).references).toBe(referenceCount([row.code]).references);
    const theme = content.codes.find((c) => c.name === "Manfaat media sosial")!;
    const children = content.codes.filter((c) => c.parentId === theme.id).map((c) => c.name);
    expect(nodeNamed(graph, theme.name).references).toBe(referenceCount(children).references);
    expect(nodeNamed(graph, "Manfaat media sosial").color).toBeNull();
    expect(nodeNamed(graph, "Informasi cepat").color).toBe(content.codes.find((c) => c.name === "Informasi cepat")!.color);
    expect(nodeNamed(graph, "Informasi cepat").color).toMatch(/^#[0-9a-f]{6}$/);
    for (const item of content.cases) expect(nodeNamed(graph, item.name).references).toBe(studyRows().filter((r) => r.document === item.name).length);
    expect(nodeNamed(graph, "Pelayanan publik berbasis media sosial").references).toBe(30);
  });

  it("links each case to its codes with the number of rows per document and code in codings.csv", () => {
    const graph = conceptGraph(input, ALL);
    const expected = new Map<string, number>();
    for (const row of studyRows()) expected.set(`${row.document}\u0000${row.code}`, (expected.get(`${row.document}\u0000${row.code}`) ?? 0) + 1);
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const actual = new Map(graph.links.filter((l) => l.kind === "case").map((l) => [`${label.get(l.source)}\u0000${label.get(l.target)}`, l.weight]));
    expect(actual).toEqual(expected);
    expect(actual.get("Informan B\u0000Efisiensi layanan")).toBe(3);
  });

  it("links codes that share passages by their co-occurrence count", () => {
    const graph = conceptGraph(input, ALL);
    const [a, b] = [nodeNamed(graph, "Kompetensi aparatur kurang").id, nodeNamed(graph, "Peningkatan kompetensi").id];
    expect(linkBetween(graph, a, b)).toMatchObject({ kind: "cooccurrence", weight: 2 });
    const [e1, e2] = [nodeNamed(graph, "Partisipasi publik").id, nodeNamed(graph, "Memperpendek jarak").id];
    expect(linkBetween(graph, e1, e2)).toMatchObject({ kind: "cooccurrence", weight: 1 });
    // Only codes coded directly, never a theme with its own codes.
    const themes = new Set(graph.nodes.filter((n) => n.kind === "theme").map((n) => n.id));
    for (const l of graph.links.filter((l) => l.kind === "cooccurrence")) expect(themes.has(l.source) || themes.has(l.target)).toBe(false);
  });

  it("leaves out cases, co-occurrence and weak links on request, keeping the structure", () => {
    const plain = conceptGraph(input, { includeCases: false, includeCooccurrence: false, minWeight: 0 });
    expect(plain.nodes).toHaveLength(19);
    expect(plain.links.every((l) => l.kind === "theme" || l.kind === "code")).toBe(true);
    const strong = conceptGraph(input, { ...ALL, minWeight: 2 });
    expect(strong.links.filter((l) => l.kind === "theme" || l.kind === "code")).toHaveLength(18);
    expect(strong.links.filter((l) => l.kind === "case" || l.kind === "cooccurrence").every((l) => l.weight >= 2)).toBe(true);
    expect(strong.links.filter((l) => l.kind === "cooccurrence").map((l) => l.weight)).toEqual([2]);
    expect(strong.nodes).toHaveLength(25);
  });

  it("leaves orphaned codings out of every count and link", () => {
    const informanB = content.cases.find((c) => c.name === "Informan B")!;
    const efisiensi = content.codes.find((c) => c.name === "Efisiensi layanan")!;
    const documentId = content.caseDocuments.find((l) => l.caseId === informanB.id)!.documentId;
    let orphaned = 0;
    const codings = content.codings.map((c) => (c.codeId === efisiensi.id && c.documentId === documentId && orphaned++ < 1 ? { ...c, orphaned: true as const } : c));
    const graph = conceptGraph({ ...input, codings }, ALL);
    expect(linkBetween(graph, informanB.id, efisiensi.id)?.weight).toBe(2);
    expect(nodeNamed(graph, "Efisiensi layanan").references).toBe(referenceCount(["Efisiensi layanan"]).references - 1);
    expect(nodeNamed(graph, "Informan B").references).toBe(studyRows().filter((r) => r.document === "Informan B").length - 1);
  });
});
