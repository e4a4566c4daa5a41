// A fast reader for the plain XML that REFI-QDA tools write, checked as strictly as saxes checks it,
// for the part of XML it knows: an optional XML 1.0 declaration, elements with ASCII names, quoted
// attributes, text, the five predefined entities and character references, comments and CDATA.
// Whatever lies outside that part (a DOCTYPE, a processing instruction, a non-ASCII name, any
// character XML 1.0 does not allow, anything not well-formed) makes it give up, and the document is
// read again by saxes, which gives the same tree or the error message with its line and column.
// So a document it reads is one saxes reads to the same tree; it is only faster (a search for the
// next "<", "=" or quote, rather than a state machine step a character).
import type { XmlTreeBuilder } from "./xmlTree";

const S = "[ \\t\\r\\n]";
const DECLARATION = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(["'])1\\.0\\1(?:${S}+encoding${S}*=${S}*(["'])[A-Za-z][A-Za-z0-9._-]*\\2)?(?:${S}+standalone${S}*=${S}*(["'])(?:yes|no)\\3)?${S}*\\?>`,
  "y",
);
/** Per character code below 128: 1 for the ASCII characters that may begin a name, 2 for those that may follow. */
const NAME_CHARACTERS = Uint8Array.from({ length: 128 }, (_, code) => {
  const c = String.fromCharCode(code);
  return /[A-Za-z_:]/.test(c) ? 1 : /[-.0-9]/.test(c) ? 2 : 0;
});
const WHITE = /^[ \t\r\n]*$/;
/** Characters XML 1.0 does not allow, or surrogates (checked one by one when there are any). */
// eslint-disable-next-line no-control-regex
const SUSPECT_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const BAD_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
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
  // Where the next of these are (the end when there is none), found again once passed: text or an
  // attribute value holding one is looked at closely.
  let ampersand = -1;
  let cdataEnd = -1;
  let tab = -1;
  let lineFeed = -1;
  let carriageReturn = -1;
  const names: string[] = [];
  const values: string[] = [];
  for (;;) {
    const lt = source.indexOf("<", at);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > at) {
      if (open.length === 0) {
        if (!WHITE.test(source.slice(at, textEnd))) return false;
      } else {
        if (cdataEnd < at) cdataEnd = indexOrEnd(source, "]]>", at);
        if (ampersand < at) ampersand = indexOrEnd(source, "&", at);
        if (cdataEnd < textEnd) return false;
        if (ampersand < textEnd || tree.wantsText()) {
          const text = decodeReferences(normalizeLines(source.slice(at, textEnd)));
          if (text === undefined) return false;
          tree.text(text);
        }
      }
    }
    if (lt < 0) return sawRoot && open.length === 0;
    const kind = source.charCodeAt(lt + 1);
    if (kind === 0x2f /* / */) {
      const name = open[open.length - 1];
      if (name === undefined || !source.startsWith(name, lt + 2)) return false;
      const end = skipSpace(source, lt + 2 + name.length);
      if (source.charCodeAt(end) !== 0x3e /* > */) return false;
      open.pop();
      tree.close();
      at = end + 1;
    } else if (kind === 0x21 /* ! */) {
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
      const nameEnd = nameEndAt(source, lt + 1);
      if (nameEnd === lt + 1) return false;
      const name = source.slice(lt + 1, nameEnd);
      // No attribute value holds a "<".
      const nextLt = indexOrEnd(source, "<", nameEnd);
      names.length = 0;
      values.length = 0;
      let end = nameEnd;
      let selfClosing = false;
      for (;;) {
        const after = skipSpace(source, end);
        const c = source.charCodeAt(after);
        if (c === 0x3e /* > */ || (c === 0x2f /* / */ && source.charCodeAt(after + 1) === 0x3e)) {
          selfClosing = c === 0x2f;
          end = after + (selfClosing ? 2 : 1);
          break;
        }
        // An attribute, after white space: its name, "=" and a quoted value.
        if (after === end) return false;
        const attributeEnd = nameEndAt(source, after);
        if (attributeEnd === after) return false;
        const equals = skipSpace(source, attributeEnd);
        if (source.charCodeAt(equals) !== 0x3d /* = */) return false;
        const valueStart = skipSpace(source, equals + 1);
        const quote = source.charCodeAt(valueStart);
        if (quote !== 0x22 && quote !== 0x27) return false;
        const close = source.indexOf(quote === 0x22 ? '"' : "'", valueStart + 1);
        if (close < 0 || close > nextLt) return false;
        let value = source.slice(valueStart + 1, close);
        if (ampersand < valueStart) ampersand = indexOrEnd(source, "&", valueStart);
        if (tab < valueStart) tab = indexOrEnd(source, "\t", valueStart);
        if (lineFeed < valueStart) lineFeed = indexOrEnd(source, "\n", valueStart);
        if (carriageReturn < valueStart) carriageReturn = indexOrEnd(source, "\r", valueStart);
        if (ampersand < close || tab < close || lineFeed < close || carriageReturn < close) {
          // Attribute-value normalization: each white-space character written (a CR LF pair is one) is a space.
          const decoded = decodeReferences(value.replace(/\r\n?|[\n\t]/g, " "));
          if (decoded === undefined) return false;
          value = decoded;
        }
        const attributeName = source.slice(after, attributeEnd);
        if (names.includes(attributeName)) return false;
        names.push(attributeName);
        values.push(value);
        end = close + 1;
      }
      tree.open(name, names, values);
      sawRoot = true;
      if (selfClosing) tree.close();
      else open.push(name);
      at = end;
    }
  }
}

/** Where the name that begins at `from` ends (ASCII names only); `from` itself when none begins there. */
function nameEndAt(source: string, from: number): number {
  if (NAME_CHARACTERS[source.charCodeAt(from)] !== 1) return from;
  let end = from + 1;
  while (NAME_CHARACTERS[source.charCodeAt(end)]! > 0) end++;
  return end;
}

/** Past the XML white space at `from`. */
function skipSpace(source: string, from: number): number {
  let at = from;
  for (let c = source.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d; c = source.charCodeAt(++at));
  return at;
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
