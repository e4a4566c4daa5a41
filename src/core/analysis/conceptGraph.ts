// The concept map as a graph (fixtures/banten/README.md, "The mapping to reproduce"): the study's
// topic in the centre, linked to each theme; each code linked to its parent; each case linked to the
// codes its documents are coded at (weight: references there); optionally codes that share passages
// linked by their co-occurrence count. Every number is the coding matrix's (references measure), so
// the map never disagrees with it: a node's references are its matrix row total (a case's: its
// column total), a case link's weight is the cell. The topic counts codings and coded passages.
import type { Case, CaseDocument, Code, Coding, Id } from "../model/types";
import { nameCollator } from "../text/names";
import { codebookRows } from "./codebookRows";
import { cooccurrence } from "./cooccurrence";
import { codingMatrix } from "./matrix";

export type ConceptNodeKind = "topic" | "theme" | "code" | "case";
export type ConceptLinkKind = "theme" | "code" | "case" | "cooccurrence";

export interface ConceptNode {
  id: string;
  kind: ConceptNodeKind;
  label: string;
  /** Coded passages (the matrix's references): a code's or theme's row total, a case's column total, the topic's grand total. */
  references: number;
  /** The topic only: codings (a passage coded at two codes is two codings). */
  codings?: number;
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
  documents: { id: Id; name: string }[];
  cases: Case[];
  caseDocuments: CaseDocument[];
}

export interface ConceptGraphOptions {
  includeCases: boolean;
  includeCooccurrence: boolean;
  /** Case and co-occurrence links below this weight are left out; the theme and code structure always stays. */
  minWeight: number;
  /** The topic's label when not the project's name. */
  topic?: string;
  /** Only these themes (and their codes) are shown; all when absent. */
  themes?: readonly Id[];
  /** Nodes left out, with their links (a hidden theme or code hides its sub-codes too). */
  hidden?: readonly string[];
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
  const documents = input.documents.map((d) => ({ id: d.id, name: d.name, text: "" }));
  const matrixInput = { codes: input.codes, codings: counted, documents, cases: input.cases, caseDocuments: input.caseDocuments, attributes: [], coders: [] };
  // The references measure never reads the text.
  const byDocument = codingMatrix(matrixInput, { columns: { kind: "documents" }, measure: "references" });
  const totals = new Map(byDocument.rows.map((r) => [r.codeId, r.total]));
  const hidden = new Set(options.hidden ?? []);
  const themes = options.themes ? new Set(options.themes) : null;
  const shown = new Set(rows.filter((r) => !r.lineage.some((i) => hidden.has(rows[i]!.code.id)) && (!themes || themes.has(rows[r.lineage[r.lineage.length - 1]!]!.code.id))).map((r) => r.code.id));
  const leaves = rows.filter((r) => !r.isTheme && shown.has(r.code.id)).map((r) => r.code);

  const nodes: ConceptNode[] = [{ id: TOPIC_NODE_ID, kind: "topic", label: options.topic?.trim() || input.projectName, references: byDocument.grandTotal, codings: counted.length, color: null }];
  const links: ConceptLink[] = [];
  for (const row of rows) {
    if (!shown.has(row.code.id)) continue;
    const references = totals.get(row.code.id) ?? 0;
    const isTheme = row.depth === 0;
    nodes.push({ id: row.code.id, kind: isTheme ? "theme" : "code", label: row.code.name, references, color: row.code.color });
    links.push({ source: isTheme ? TOPIC_NODE_ID : row.code.parentId!, target: row.code.id, kind: isTheme ? "theme" : "code", weight: references });
  }

  if (options.includeCases) {
    const byCase = codingMatrix(matrixInput, { columns: { kind: "cases" }, measure: "references" });
    const rowOf = new Map(byCase.rows.map((r) => [r.codeId, r]));
    const cases = [...input.cases].sort((a, b) => nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
    for (const item of cases) {
      const column = byCase.columns.findIndex((c) => c.id === item.id);
      if (hidden.has(item.id) || column < 0) continue;
      nodes.push({ id: item.id, kind: "case", label: item.name, references: byCase.columnTotals[column]!, color: null });
      for (const code of leaves) {
        const weight = rowOf.get(code.id)?.values[column] ?? 0;
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
