// Canonical text: what a document's text is once imported. A leading BOM is removed and
// CRLF / lone CR become LF; nothing else changes (no Unicode normalization, no trimming).

export function canonicalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, "\n");
}

/** True when the text has nothing but white space. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/** Words counted over NFC-normalized text: runs of letters, marks, digits and joiners. */
export function countWords(text: string): number {
  const matches = text.normalize("NFC").match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu);
  return matches ? matches.length : 0;
}
