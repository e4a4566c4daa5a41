// What a memo is attached to, named for people: the project by its name, a document or case by its
// name, a code by its path ("Theme / Code"), a coding by its code's path, its document and its quote.
// A link whose record has been deleted is named as such (its kind and that it is gone).
import { codebookRows } from "../analysis/codebookRows";
import type { Memo, MemoLink, MemoTargetKind } from "./memo";
import type { Code, Coding } from "./types";

export interface MemoTarget {
  link: MemoLink;
  /** The record's name; null when it no longer exists. */
  name: string | null;
  /** For a coding: the document it is in and where, to open it there. */
  documentId?: string;
  start?: number;
  end?: number;
}

/** The kinds a memo's links make it: "free" when it has several links, "none" when it has none. */
export type MemoType = MemoTargetKind | "free" | "none";

export function memoType(memo: Pick<Memo, "links">): MemoType {
  if (memo.links.length === 0) return "none";
  if (memo.links.length > 1) return "free";
  return memo.links[0]!.kind;
}

const QUOTE_LENGTH = 50;

/** A lookup of the records memos can link to, built once for a project. */
export interface MemoTargetRecords {
  project: { name: string };
  documents: readonly { id: string; name: string }[];
  cases: readonly { id: string; name: string }[];
  codes: readonly Code[];
  codings: readonly Coding[];
}

export function memoTargetNamer(content: MemoTargetRecords): (link: MemoLink) => MemoTarget {
  const documents = new Map(content.documents.map((d) => [d.id, d.name]));
  const cases = new Map(content.cases.map((c) => [c.id, c.name]));
  const paths = new Map(codebookRows(content.codes).map((row) => [row.code.id, row.path.join(" / ")]));
  const codings = new Map(content.codings.map((c) => [c.id, c]));
  return (link) => {
    switch (link.kind) {
      case "project":
        return { link, name: content.project.name };
      case "document":
        return { link, name: documents.get(link.id) ?? null };
      case "case":
        return { link, name: cases.get(link.id) ?? null };
      case "code":
        return { link, name: paths.get(link.id) ?? null };
      case "coding": {
        const coding = codings.get(link.id);
        if (!coding) return { link, name: null };
        const quote = Array.from(coding.quote);
        const shown = quote.length > QUOTE_LENGTH ? `${quote.slice(0, QUOTE_LENGTH).join("")}…` : quote.join("");
        const name = `${paths.get(coding.codeId) ?? "?"} — ${documents.get(coding.documentId) ?? "?"}: “${shown}”`;
        return { link, name, documentId: coding.documentId, start: coding.start, end: coding.end };
      }
    }
  };
}
