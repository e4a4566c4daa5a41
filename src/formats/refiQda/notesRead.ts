// Reading REFI-QDA notes as memos: each <Note> becomes a memo (its name as title, its plain text,
// from PlainTextContent or its plainTextPath, as paragraphs; its creating user as author; its
// dates), linked to every record whose <NoteRef> names it, and to each record a <Link> joins it to
// (how a note on a case is written, the schema giving cases no NoteRef). A NoteRef to a note the
// file does not hold, or a link between other things, is reported, never guessed at.
import { memoDocFromPlainText, sameLink, type Memo, type MemoLink } from "../../core/model/memo";
import type { Id } from "../../core/model/types";
import type { ReportCollector } from "./importReport";
import type { SourceTextResolver } from "./projectRead";
import { attribute, childElement, childElements, childText, type XmlElement } from "./xmlRead";

/** A record's reference to a note, as read where it stands. */
export interface NoteTarget {
  noteGuid: string;
  link: MemoLink;
  /** Where the reference is, for the report. */
  where: string;
}

export interface NotesContext {
  projectId: Id;
  resolveText: SourceTextResolver;
  report: ReportCollector;
  /** The coder of a user GUID (the project's user when none is named). */
  coderOf(guid: string | undefined): Id;
  date(node: XmlElement, name: string, record: string): string | undefined;
  /** The kind of a record of the project by its GUID (for <Link>s), or undefined when it holds none. */
  kindOf(guid: string): MemoLink["kind"] | undefined;
}

export function readNotes(root: XmlElement, targets: NoteTarget[], context: NotesContext): Memo[] {
  const memos = new Map<string, Memo>();
  for (const node of childElements(childElement(root, "Notes"), "Note")) {
    const guid = attribute(node, "guid")?.trim();
    if (!guid || memos.has(guid)) continue;
    const raw = context.resolveText({ guid, name: attribute(node, "name") ?? guid, plainTextPath: attribute(node, "plainTextPath")?.trim(), inlineText: childText(node, "PlainTextContent") });
    const text = raw ?? "";
    const title = attribute(node, "name")?.trim() || text.split("\n", 1)[0]!.trim().slice(0, 60) || "Note";
    const memo: Memo = {
      id: guid,
      projectId: context.projectId,
      title,
      text: memoDocFromPlainText(text),
      author: context.coderOf(attribute(node, "creatingUser")),
      links: [],
    };
    const created = context.date(node, "creationDateTime", `note "${title}"`);
    const modified = context.date(node, "modifiedDateTime", `note "${title}"`);
    if (created !== undefined) memo.created = created;
    if (modified !== undefined) memo.modified = modified;
    memos.set(guid, memo);
  }
  const attach = (noteGuid: string, link: MemoLink, where: string) => {
    const memo = memos.get(noteGuid);
    if (!memo) context.report.add("noteRefs", where);
    else if (!memo.links.some((l) => sameLink(l, link))) memo.links.push(link);
  };
  for (const { noteGuid, link, where } of targets) attach(noteGuid, link, where);
  for (const node of childElements(childElement(root, "Links"), "Link")) {
    const [origin, target] = [attribute(node, "originGUID")?.trim() ?? "", attribute(node, "targetGUID")?.trim() ?? ""];
    const [note, other] = memos.has(origin) ? [origin, target] : memos.has(target) ? [target, origin] : [undefined, undefined];
    const kind = other === undefined ? undefined : context.kindOf(other);
    if (note === undefined || other === undefined || kind === undefined) context.report.add("links", attribute(node, "name")?.trim() || undefined);
    else attach(note, { kind, id: other }, `link "${attribute(node, "name") ?? ""}"`);
  }
  return [...memos.values()];
}
