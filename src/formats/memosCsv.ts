// The memos as CSV: one row per memo with its title, its text as plain text, its author, its
// creation and change times, and what it is attached to ("Code: Theme / Code; Case: Informan A"),
// a link whose record has been deleted named as deleted. Written by the one CSV writer.
import { memoPlainText, type MemoTargetKind } from "../core/model/memo";
import { memoTargetNamer } from "../core/model/memoTargets";
import type { ProjectContent } from "../core/model/types";
import type { CsvOptions } from "./csvOptions";
import { writeCsv } from "./csvWrite";

export interface MemoCsvHeaders {
  title: string;
  text: string;
  author: string;
  created: string;
  modified: string;
  attachedTo: string;
  kind: Record<MemoTargetKind, string>;
  /** What a link to a deleted record is called. */
  deleted: string;
}

export const ENGLISH_MEMO_HEADERS: MemoCsvHeaders = {
  title: "title",
  text: "text",
  author: "author",
  created: "created",
  modified: "modified",
  attachedTo: "attached_to",
  kind: { project: "Project", document: "Document", case: "Case", code: "Code", coding: "Coded segment" },
  deleted: "(deleted)",
};

export function memosCsv(content: ProjectContent, options: CsvOptions, headers: MemoCsvHeaders = ENGLISH_MEMO_HEADERS): string {
  const name = memoTargetNamer(content);
  const coders = new Map(content.coders.map((c) => [c.id, c.name]));
  const memos = (content.memos ?? []).slice().sort((a, b) => (a.created ?? "").localeCompare(b.created ?? "") || (a.id < b.id ? -1 : 1));
  const rows = memos.map((memo) => [
    memo.title,
    memoPlainText(memo.text),
    coders.get(memo.author) ?? memo.author,
    memo.created ?? null,
    memo.modified ?? null,
    memo.links.map((link) => `${headers.kind[link.kind]}: ${name(link).name ?? headers.deleted}`).join("; "),
  ]);
  return writeCsv([headers.title, headers.text, headers.author, headers.created, headers.modified, headers.attachedTo], rows, options);
}
