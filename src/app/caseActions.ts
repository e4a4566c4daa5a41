// Case-level actions behind the cases sheet, each a command (one undo step, like coding): cases,
// their descriptions, attribute values and definitions, document links, and the attribute-table
// import (read in the CSV worker, plan shown to the user, then applied as one step).
import {
  addAttribute,
  createCase,
  deleteAttribute,
  deleteCase,
  describeCase,
  importAttributeTable,
  linkCaseDocument,
  renameCase,
  setCaseAttribute,
} from "../core/commands/caseCommands";
import { planAttributeImport, type AttributeImportPlan } from "../core/model/attributeTable";
import { readCsvInWorker } from "./csvInWorker";
import { newId } from "../core/model/ids";
import type { AttributeType, AttributeValue } from "../core/model/types";
import type { CsvOptions } from "../formats/csvOptions";
import { loadCaseModel } from "../persistence/applyDiff";
import { appDatabase } from "../persistence/database";
import { useWorkbench } from "../state/workbenchStore";
import { runCommand } from "./commandRunner";
import { errorText } from "./errorText";

const model = (projectId: string) => loadCaseModel(appDatabase(), projectId);

export const addCase = (projectId: string, name: string) => runCommand(projectId, async () => createCase(await model(projectId), name, newId));
export const renameCaseTo = (projectId: string, caseId: string, name: string) =>
  runCommand(projectId, async () => renameCase(await model(projectId), caseId, name));
export const describeCaseAs = (projectId: string, caseId: string, description: string) =>
  runCommand(projectId, async () => describeCase(await model(projectId), caseId, description));
export const removeCase = (projectId: string, caseId: string) => runCommand(projectId, async () => deleteCase(await model(projectId), caseId));
export const setAttributeValue = (projectId: string, caseId: string, attributeId: string, value: AttributeValue) =>
  runCommand(projectId, async () => setCaseAttribute(await model(projectId), caseId, attributeId, value));
export const addAttributeDefinition = (projectId: string, name: string, type: AttributeType, choices: string[]) =>
  runCommand(projectId, async () => addAttribute(await model(projectId), name, type, choices, newId));
export const removeAttribute = (projectId: string, attributeId: string) =>
  runCommand(projectId, async () => deleteAttribute(await model(projectId), attributeId));
export const linkDocument = (projectId: string, caseId: string, documentId: string, linked: boolean) =>
  runCommand(projectId, async () => linkCaseDocument(await model(projectId), caseId, documentId, linked));

function report(error: unknown): void {
  useWorkbench.getState().notify("error", errorText(error));
}

export interface PendingAttributeImport {
  fileName: string;
  plan: AttributeImportPlan;
}

/** CSV (PapaParse) loads when a table is written, not with the page; tables are read in the CSV worker. */
const attributeCsvFormat = () => import("../formats/attributeCsv");

/** Reads an attribute table (in the CSV worker) and plans its import; null when the file is unusable (the reason shown) or the reading was cancelled. */
export async function planAttributeTableImport(projectId: string, file: File): Promise<PendingAttributeImport | null> {
  try {
    const db = appDatabase();
    const read = await readCsvInWorker("attributes", file.name, await file.text());
    if (!read || !("table" in read)) return null;
    const { header, rows } = read.table;
    const [cases, attributes] = await Promise.all([
      db.cases.where("projectId").equals(projectId).toArray(),
      db.attributes.where("projectId").equals(projectId).toArray(),
    ]);
    return { fileName: file.name, plan: planAttributeImport({ fileName: file.name, header, rows, cases, attributes }) };
  } catch (error) {
    report(error);
    return null;
  }
}

export const applyAttributeTableImport = (projectId: string, fileName: string, plan: AttributeImportPlan, createUnknownCases: boolean) =>
  runCommand(projectId, async () => importAttributeTable(await model(projectId), plan, fileName, createUnknownCases, newId));

/** The cases and their attribute values as CSV, with the CSV options chosen. */
export async function attributeTableCsv(projectId: string, options: CsvOptions): Promise<string> {
  const db = appDatabase();
  const [cases, attributes] = await Promise.all([
    db.cases.where("projectId").equals(projectId).toArray(),
    db.attributes.where("projectId").equals(projectId).toArray(),
  ]);
  attributes.sort((a, b) => a.order - b.order);
  const { exportAttributeCsv } = await attributeCsvFormat();
  return exportAttributeCsv(cases, attributes, options);
}
