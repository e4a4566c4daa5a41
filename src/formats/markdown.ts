// Markdown transcripts (.md) read into plain text with mdast-util-from-markdown (CommonMark): each
// heading, paragraph, list item, quote line and code line becomes a line, with the markup dropped
// (#, **, _, `, links keep their text, images their alt text). Soft line breaks inside a paragraph
// stay line breaks, as a transcript's turns are often written one per line without blank lines, and
// a bold speaker name (`**Siti:** …`) becomes "Siti: …", a turn the speaker detection finds.
import type { Nodes, Parents, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

export function markdownToText(markdown: string): string {
  const lines = blockLines(fromMarkdown(markdown));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/** The lines of a block container's children, in order. */
function blockLines(parent: Parents): string[] {
  return parent.children.flatMap((child) => blockOf(child));
}

function blockOf(node: RootContent): string[] {
  switch (node.type) {
    case "heading":
    case "paragraph":
      return [inlineText(node)];
    case "list":
      return node.children.flatMap((item, i) => {
        const [first = "", ...rest] = blockLines(item);
        return [node.ordered ? `${(node.start ?? 1) + i}. ${first}` : first, ...rest];
      });
    case "blockquote":
      return blockLines(node);
    case "code":
    case "html":
      return node.value === "" ? [] : [node.value];
    case "thematicBreak":
    case "definition":
      return [];
    default:
      return "children" in node ? blockLines(node) : [];
  }
}

/** A paragraph's or heading's text without its markup; hard and soft breaks are line breaks. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    default:
      return "children" in node ? node.children.map(inlineText).join("") : "";
  }
}
