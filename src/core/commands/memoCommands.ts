// Commands on memos: write one (with its first links), edit its title or text, link it to a record
// or unlink it, delete it. Each returns a diff of the memo before and after, checked against the
// stored memo when applied, and undone exactly by its inverse.
import { emptyChanges, emptyDiff, type CommandResult, type ProjectDiff, type RecordChanges } from "./diff";
import { sameLink, type Memo, type MemoDoc, type MemoLink } from "../model/memo";
import type { Id } from "../model/types";
import { stepLabel } from "./stepLabel";

export interface CreateMemoArgs {
  id: Id;
  projectId: Id;
  title: string;
  text: MemoDoc;
  author: Id;
  links: MemoLink[];
  /** The creation time, ISO 8601. */
  now: string;
}

function memoDiff(changes: Partial<RecordChanges<Memo>>): ProjectDiff {
  return { ...emptyDiff(), memos: { ...emptyChanges<Memo>(), ...changes } };
}

function checkedTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw new Error("A memo needs a title.");
  return trimmed;
}

export function createMemo(args: CreateMemoArgs): CommandResult {
  const title = checkedTitle(args.title);
  const links = args.links.filter((link, i) => args.links.findIndex((other) => sameLink(other, link)) === i);
  const memo: Memo = { id: args.id, projectId: args.projectId, title, text: args.text, author: args.author, created: args.now, modified: args.now, links };
  return { label: stepLabel("newMemo", { title }), diff: memoDiff({ added: [memo] }) };
}

/** The memo with a new title or text (or both); a change that changes nothing is an empty diff. */
export function editMemo(memo: Memo, patch: { title?: string; text?: MemoDoc }, now: string): CommandResult {
  const title = patch.title === undefined ? memo.title : checkedTitle(patch.title);
  const text = patch.text ?? memo.text;
  const label = stepLabel("editMemo", { title });
  if (title === memo.title && JSON.stringify(text) === JSON.stringify(memo.text)) return { label, diff: emptyDiff() };
  return { label, diff: memoDiff({ updated: [{ before: memo, after: { ...memo, title, text, modified: now } }] }) };
}

export function linkMemo(memo: Memo, link: MemoLink, now: string): CommandResult {
  if (memo.links.some((l) => sameLink(l, link))) throw new Error(`The memo “${memo.title}” is already linked there.`);
  const after = { ...memo, links: [...memo.links, link], modified: now };
  return { label: stepLabel("linkMemo", { title: memo.title }), diff: memoDiff({ updated: [{ before: memo, after }] }) };
}

export function unlinkMemo(memo: Memo, link: MemoLink, now: string): CommandResult {
  if (!memo.links.some((l) => sameLink(l, link))) throw new Error(`The memo “${memo.title}” is not linked there.`);
  const after = { ...memo, links: memo.links.filter((l) => !sameLink(l, link)), modified: now };
  return { label: stepLabel("unlinkMemo", { title: memo.title }), diff: memoDiff({ updated: [{ before: memo, after }] }) };
}

export function deleteMemo(memo: Memo): CommandResult {
  return { label: stepLabel("deleteMemo", { title: memo.title }), diff: memoDiff({ removed: [memo] }) };
}
