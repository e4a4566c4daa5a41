// Memos: the researcher's analytic notes. A memo has a title, a small rich text (paragraphs, bold,
// italic, bullet and numbered lists, stored as the editor's JSON document), an author (a coder),
// creation and change times, and links to what it is about: the project, documents, cases, codes
// and codings (a segment memo links to a coding). A link whose record has been deleted is kept, and
// shown as such, so that undoing the deletion finds the memo as it was.
import type { Id } from "./types";

export type MemoTargetKind = "project" | "document" | "case" | "code" | "coding";

export const MEMO_TARGET_KINDS: readonly MemoTargetKind[] = ["project", "document", "case", "code", "coding"];

export interface MemoLink {
  kind: MemoTargetKind;
  id: Id;
}

export type MemoMark = { type: "bold" } | { type: "italic" };

/** A text run with its marks. */
export interface MemoTextNode {
  type: "text";
  text: string;
  marks?: MemoMark[];
}

export interface MemoParagraph {
  type: "paragraph";
  content?: MemoTextNode[];
}

export interface MemoListItem {
  type: "listItem";
  content: MemoBlock[];
}

export interface MemoList {
  type: "bulletList" | "orderedList";
  content: MemoListItem[];
}

export type MemoBlock = MemoParagraph | MemoList;

/** The memo's text as the editor's (Tiptap/ProseMirror) JSON document, restricted to these nodes. */
export interface MemoDoc {
  type: "doc";
  content: MemoBlock[];
}

export interface Memo {
  id: Id;
  projectId: Id;
  title: string;
  text: MemoDoc;
  /** The coder who wrote it (a coder's id). */
  author: Id;
  /** Absent when an imported file did not say. */
  created?: string;
  modified?: string;
  links: MemoLink[];
}

export function sameLink(a: MemoLink, b: MemoLink): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** A memo document of plain text: one paragraph per line (an empty line is an empty paragraph). */
export function memoDocFromPlainText(text: string): MemoDoc {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return { type: "doc", content: lines.map((line): MemoParagraph => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" })) };
}

/**
 * The memo's text as plain text, for search, CSV and REFI-QDA: a line per paragraph, a list item
 * as "- " or "1. " (indented two spaces per level of nesting), marks dropped.
 */
export function memoPlainText(doc: MemoDoc): string {
  const lines: string[] = [];
  const inline = (paragraph: MemoParagraph) => (paragraph.content ?? []).map((t) => t.text).join("");
  const blocks = (nodes: MemoBlock[], depth: number) => {
    const indent = "  ".repeat(depth);
    for (const node of nodes) {
      if (node.type === "paragraph") {
        lines.push(indent + inline(node));
        continue;
      }
      node.content.forEach((item, i) => {
        const marker = node.type === "bulletList" ? "- " : `${i + 1}. `;
        item.content.forEach((child, j) => {
          if (child.type === "paragraph") lines.push(indent + (j === 0 ? marker : " ".repeat(marker.length)) + inline(child));
          else blocks([child], depth + 1);
        });
      });
    }
  };
  blocks(doc.content, 0);
  return lines.join("\n");
}

/** An empty memo text: one empty paragraph. */
export function emptyMemoDoc(): MemoDoc {
  return { type: "doc", content: [{ type: "paragraph" }] };
}
