// Building REFI-QDA files by hand for tests: a project.qde from parts, and a .qdpx zip of entries.
import { strToU8, zipSync, type Zippable } from "fflate";

/** A .qdpx (zip) of the given entries; text entries are written as UTF-8 bytes as given. */
export function zipOf(entries: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(entries)) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files);
}

/** UTF-8 bytes of a text, with a byte-order mark in front when asked. */
export function utf8(text: string, bom = false): Uint8Array {
  const bytes = strToU8(text);
  if (!bom) return bytes;
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  return withBom;
}

/** XML-escaped text for attribute values and element content. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A <PlainTextSelection> with one coding per code GUID. */
export function selection(guid: string, start: number, end: number, codeGuids: string[], user?: string): string {
  const by = user ? ` creatingUser="${user}"` : "";
  const codings = codeGuids.map((code, i) => `<Coding guid="${guid}-c${i}"${by}><CodeRef targetGUID="${code}"/></Coding>`).join("");
  return `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"${by}>${codings}</PlainTextSelection>`;
}
