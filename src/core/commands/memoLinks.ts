// Keeping segment memos on their passage when a command replaces codings: applying a code to a
// passage that touches the coder's coding of it, or widening a coding over others, removes those
// codings and covers them with one, and so does merging a code into another. A memo on a removed
// coding moves to the coding that took it in (same document and coder, covering its passage, of the
// same code or of the one it was merged into), in the same diff, so one undo step puts it back.
import { emptyChanges, type ProjectDiff } from "./diff";
import { sameLink, type Memo, type MemoLink } from "../model/memo";
import type { Id } from "../model/types";

export function carryMemoLinks(diff: ProjectDiff, memos: readonly Memo[]): ProjectDiff {
  const successors = [...diff.codings.added, ...diff.codings.updated.map((u) => u.after)];
  const successor = new Map<Id, Id>();
  // A coding of a code the diff removes (a merge of codes) may be taken in by a coding of another code.
  const removedCodes = new Set(diff.codes.removed.map((c) => c.id));
  for (const r of diff.codings.removed) {
    const sameCode = (c: { codeId: Id }) => c.codeId === r.codeId || removedCodes.has(r.codeId);
    const taken = successors.find((c) => c.documentId === r.documentId && sameCode(c) && c.coderId === r.coderId && c.start <= r.start && c.end >= r.end);
    if (taken) successor.set(r.id, taken.id);
  }
  if (successor.size === 0) return diff;
  const updated: { before: Memo; after: Memo }[] = [];
  for (const memo of memos) {
    if (!memo.links.some((l) => l.kind === "coding" && successor.has(l.id))) continue;
    const links: MemoLink[] = [];
    for (const link of memo.links) {
      const moved = link.kind === "coding" && successor.has(link.id) ? { kind: "coding" as const, id: successor.get(link.id)! } : link;
      if (!links.some((l) => sameLink(l, moved))) links.push(moved);
    }
    updated.push({ before: memo, after: { ...memo, links } });
  }
  if (updated.length === 0) return diff;
  const memoChanges = diff.memos ?? emptyChanges<Memo>();
  return { ...diff, memos: { ...memoChanges, updated: [...memoChanges.updated, ...updated] } };
}
