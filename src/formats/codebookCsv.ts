// The codebook as CSV, columns theme,code,description,color: a row with an empty code is a theme and
// the rows naming that theme are its codes. Reading rows, turning them into codes, and writing codes out.
import { codebookRows as codebookOrder } from "../core/analysis/codebookRows";
import { nameKey, type TableRowProblem } from "../core/model/attributeTable";
import { normalizeColor } from "../core/model/palette";
import { cleanName } from "../core/text/names";
import type { Code, Id } from "../core/model/types";
import { parseAttributeCsv } from "./attributeCsv";
import type { CsvOptions } from "./csvOptions";
import { writeCsv } from "./csvWrite";
import { FileProblem } from "./importTypes";

export interface CodebookRow {
  theme: string;
  /** Empty on a theme's own row. */
  code: string;
  description: string;
  /** `#rrggbb`, or null for none. */
  color: string | null;
}

const COLUMNS = ["theme", "code", "description", "color"];
const REQUIRED_COLUMNS = ["theme", "code"];

/**
 * Reads a codebook CSV (header names in any case, in any order; description and color optional). Rows without
 * a theme and repeated themes or codes are left out and reported; a bad colour is reported and dropped, and so are
 * cells beyond the header. Control characters in theme and code names are dropped.
 */
export function parseCodebookCsv(
  fileName: string,
  text: string,
  onProgress?: (fraction: number) => void,
): { rows: CodebookRow[]; problems: TableRowProblem[] } {
  const table = parseAttributeCsv(fileName, text, onProgress);
  const headings = table.header.map((heading) => heading.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !headings.includes(name));
  if (missing.length > 0) {
    throw new FileProblem(fileName, "codebookColumnsMissing", { columns: missing, expected: COLUMNS.join(",") });
  }
  const repeated = COLUMNS.find((name) => headings.indexOf(name) !== headings.lastIndexOf(name));
  if (repeated !== undefined) throw new FileProblem(fileName, "codebookColumnRepeated", { column: repeated });

  const rows: CodebookRow[] = [];
  const problems: TableRowProblem[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    if (cells.length > table.header.length) {
      problems.push({ line, issue: { code: "rowCellsBeyondHeader", values: { cells: cells.length, header: table.header.length } } });
    }
    const cell = (name: string) => (cells[headings.indexOf(name)] ?? "").trim();
    const theme = cleanName(cell("theme"));
    const code = cleanName(cell("code"));
    const description = cell("description");
    const rawColor = cell("color");
    if (theme === "") {
      problems.push({ line, issue: code === "" ? { code: "rowNoTheme" } : { code: "rowCodeNoTheme", values: { code } } });
      continue;
    }
    const key = code === "" ? nameKey(theme) : `${nameKey(theme)}\u001f${nameKey(code)}`;
    if (seen.has(key)) {
      problems.push({ line, issue: code === "" ? { code: "rowThemeTwice", values: { theme } } : { code: "rowCodeTwice", values: { code, theme } } });
      continue;
    }
    seen.add(key);
    const color = normalizeColor(rawColor);
    if (color === null && rawColor !== "") {
      problems.push({ line, issue: { code: "rowBadColour", values: { colour: rawColor } } });
    }
    rows.push({ theme, code, description, color });
  }
  return { rows, problems };
}

/**
 * Themes (top-level codes) and their codes in file order; `order` counts among siblings. A theme named only by
 * its codes is created with no description or colour. `makeId` gives a theme's id from its name, a code's from both.
 */
export function codebookRowsToCodes(
  rows: CodebookRow[],
  projectId: Id,
  makeId: (themeName: string, codeName?: string) => string,
): Code[] {
  const codes: Code[] = [];
  const themes = new Map<string, { theme: Code; children: number }>();
  for (const row of rows) {
    let entry = themes.get(nameKey(row.theme));
    if (!entry) {
      const theme: Code = {
        id: makeId(row.theme),
        projectId,
        name: row.theme,
        parentId: null,
        color: null,
        description: "",
        order: themes.size,
      };
      entry = { theme, children: 0 };
      themes.set(nameKey(row.theme), entry);
      codes.push(theme);
    }
    const { theme } = entry;
    if (row.code === "") {
      theme.description = row.description;
      theme.color = row.color;
      continue;
    }
    codes.push({
      id: makeId(theme.name, row.code),
      projectId,
      name: row.code,
      parentId: theme.id,
      color: row.color,
      description: row.description,
      order: entry.children++,
    });
  }
  return codes;
}

/**
 * Each top-level code as a theme row followed by its descendants (depth first, by `order`, then name) as code rows under it:
 * deeper nesting is flattened to its top-level ancestor. A code whose parent is missing counts as top-level.
 */
export function exportCodebookCsv(codes: Code[], options: CsvOptions): string {
  return writeCsv(COLUMNS, codebookRows(codes), options);
}

/** The rows of exportCodebookCsv, in the codebook's order (core codebookRows): theme, code (empty on a theme's row), description, colour. */
export function codebookRows(codes: Code[]): string[][] {
  return codebookOrder(codes).map(({ code, path }) => [path[0]!, path.length > 1 ? code.name : "", code.description, code.color ?? ""]);
}
