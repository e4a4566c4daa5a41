// Codes named with their theme for lists where they stand alone: "Theme / Code".
import type { Code } from "../../core/model/types";

export function codePathNames(codes: Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (code: Code, depth = 0): string => {
    const parent = code.parentId ? byId.get(code.parentId) : undefined;
    return parent && depth < 32 ? `${pathOf(parent, depth + 1)} / ${code.name}` : code.name;
  };
  for (const code of codes) paths.set(code.id, pathOf(code));
  return paths;
}
