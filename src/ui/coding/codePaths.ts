// Codes named with their theme for lists where they stand alone: "Theme / Code".
import { codebookRows } from "../../core/analysis/codebookRows";
import type { Code } from "../../core/model/types";

export function codePathNames(codes: readonly Code[]): Map<string, string> {
  return new Map(codebookRows(codes).map((row) => [row.code.id, row.path.join(" / ")]));
}
