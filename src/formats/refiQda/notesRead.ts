// Reading REFI-QDA notes as memos: each <Note> becomes a memo (its name as title, its plain text,
// from PlainTextContent or its plainTextPath, as paragraphs; its creating user as author; its
// dates; its formatting from its rich-text .docx when it has one whose text is that plain text),
// linked to every record whose <NoteRef> names it, and to each record a <Link> joins it to
// (how a note on a case is written, the schema giving cases no NoteRef). A NoteRef to a note the
// file does not hold, or a link between other things, is reported, never guessed at.
import { memoDocFromPlainText, memoPlainText, sameLink, type Memo, type MemoDoc, type MemoLink } from "../../core/model/memo";
import type { Id } from "../../core/model/types";
import { FileProblem } from "../importTypes";
import type { ReportCollector } from "./importReport";
import { memoFromDocx } from "./memoDocx";
import { richTextFile } from "./richTextFile";
import type { SourceFileResolver, SourceTextResolver } from "./projectRead";
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
  resolveFile: SourceFileResolver;
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
      text: richTextOf(node, text, title, context) ?? memoDocFromPlainText(text),
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

/**
 * The memo text of a note's rich-text .docx, when the archive holds it and its text is the note's
 * plain text; otherwise undefined, and reported (the plain text is kept).
 */
function richTextOf(node: XmlElement, text: string, title: string, context: NotesContext): MemoDoc | undefined {
  const path = attribute(node, "richTextPath")?.trim();
  if (!path) return undefined;
  const bytes = richTextFile(path, context.resolveFile, context.report, `note "${title}"`);
  if (bytes === null) return undefined;
  try {
    const doc = memoFromDocx(path, bytes);
    const plain = (value: string) => value.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").replace(/\n+$/, "");
    if (plain(memoPlainText(doc)) === plain(text)) return doc;
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
  }
  context.report.add("noteRichTextsNotUsed", title);
  return undefined;
}
