// The codebook as rows for analysis tables: every code in codebook order (a parent before its
// children, siblings by `order`, then name), with its path of names, depth and ancestors.
import type { Code, Id } from "../model/types";
import { nameCollator } from "../text/names";

export interface CodebookRow {
  code: Code;
  /** Names from the top-level theme down to the code. */
  path: string[];
  depth: number;
  /** A theme is a code with children; its coded text rolls up its descendants'. */
  isTheme: boolean;
  /** Row numbers of the code itself and its ancestors, nearest first. */
  lineage: number[];
}

/**
 * The codes in codebook order. A code whose parent is missing counts as top-level; codes caught in a
 * parent cycle are unreachable from the top and left out.
 */
export function codebookRows(codes: readonly Code[]): CodebookRow[] {
  const children = codeChildren(codes);
  const rows: CodebookRow[] = [];
  const visit = (code: Code, parent: CodebookRow | undefined) => {
    const own = children.get(code.id) ?? [];
    const row: CodebookRow = {
      code,
      path: parent ? [...parent.path, code.name] : [code.name],
      depth: parent ? parent.depth + 1 : 0,
      isTheme: own.length > 0,
      lineage: [rows.length, ...(parent?.lineage ?? [])],
    };
    rows.push(row);
    for (const child of own) visit(child, row);
  };
  for (const code of children.get(null) ?? []) visit(code, undefined);
  return rows;
}

/**
 * Each code's children in order (by `order`, then name, then id), under its parent's id; top-level
 * codes, and codes whose parent is missing, under null.
 */
export function codeChildren(codes: readonly Code[]): Map<Id | null, Code[]> {
  const known = new Set(codes.map((c) => c.id));
  const children = new Map<Id | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && known.has(code.parentId) ? code.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(code);
    else children.set(parent, [code]);
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => a.order - b.order || nameCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return children;
}

/** The ids of a row's code and its descendants: the rows after it that are deeper. */
export function subtreeCodeIds(rows: readonly CodebookRow[], index: number): Set<Id> {
  const ids = new Set<Id>();
  const depth = rows[index]?.depth ?? 0;
  for (let i = index; i < rows.length && (i === index || rows[i]!.depth > depth); i++) ids.add(rows[i]!.code.id);
  return ids;
}
