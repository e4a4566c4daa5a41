// Memos for tests: the Banten study with one memo linked to each kind of record (project, document,
// case, code, coding), one free memo linked to several, and one with rich text (bold, italic, lists).
import type { Memo, MemoDoc } from "../../src/core/model/memo";
import type { ProjectContent } from "../../src/core/model/types";

export const RICH_MEMO_TEXT: MemoDoc = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Replies are " }, { type: "text", text: "slow", marks: [{ type: "bold" }] }, { type: "text", text: " on " }, { type: "text", text: "WhatsApp", marks: [{ type: "italic" }] }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "admin < 3 staff & \"busy\"" }] }] }] },
    { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "ask again" }] }] }] },
  ],
};

const paragraph = (text: string): MemoDoc => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** The content with six memos; their authors are the project's coders, their dates distinct. */
export function withSampleMemos(content: ProjectContent): ProjectContent & { memos: Memo[] } {
  const coding = content.codings[0]!;
  const code = content.codes.find((c) => c.id === coding.codeId)!;
  const document = content.documents.find((d) => d.id === coding.documentId)!;
  const kase = content.cases[0]!;
  const memo = (n: number, title: string, text: MemoDoc, links: Memo["links"]): Memo => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    projectId: content.project.id,
    title,
    text,
    author: content.coders[n % content.coders.length]!.id,
    created: `2026-11-0${n}T08:00:00.000Z`,
    modified: `2026-11-0${n}T09:30:00.000Z`,
    links,
  });
  const memos = [
    memo(1, "Project memo", paragraph("What the study is about."), [{ kind: "project", id: content.project.id }]),
    memo(2, "Document memo", paragraph("Interview ran long."), [{ kind: "document", id: document.id }]),
    memo(3, "Case memo", paragraph("Informant was cautious."), [{ kind: "case", id: kase.id }]),
    memo(4, "Code memo", RICH_MEMO_TEXT, [{ kind: "code", id: code.id }]),
    memo(5, "Segment memo", paragraph("Key passage."), [{ kind: "coding", id: coding.id }]),
    memo(6, "Free memo", paragraph("Links a code, a case and a passage."), [{ kind: "code", id: code.id }, { kind: "case", id: kase.id }, { kind: "coding", id: coding.id }]),
  ];
  return { ...content, memos };
}
