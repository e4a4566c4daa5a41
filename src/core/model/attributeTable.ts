// Importing a case-attribute table (first column: case names; every other column: one attribute):
// planning what the already-parsed rows would change, then applying that plan to the project's lists.
import { inferColumnType, parseAttributeValue } from "./attributes";
import type { AttributeDefinition, AttributeType, AttributeValue, Case, Id } from "./types";
import { cleanName } from "../text/names";
import type { RowIssue } from "./rowIssues";

export interface AttributeTableRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface TableRowProblem {
  line: number;
  issue: RowIssue;
}

export interface CaseAttributeUpdate {
  /** The existing case's name, or the name as written in the file for an unknown case. */
  caseName: string;
  /** The existing case, or null when no case has this name. */
  caseId: Id | null;
  /** Typed values keyed by attribute name (the existing definition's spelling); null clears a value. */
  values: Record<string, AttributeValue>;
}

/** A cell that does not fit its column's type: the rest of its row is imported, this value only when fixed. */
export interface BadAttributeValue {
  line: number;
  caseName: string;
  /** The attribute's name as the plan's updates key it. */
  attribute: string;
  type: AttributeType;
  choices: string[];
  value: string;
  reason: RowIssue;
}

export interface AttributeImportPlan {
  newAttributes: { name: string; type: AttributeType; choices: string[] }[];
  updates: CaseAttributeUpdate[];
  /** Names in the file that match no case, in file order; the user may have them created. */
  unknownCases: string[];
  /** Rows left out, with why. */
  problems: TableRowProblem[];
  /** Cells left out of their row's update (the column keeps its type), to be fixed or skipped. */
  badValues: BadAttributeValue[];
}

/**
 * The table's header cannot be used, so nothing of the file is imported (shown as "<file>: <reason>"):
 * the issue for the UI to say in its language, the reason in English for the command line.
 */
export class AttributeTableProblem extends Error {
  constructor(
    readonly fileName: string,
    readonly issue: RowIssue,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = "AttributeTableProblem";
  }
}

/** How names of cases and attributes are compared: trimmed, NFC-normalised, ignoring case. */
export function nameKey(name: string): string {
  return name.trim().normalize("NFC").toLowerCase();
}

interface Column {
  name: string;
  type: AttributeType;
  choices: string[];
}

/**
 * What importing the table would change. New columns get a type guessed from their rows of the right length,
 * forgiving a few cells that do not fit it; an empty cell clears the value. A row without a case name, with the
 * wrong number of cells or repeating a case is reported and left out whole; a cell that does not fit its
 * column's type is reported as a bad value and left out of its row's update. Throws AttributeTableProblem
 * when the header cannot be used.
 */
export function planAttributeImport(input: {
  fileName: string;
  header: string[];
  rows: AttributeTableRow[];
  cases: Case[];
  attributes: AttributeDefinition[];
}): AttributeImportPlan {
  const { header, cases, attributes } = input;
  const names = checkHeader(input.fileName, header);
  const wellFormed = input.rows.filter((row) => row.cells.length === header.length);
  const newAttributes: Column[] = [];
  const columns = names.map((name, index): Column => {
    const existing = attributes.find((attribute) => nameKey(attribute.name) === nameKey(name));
    if (existing) return { name: existing.name, type: existing.type, choices: existing.choices };
    const column = { name, ...inferColumnType(wellFormed.map((row) => row.cells[index + 1] ?? "")) };
    newAttributes.push(column);
    return column;
  });

  const updates: CaseAttributeUpdate[] = [];
  const problems: TableRowProblem[] = [];
  const badValues: BadAttributeValue[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, cells } of input.rows) {
    if (cells.length !== header.length) {
      problems.push({ line, issue: { code: "rowCellCount", values: { cells: cells.length, header: header.length } } });
      continue;
    }
    const name = cleanName(cells[0] ?? "");
    if (name === "") {
      problems.push({ line, issue: { code: "rowNoCaseName" } });
      continue;
    }
    const firstLine = firstLineOf.get(nameKey(name));
    if (firstLine !== undefined) {
      problems.push({ line, issue: { code: "rowCaseRepeated", values: { name, firstLine } } });
      continue;
    }
    firstLineOf.set(nameKey(name), line);
    const existing = cases.find((c) => nameKey(c.name) === nameKey(name));
    const values: [string, AttributeValue][] = [];
    columns.forEach((column, index) => {
      const value = cells[index + 1] ?? "";
      const parsed = parseAttributeValue(column.type, value, column.choices);
      if (parsed.ok) values.push([column.name, parsed.value]);
      else badValues.push({ line, caseName: existing?.name ?? name, attribute: column.name, type: column.type, choices: column.choices, value: value.trim(), reason: parsed.reason });
    });
    const caseId = existing?.id ?? null;
    updates.push({ caseName: existing?.name ?? name, caseId, values: Object.fromEntries(values) });
  }
  const unknownCases = updates.filter((update) => update.caseId === null).map((update) => update.caseName);
  return { newAttributes, updates, unknownCases, problems, badValues };
}

/**
 * The plan with the user's corrections of its bad values (by their index in `badValues`): a correction that
 * fits the column goes into its case's update; a value left uncorrected, or corrected to what still does not
 * fit, stays out. Returns the plan to apply and the bad values skipped.
 */
export function withFixedValues(plan: AttributeImportPlan, fixes: ReadonlyMap<number, string>): { plan: AttributeImportPlan; skipped: BadAttributeValue[] } {
  const updates = plan.updates.map((update) => ({ ...update, values: { ...update.values } }));
  const skipped: BadAttributeValue[] = [];
  plan.badValues.forEach((bad, index) => {
    const fix = fixes.get(index);
    const parsed = fix === undefined ? null : parseAttributeValue(bad.type, fix, bad.choices);
    const update = updates.find((u) => u.caseName === bad.caseName);
    if (parsed?.ok && update) update.values[bad.attribute] = parsed.value;
    else skipped.push(bad);
  });
  return { plan: { ...plan, updates, badValues: [] }, skipped };
}

/** The attribute column names (trimmed), or throws when the header cannot be used. */
function checkHeader(fileName: string, header: string[]): string[] {
  if (header.every((cell) => cell.trim() === "")) throw new AttributeTableProblem(fileName, { code: "headerMissing" }, "has no header row");
  if (header.length < 2) {
    throw new AttributeTableProblem(fileName, { code: "headerTooFew" }, "needs a column of case names followed by at least one attribute column");
  }
  const names = header.map((cell) => cell.trim());
  const seen = new Set<string>();
  names.forEach((name, index) => {
    // The first column only holds case names, so its heading may be left empty.
    if (name === "" && index > 0) throw new AttributeTableProblem(fileName, { code: "headerColumnUnnamed", values: { column: index + 1 } }, `column ${index + 1} has no name`);
    if (name !== "" && seen.has(nameKey(name))) {
      throw new AttributeTableProblem(fileName, { code: "headerColumnTwice", values: { name } }, `has more than one column named "${name}"`);
    }
    seen.add(nameKey(name));
  });
  return names.slice(1);
}

/**
 * The project's cases and attribute definitions after the import: new definitions appended (in column order),
 * values set on known cases, unknown cases created or skipped. Pure: the caller writes the lists at once.
 */
export function applyAttributePlan(
  plan: AttributeImportPlan,
  options: {
    cases: Case[];
    attributes: AttributeDefinition[];
    projectId: Id;
    createUnknownCases: boolean;
    newId: () => string;
  },
): { cases: Case[]; attributes: AttributeDefinition[]; created: Case[]; skippedCases: string[] } {
  const { projectId, newId } = options;
  const firstOrder = options.attributes.reduce((max, attribute) => Math.max(max, attribute.order + 1), 0);
  const added = plan.newAttributes.map(
    (attribute, index): AttributeDefinition => ({ id: newId(), projectId, ...attribute, order: firstOrder + index }),
  );
  const attributes = [...options.attributes, ...added];
  const idOf = new Map<string, Id>();
  for (const attribute of attributes) {
    if (!idOf.has(nameKey(attribute.name))) idOf.set(nameKey(attribute.name), attribute.id);
  }
  const byId = (values: Record<string, AttributeValue>): Record<Id, AttributeValue> => {
    const result: [Id, AttributeValue][] = [];
    for (const [name, value] of Object.entries(values)) {
      const id = idOf.get(nameKey(name));
      if (id !== undefined) result.push([id, value]);
    }
    return Object.fromEntries(result);
  };

  const updateOf = new Map(plan.updates.map((update) => [update.caseId, update]));
  const cases = options.cases.map((c) => {
    const update = updateOf.get(c.id);
    return update ? { ...c, attributes: { ...c.attributes, ...byId(update.values) } } : c;
  });
  const created: Case[] = [];
  const skippedCases: string[] = [];
  for (const update of plan.updates) {
    if (update.caseId !== null) continue;
    if (options.createUnknownCases) {
      created.push({ id: newId(), projectId, name: update.caseName, attributes: byId(update.values) });
    } else {
      skippedCases.push(update.caseName);
    }
  }
  return { cases: [...cases, ...created], attributes, created, skippedCases };
}
