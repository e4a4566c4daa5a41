// Reads the plain text of a Word .docx file with mammoth (loaded only when a .docx is imported):
// one line per paragraph, soft line breaks kept, canonical, ending with a single line break.
import { canonicalizeText, isBlank } from "../core/text/canonical";
import { FileProblem } from "./importTypes";

/** Tags that start or end a block of text (paragraph, heading, list item, table cell...). */
const BLOCK_TAG = /<\/?(?:p|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|dl|dt|dd)(?:\s[^>]*)?>/g;
/** The "↑" link mammoth appends to each footnote or endnote. */
const NOTE_BACKLINK = / ?<a href="#[^"]*(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g;
const HTML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

export async function readDocx(fileName: string, bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    // Not extractRawText: it drops soft line breaks (<w:br/>), gluing the words on either side.
    const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));
    html = (await mammoth.convertToHtml(mammothInput(bytes), { convertImage: skipImages })).value;
  } catch {
    throw new FileProblem(fileName, "notDocx");
  }
  const text = canonicalizeText(htmlToText(html)).replace(/^\n+|\n+$/g, "");
  if (isBlank(text)) throw new FileProblem(fileName, "empty");
  return text + "\n";
}

/** mammoth's HTML has no layout white space and escapes its text, so tags can be replaced directly. */
function htmlToText(html: string): string {
  return html
    .replace(NOTE_BACKLINK, "")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(BLOCK_TAG, "<>") // marks a block boundary: escaped text never holds a "<"
    .replace(/<[^>]+>/g, "")
    .replace(/(?:<>)+/g, "\n")
    .replace(/&(amp|lt|gt|quot);/g, (entity, name: string) => HTML_ENTITIES[name] ?? entity);
}

/**
 * mammoth's Node build only reads `{ buffer }`; its browser build (picked by the bundler through
 * the package's "browser" field) only reads `{ arrayBuffer }`.
 */
function mammothInput(bytes: Uint8Array): { buffer: Buffer } | { arrayBuffer: ArrayBuffer } {
  if (typeof Buffer !== "undefined") return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { arrayBuffer: new Uint8Array(bytes).buffer };
}
