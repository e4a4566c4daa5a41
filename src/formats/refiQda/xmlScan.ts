// A fast reader for the plain XML that REFI-QDA tools write, checked as strictly as saxes checks it,
// for the part of XML it knows: an optional XML 1.0 declaration, elements with ASCII names, quoted
// attributes, text, the five predefined entities and character references, comments and CDATA.
// Whatever lies outside that part (a DOCTYPE, a processing instruction, a non-ASCII name, any
// character XML 1.0 does not allow, anything not well-formed) makes it give up, and the document is
// read again by saxes, which gives the same tree or the error message with its line and column.
// So a document it reads is one saxes reads to the same tree; it is only faster (a regular
// expression a tag, rather than a state machine step a character).
import type { XmlTreeBuilder } from "./xmlTree";

const S = "[ \\t\\r\\n]";
const NAME = "[A-Za-z_:][-A-Za-z0-9._:]*";
const DECLARATION = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(["'])1\\.0\\1(?:${S}+encoding${S}*=${S}*(["'])[A-Za-z][A-Za-z0-9._-]*\\2)?(?:${S}+standalone${S}*=${S}*(["'])(?:yes|no)\\3)?${S}*\\?>`,
  "y",
);
const TAG_NAME = new RegExp(NAME, "y");
/** An attribute whose value needs no decoding (no reference, no white space but spaces). */
const PLAIN_ATTRIBUTE = new RegExp(`${S}+(${NAME})${S}*=${S}*(?:"([^"<&\\t\\n\\r]*)"|'([^'<&\\t\\n\\r]*)')`, "y");
const ATTRIBUTE = new RegExp(`${S}+(${NAME})${S}*=${S}*(?:"([^"<]*)"|'([^'<]*)')`, "y");
const TAG_END = new RegExp(`${S}*(/?)>`, "y");
const END_TAG = new RegExp(`(${NAME})${S}*>`, "y");
const WHITE = /^[ \t\r\n]*$/;
/** Characters XML 1.0 does not allow, or surrogates (checked one by one when there are any). */
// eslint-disable-next-line no-control-regex
const SUSPECT_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const BAD_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /&([#A-Za-z0-9]*)(;?)/g;
const CHARACTER_REFERENCE = /^#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}))$/;
const PREDEFINED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Reads `source` (without a byte-order mark) into `tree`; false when it leaves the part of XML read
 * here (then `tree` is half-built and must be dropped). Throws what `tree` throws (its limits).
 */
export function scanXml(source: string, tree: XmlTreeBuilder): boolean {
  if (SUSPECT_CHARACTER.test(source) && BAD_CHARACTER.test(source)) return false;
  let at = 0;
  if (source.startsWith("<?xml")) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(source)) return false;
    at = DECLARATION.lastIndex;
  }
  const open: string[] = [];
  let sawRoot = false;
  // Where the next "&" and "]]>" are, at or after `at` (text holding either is looked at closely).
  let ampersand = -1;
  let cdataEnd = -1;
  const names: string[] = [];
  const values: string[] = [];
  for (;;) {
    const lt = source.indexOf("<", at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) {
      if (open.length === 0) {
        if (!WHITE.test(source.slice(at, textEnd))) return false;
      } else {
        if (ampersand < at) ampersand = indexOrEnd(source, "&", at);
        if (cdataEnd < at) cdataEnd = indexOrEnd(source, "]]>", at);
        if (cdataEnd < textEnd) return false;
        if (ampersand < textEnd || tree.wantsText()) {
          const text = decodeReferences(normalizeLines(source.slice(at, textEnd)));
          if (text === undefined) return false;
          tree.text(text);
        }
      }
    }
    if (lt < 0) return sawRoot && open.length === 0;
    const next = source.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt + 2;
      const end = END_TAG.exec(source);
      if (!end || end[1] !== open[open.length - 1]) return false;
      open.pop();
      tree.close();
      at = END_TAG.lastIndex;
    } else if (next === 0x21 /* ! */) {
      if (source.startsWith("<!--", lt)) {
        const end = source.indexOf("-->", lt + 4);
        if (end < 0) return false;
        const body = source.slice(lt + 4, end);
        if (body.includes("--") || body.endsWith("-")) return false;
        at = end + 3;
      } else if (open.length > 0 && source.startsWith("<![CDATA[", lt)) {
        const end = source.indexOf("]]>", lt + 9);
        if (end < 0) return false;
        tree.text(normalizeLines(source.slice(lt + 9, end)));
        at = end + 3;
      } else return false;
    } else {
      // A start tag: only one root, and nothing after it but white space and comments.
      if (open.length === 0 && sawRoot) return false;
      TAG_NAME.lastIndex = lt + 1;
      const name = TAG_NAME.exec(source)?.[0];
      if (name === undefined) return false;
      names.length = 0;
      values.length = 0;
      let end = TAG_NAME.lastIndex;
      for (;;) {
        PLAIN_ATTRIBUTE.lastIndex = end;
        let match = PLAIN_ATTRIBUTE.exec(source);
        let value: string | undefined;
        if (match) {
          value = match[2] ?? match[3]!;
          end = PLAIN_ATTRIBUTE.lastIndex;
        } else {
          ATTRIBUTE.lastIndex = end;
          match = ATTRIBUTE.exec(source);
          if (!match) break;
          // Attribute-value normalization: each white-space character written (a CR LF pair is one) is a space.
          value = decodeReferences((match[2] ?? match[3]!).replace(/\r\n?|[\n\t]/g, " "));
          if (value === undefined) return false;
          end = ATTRIBUTE.lastIndex;
        }
        if (names.includes(match[1]!)) return false;
        names.push(match[1]!);
        values.push(value);
      }
      TAG_END.lastIndex = end;
      const close = TAG_END.exec(source);
      if (!close) return false;
      tree.open(name, names, values);
      sawRoot = true;
      if (close[1] === "/") tree.close();
      else open.push(name);
      at = TAG_END.lastIndex;
    }
  }
}

function indexOrEnd(source: string, search: string, from: number): number {
  const found = source.indexOf(search, from);
  return found < 0 ? source.length : found;
}

/** Line ends as XML reads them: CR LF and a lone CR are each a line feed. */
function normalizeLines(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** The text with its references replaced, or undefined when one is not a reference XML defines here. */
function decodeReferences(text: string): string | undefined {
  if (!text.includes("&")) return text;
  let valid = true;
  const decoded = text.replace(REFERENCE, (_, body: string, semicolon: string) => {
    const character = semicolon ? (PREDEFINED.get(body) ?? characterOf(body)) : undefined;
    if (character === undefined) valid = false;
    return character ?? "";
  });
  return valid ? decoded : undefined;
}

function characterOf(reference: string): string | undefined {
  const match = CHARACTER_REFERENCE.exec(reference);
  if (!match) return undefined;
  const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : undefined;
}
