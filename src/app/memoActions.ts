// Actions on memos behind the memo panel and the "Memos" buttons, each a command (one undo step).
// A change is computed from the memo as the panel shows it, so that a memo changed meanwhile in
// another tab is reported as a conflict, not overwritten.
import { createMemo, deleteMemo, editMemo, linkMemo, unlinkMemo } from "../core/commands/memoCommands";
import type { CommandResult } from "../core/commands/diff";
import { newId } from "../core/model/ids";
import { emptyMemoDoc, type Memo, type MemoDoc, type MemoLink } from "../core/model/memo";
import type { CsvOptions } from "../formats/csvOptions";
import { appDatabase } from "../persistence/database";
import { readProjectContent } from "../persistence/projects";
import { currentCoderId } from "./coderActions";
import { runCommand } from "./commandRunner";

const now = () => new Date().toISOString();

/** Writes a new memo by the current coder; its id when it was saved, else null. */
export async function addMemo(projectId: string, title: string, links: MemoLink[]): Promise<string | null> {
  const id = newId();
  const author = await currentCoderId(projectId);
  const saved = await runCommand(projectId, () => createMemo({ id, projectId, title, text: emptyMemoDoc(), author, links, now: now() }));
  return saved ? id : null;
}

/** Runs a change of a memo; the memo as changed once saved (the memo itself when nothing changed), else null. */
async function changeMemo(memo: Memo, command: () => CommandResult): Promise<Memo | null> {
  let result: CommandResult | undefined;
  const saved = await runCommand(memo.projectId, () => (result = command()));
  return saved ? (result?.diff.memos?.updated[0]?.after ?? memo) : null;
}

export const saveMemo = (memo: Memo, patch: { title?: string; text?: MemoDoc }) => changeMemo(memo, () => editMemo(memo, patch, now()));
export const addMemoLink = (memo: Memo, link: MemoLink) => changeMemo(memo, () => linkMemo(memo, link, now()));
export const removeMemoLink = (memo: Memo, link: MemoLink) => changeMemo(memo, () => unlinkMemo(memo, link, now()));
export const removeMemo = (memo: Memo) => runCommand(memo.projectId, () => deleteMemo(memo));

/** The project's memos as CSV, with the headers of the current language. */
export async function projectMemosCsv(projectId: string, options: CsvOptions): Promise<string> {
  const [{ memosCsv }, { memoCsvHeaders }] = await Promise.all([import("../formats/memosCsv"), import("../lang/exportHeaders")]);
  return memosCsv(await readProjectContent(appDatabase(), projectId), options, memoCsvHeaders());
}
