// The concept map as a graph (fixtures/banten/README.md, "The mapping to reproduce"): the study's
// topic in the centre, linked to each theme; each code linked to its parent; each case linked to the
// codes its documents are coded at (weight: references there); optionally codes that share passages
// linked by their co-occurrence count. Node sizes are references by the study's counting rules.
import type { Case, CaseDocument, Code, Coding, Id } from "../model/types";
import { nameCollator } from "../text/names";
import { codebookRows } from "./codebookRows";
import { codeTotals } from "./codeTotals";
import { cooccurrence } from "./cooccurrence";

export type ConceptNodeKind = "topic" | "theme" | "code" | "case";
export type ConceptLinkKind = "theme" | "code" | "case" | "cooccurrence";

export interface ConceptNode {
  id: string;
  kind: ConceptNodeKind;
  label: string;
  /** Codes and themes: references (a theme's rolled up); cases: references in their documents; topic: all references. */
  references: number;
  /** The code's colour; null for the topic, cases and codes without one (drawn neutral). */
  color: string | null;
}

export interface ConceptLink {
  source: string;
  target: string;
  /** theme: topic → theme; code: parent → code; case: case → code; cooccurrence: code — code. */
  kind: ConceptLinkKind;
  /** Structure links: the child's references; case: references of the code in the case's documents; cooccurrence: shared passages. */
  weight: number;
}

export interface ConceptGraph {
  nodes: ConceptNode[];
  links: ConceptLink[];
}

export interface ConceptGraphInput {
  projectName: string;
  codes: Code[];
  codings: Coding[];
  cases: Case[];
  caseDocuments: CaseDocument[];
}

export interface ConceptGraphOptions {
  includeCases: boolean;
  includeCooccurrence: boolean;
  /** Case and co-occurrence links below this weight are left out; the theme and code structure always stays. */
  minWeight: number;
}

/** The id of the topic node (code and case ids are UUIDs, so it cannot clash). */
export const TOPIC_NODE_ID = "topic";

/**
 * Cases link to, and co-occurrence joins, only the codes passages are coded at directly: codes
 * without children (a theme's roll-up would repeat its codes' links). Orphaned codings count nowhere.
 */
export function conceptGraph(input: ConceptGraphInput, options: ConceptGraphOptions): ConceptGraph {
  const codings = input.codings.filter((c) => !c.orphaned);
  const rows = codebookRows(input.codes);
  const known = new Set(rows.map((r) => r.code.id));
  const counted = codings.filter((c) => known.has(c.codeId));
  const totals = codeTotals(input.codes, counted);
  const parents = new Set(rows.map((r) => r.code.parentId).filter((id): id is Id => id !== null));
  const leaves = rows.filter((r) => !parents.has(r.code.id)).map((r) => r.code);

  const nodes: ConceptNode[] = [{ id: TOPIC_NODE_ID, kind: "topic", label: input.projectName, references: counted.length, color: null }];
  const links: ConceptLink[] = [];
  for (const row of rows) {
    const references = totals.get(row.code.id)?.references ?? 0;
    const isTheme = row.depth === 0;
    nodes.push({ id: row.code.id, kind: isTheme ? "theme" : "code", label: row.code.name, references, color: row.code.color });
    links.push({ source: isTheme ? TOPIC_NODE_ID : row.code.parentId!, target: row.code.id, kind: isTheme ? "theme" : "code", weight: references });
  }

  if (options.includeCases) {
    const documentsOf = new Map<Id, Set<Id>>();
    for (const { caseId, documentId } of input.caseDocuments) {
      const set = documentsOf.get(caseId) ?? new Set<Id>();
      set.add(documentId);
      documentsOf.set(caseId, set);
    }
    const cases = [...input.cases].sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    for (const item of cases) {
      const documents = documentsOf.get(item.id) ?? new Set<Id>();
      const inCase = counted.filter((c) => documents.has(c.documentId));
      nodes.push({ id: item.id, kind: "case", label: item.name, references: inCase.length, color: null });
      const caseTotals = codeTotals(input.codes, inCase);
      for (const code of leaves) {
        const weight = caseTotals.get(code.id)?.references ?? 0;
        if (weight > 0 && weight >= options.minWeight) links.push({ source: item.id, target: code.id, kind: "case", weight });
      }
    }
  }

  if (options.includeCooccurrence) {
    const matrix = cooccurrence({ codes: input.codes, codings }, "overlap");
    const leafIds = new Set(leaves.map((c) => c.id));
    const index = matrix.codes.map((c, i) => ({ id: c.id, i })).filter((c) => leafIds.has(c.id));
    for (let a = 0; a < index.length; a++) {
      for (let b = a + 1; b < index.length; b++) {
        const weight = matrix.counts[index[a]!.i]![index[b]!.i]!;
        if (weight > 0 && weight >= options.minWeight) links.push({ source: index[a]!.id, target: index[b]!.id, kind: "cooccurrence", weight });
      }
    }
  }
  return { nodes, links };
}
