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

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const JOINERS = new Set(["'", "’", "_", "-"]);
/** For each ASCII character: 1 when it is a letter or digit, 2 when it joins letters (' _ -), else 0. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : JOINERS.has(String.fromCharCode(code)) ? 2 : 0));

/**
 * Words counted over NFC-normalized text: runs of letters, marks, digits and joiners (' ’ _ -), a run
 * beginning with a letter, mark or digit. Read one character at a time, ASCII by a table, so that a
 * transcript of millions of characters is counted in a few milliseconds.
 */
export function countWords(text: string): number {
  const normalized = text.normalize("NFC");
  let words = 0;
  let inWord = false;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    let kind: number;
    if (code < 128) kind = ASCII_KIND[code]!;
    else {
      const character = String.fromCodePoint(normalized.codePointAt(i)!);
      if (character.length === 2) i++;
      kind = WORD_CHARACTER.test(character) ? 1 : JOINERS.has(character) ? 2 : 0;
    }
    if (kind === 1 && !inWord) words++;
    inWord = kind === 1 || (inWord && kind === 2);
  }
  return words;
}
