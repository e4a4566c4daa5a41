// Memos in a REFI-QDA export: each memo is a <Note> (its title as name, its text as plain text, its
// author and dates, and, when its text has bold, italic or lists, a .docx of it as its rich text,
// memoDocx.ts), referred to by a <NoteRef> from each record it annotates: the project, a
// source, a code, a selection (when the memo is on every coding of it) or a coding. The schema
// gives cases no NoteRef, so a memo on a case is a <Link> from the note to the case. A link to a
// record that has been deleted has nothing to hang from, and is not written.
import { stableId } from "../../core/model/ids";
import { memoPlainText, type Memo, type MemoTargetKind } from "../../core/model/memo";
import type { Id, ProjectContent } from "../../core/model/types";
import { memoHasFormatting } from "./memoDocx";
import type { XmlNode } from "./xmlWrite";

/** The archive entry of a memo's rich text, under the note's GUID, or null when its plain text carries it all. */
export function noteRichTextEntry(memo: Memo, guid: string): string | null {
  return memoHasFormatting(memo.text) ? `sources/${guid}.docx` : null;
}

export interface NoteXmlParts {
  /** The <NoteRef> elements of a record (none when no memo is on it). */
  refs(kind: MemoTargetKind, id: Id): XmlNode[] | undefined;
  /** A selection's codings' NoteRefs: those of memos on every coding go on the selection, the rest on their codings. */
  selectionRefs(codingIds: readonly Id[]): { selection: XmlNode[] | undefined; coding(id: Id): XmlNode[] | undefined };
  /** The <Notes> element, or undefined when the project has no memos. */
  notes: XmlNode | undefined;
  /** The <Links> element of memos on cases, or undefined. */
  links: XmlNode | undefined;
}

export function noteXmlParts(
  content: ProjectContent,
  guid: (id: Id) => string,
  xmlText: (value: string) => string,
  xmlAttr: (value: string) => string,
  dateTimeAttr: (name: string, value: string | undefined) => XmlNode,
): NoteXmlParts {
  const memos = (content.memos ?? []).slice().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byTarget = new Map<string, Memo[]>();
  for (const memo of memos) {
    for (const link of memo.links) {
      const key = `${link.kind}\u001f${link.kind === "project" ? "" : link.id}`;
      const list = byTarget.get(key) ?? [];
      if (!list.includes(memo)) list.push(memo);
      byTarget.set(key, list);
    }
  }
  const memosOn = (kind: MemoTargetKind, id: Id) => byTarget.get(`${kind}\u001f${kind === "project" ? "" : id}`) ?? [];
  const refNodes = (list: Memo[]) => (list.length > 0 ? list.map((memo) => ({ "@_targetGUID": guid(memo.id) })) : undefined);
  const notes = memos.map((memo) => ({
    "@_guid": guid(memo.id),
    "@_name": xmlAttr(memo.title),
    "@_creatingUser": guid(memo.author),
    ...dateTimeAttr("creationDateTime", memo.created),
    ...dateTimeAttr("modifiedDateTime", memo.modified),
    ...(noteRichTextEntry(memo, guid(memo.id)) !== null ? { "@_richTextPath": `internal://${guid(memo.id)}.docx` } : {}),
    PlainTextContent: xmlText(memoPlainText(memo.text)),
  }));
  const cases = new Set(content.cases.map((c) => c.id));
  const links = memos.flatMap((memo) =>
    memo.links
      .filter((link) => link.kind === "case" && cases.has(link.id))
      .map((link) => ({ "@_guid": stableId("refi-memo-link", memo.id, link.id), "@_name": xmlAttr(memo.title), "@_direction": "OneWay", "@_originGUID": guid(memo.id), "@_targetGUID": guid(link.id) })),
  );
  return {
    refs: (kind, id) => refNodes(memosOn(kind, id)),
    selectionRefs(codingIds) {
      const onEvery = memosOn("coding", codingIds[0] ?? "").filter((memo) => codingIds.every((id) => memosOn("coding", id).includes(memo)));
      return { selection: refNodes(onEvery), coding: (id) => refNodes(memosOn("coding", id).filter((memo) => !onEvery.includes(memo))) };
    },
    notes: notes.length > 0 ? { Note: notes } : undefined,
    links: links.length > 0 ? { Link: links } : undefined,
  };
}
