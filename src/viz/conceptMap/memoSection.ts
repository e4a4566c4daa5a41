// The memos in the HTML report: each with its title, its rich text as HTML (paragraphs, bold,
// italic, lists; every text escaped), its author and change date, and what it is attached to.
import { memoTargetNamer, type MemoTargetRecords } from "../../core/model/memoTargets";
import type { Memo, MemoBlock, MemoTextNode } from "../../core/model/memo";
import type { Coder } from "../../core/model/types";
import { formatDate, t } from "../../lang";
import "../../lang/enViews";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));

function inlineHtml(node: MemoTextNode): string {
  let html = escape(node.text);
  for (const mark of node.marks ?? []) html = mark.type === "bold" ? `<strong>${html}</strong>` : `<em>${html}</em>`;
  return html;
}

/** A memo's text as HTML, only the elements a memo can hold. */
export function memoTextHtml(blocks: readonly MemoBlock[]): string {
  return blocks
    .map((block) => {
      if (block.type === "paragraph") return `<p>${(block.content ?? []).map(inlineHtml).join("")}</p>`;
      const tag = block.type === "bulletList" ? "ul" : "ol";
      return `<${tag}>${block.content.map((item) => `<li>${memoTextHtml(item.content)}</li>`).join("")}</${tag}>`;
    })
    .join("");
}

/** The report's memos section, or "" when the project has none. */
export function memoSectionHtml(memos: readonly Memo[], records: MemoTargetRecords, coders: readonly Coder[]): string {
  if (memos.length === 0) return "";
  const name = memoTargetNamer(records);
  const coderName = new Map(coders.map((c) => [c.id, c.name]));
  const items = memos
    .slice()
    .sort((a, b) => (a.created ?? "").localeCompare(b.created ?? "") || (a.id < b.id ? -1 : 1))
    .map((memo) => {
      const targets = memo.links.map((l) => `${t(`memoType_${l.kind}`)}: ${name(l).name ?? t("memoDeletedTarget")}`).join("; ");
      const meta = [t("memoBy", { name: coderName.get(memo.author) ?? memo.author }), ...(memo.modified ? [t("memoChanged", { date: formatDate(new Date(memo.modified)) })] : [])].join(" · ");
      return `<article class="memo"><h3>${escape(memo.title)}</h3><p class="source">${escape(meta)}</p>${targets ? `<p class="source">${escape(t("reportMemoAttached", { targets }))}</p>` : ""}${memoTextHtml(memo.text.content)}</article>`;
    })
    .join("\n");
  return `<section id="memos">\n<h2>${escape(t("reportMemos"))}</h2>\n${items}\n</section>\n`;
}
