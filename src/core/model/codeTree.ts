// Walking the code hierarchy: a code's descendants.
import type { Code, Id } from "./types";

/** The code's id and the ids of all its descendants. */
export function subtreeIds(codes: readonly Code[], codeId: Id): Set<Id> {
  const ids = new Set([codeId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const code of codes) {
      if (code.parentId !== null && ids.has(code.parentId) && !ids.has(code.id)) {
        ids.add(code.id);
        grew = true;
      }
    }
  }
  return ids;
}
