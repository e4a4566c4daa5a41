// How names (documents, cases, codes) are ordered for people: case-insensitive, numbers in
// numeric order ("Interview 2" before "Interview 10").

export const nameCollator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
