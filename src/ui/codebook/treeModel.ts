// The codebook as a tree for display: codes nested under their parents in order, flattened into
// the rows that are visible (expanded, and matching the name filter with their ancestors).
import { codeChildren } from "../../core/analysis/codebookRows";
import type { Code } from "../../core/model/types";

export interface TreeRow {
  code: Code;
  level: number;
  hasChildren: boolean;
  expanded: boolean;
  /** Index among its siblings, and the number of siblings. */
  position: number;
  siblings: number;
}

export function visibleRows(codes: Code[], collapsed: ReadonlySet<string>, filter: string): TreeRow[] {
  const children = codeChildren(codes);
  const query = filter.trim().toLocaleLowerCase();
  const matches = new Set<string>();
  if (query) {
    const byId = new Map(codes.map((c) => [c.id, c]));
    for (const code of codes) {
      if (!code.name.toLocaleLowerCase().includes(query)) continue;
      for (let at: Code | undefined = code; at && !matches.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) matches.add(at.id);
    }
  }
  const rows: TreeRow[] = [];
  const walk = (parentId: string | null, level: number) => {
    const list = children.get(parentId) ?? [];
    list.forEach((code, position) => {
      if (query && !matches.has(code.id)) return;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && (query !== "" || !collapsed.has(code.id));
      rows.push({ code, level, hasChildren, expanded, position, siblings: list.length });
      if (expanded) walk(code.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}
