// A code typed as a path of names, "Theme / Code": the new code's name and the existing code it
// goes under. Names are compared as the codebook compares them (trimmed, NFC, case-insensitive).
import { nameKey } from "./attributeTable";
import type { Code, Id } from "./types";

export type TypedCodePath =
  /** `parentId` null: a top-level code (nothing before the last "/"). */
  | { kind: "new"; name: string; parentId: Id | null }
  /** The path names an existing code. */
  | { kind: "existing"; codeId: Id }
  /** A theme on the path does not exist; `missing` is the path up to and including it. */
  | { kind: "missingParent"; name: string; missing: string }
  | { kind: "empty" };

/** Reads "A / B / C" against the codebook: C under the code at path A / B. */
export function readCodePath(input: string, codes: readonly Code[]): TypedCodePath {
  const names = input.split("/").map((part) => part.trim());
  const name = names.pop() ?? "";
  if (!name || names.some((part) => part === "")) return { kind: "empty" };
  let parentId: Id | null = null;
  for (let i = 0; i < names.length; i++) {
    const found = codes.find((c) => c.parentId === parentId && nameKey(c.name) === nameKey(names[i]!));
    if (!found) return { kind: "missingParent", name, missing: names.slice(0, i + 1).join(" / ") };
    parentId = found.id;
  }
  const existing = codes.find((c) => c.parentId === parentId && nameKey(c.name) === nameKey(name));
  return existing ? { kind: "existing", codeId: existing.id } : { kind: "new", name, parentId };
}
