// How names (documents, cases, codes) are ordered for people: case-insensitive, numbers in
// numeric order ("Interview 2" before "Interview 10"); and names read from files made clean.

export const nameCollator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * A name (of a code, case, document or attribute) as read from a file, without control characters:
 * tabs and line breaks become spaces, the rest (NUL and the like) are dropped, and the ends trimmed.
 */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\t\n\v\f\r\u0085]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
}
