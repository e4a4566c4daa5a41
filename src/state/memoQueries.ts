// The project's memos as a live query (following changes from this tab and others), the most
// recently changed first, and the number of memos on each record, for the "Memos" buttons.
import { useMemo } from "react";
import type { Memo } from "../core/model/memo";
import { appDatabase } from "../persistence/database";
import { useThrottledQuery } from "./throttledQuery";

export function useMemos(projectId: string | null): Memo[] | undefined {
  return useThrottledQuery(["memos"], async () => {
    if (!projectId) return [];
    const memos = await appDatabase().memos.where("projectId").equals(projectId).toArray();
    return memos.sort((a, b) => (b.modified ?? "").localeCompare(a.modified ?? "") || a.title.localeCompare(b.title));
  }, [projectId]);
}

/** How many memos are on each record, keyed "kind:id". */
export function useMemoCounts(projectId: string | null): ReadonlyMap<string, number> {
  const memos = useMemos(projectId);
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const memo of memos ?? []) for (const link of memo.links) counts.set(`${link.kind}:${link.id}`, (counts.get(`${link.kind}:${link.id}`) ?? 0) + 1);
    return counts;
  }, [memos]);
}
