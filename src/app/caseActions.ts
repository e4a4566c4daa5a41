// Case-level actions behind the cases sheet, including the attribute-table import: parse,
// plan (shown to the user), then apply in one transaction.
import { applyAttributePlan, planAttributeImport, type AttributeImportPlan } from "../core/model/attributeTable";
import { newId } from "../core/model/ids";
import type { AttributeType, AttributeValue } from "../core/model/types";
import { exportAttributeCsv, parseAttributeCsv } from "../formats/attributeCsv";
import { addAttribute, createCase, deleteAttribute, deleteCase, renameCase, setCaseAttribute, setCaseDescription, setCaseDocumentLink, writeCasesAndAttributes } from "../persistence/cases";
import { appDatabase } from "../persistence/database";
import { downloadText, safeFileName } from "./download";
import { useWorkbench } from "../state/workbenchStore";

function report(error: unknown): void {
  useWorkbench.getState().notify("error", error instanceof Error ? error.message : String(error));
}

/** Runs a database action; a failure is shown to the user and leaves the data as it was. */
function guarded<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<void> => {
    try {
      await action(...args);
    } catch (error) {
      report(error);
    }
  };
}

export const addCase = guarded((projectId: string, name: string) => createCase(appDatabase(), projectId, name));
export const renameCaseTo = guarded((projectId: string, caseId: string, name: string) => renameCase(appDatabase(), projectId, caseId, name));
export const describeCaseAs = guarded((projectId: string, caseId: string, description: string) =>
  setCaseDescription(appDatabase(), projectId, caseId, description),
);
export const removeCase = guarded((projectId: string, caseId: string) => deleteCase(appDatabase(), projectId, caseId));
export const setAttributeValue = guarded((projectId: string, caseId: string, attributeId: string, value: AttributeValue) =>
  setCaseAttribute(appDatabase(), projectId, caseId, attributeId, value),
);
export const addAttributeDefinition = guarded((projectId: string, name: string, type: AttributeType, choices: string[]) =>
  addAttribute(appDatabase(), projectId, name, type, choices),
);
export const removeAttribute = guarded((projectId: string, attributeId: string) => deleteAttribute(appDatabase(), projectId, attributeId));
export const linkDocument = guarded((projectId: string, caseId: string, documentId: string, linked: boolean) =>
  setCaseDocumentLink(appDatabase(), projectId, caseId, documentId, linked),
);

export interface PendingAttributeImport {
  fileName: string;
  plan: AttributeImportPlan;
}

/** Reads an attribute table and plans its import; null (with the reason shown) when the file is unusable. */
export async function planAttributeTableImport(projectId: string, file: File): Promise<PendingAttributeImport | null> {
  try {
    const db = appDatabase();
    const { header, rows } = parseAttributeCsv(file.name, await file.text());
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

export const applyAttributeTableImport = guarded(async (projectId: string, plan: AttributeImportPlan, createUnknownCases: boolean) => {
  const db = appDatabase();
  await db.transaction("rw", db.projects, db.cases, db.attributes, async () => {
    const [cases, attributes] = await Promise.all([
      db.cases.where("projectId").equals(projectId).toArray(),
      db.attributes.where("projectId").equals(projectId).toArray(),
    ]);
    const result = applyAttributePlan(plan, { cases, attributes, projectId, createUnknownCases, newId });
    await writeCasesAndAttributes(db, projectId, result.cases, result.attributes);
  });
});

export async function downloadAttributeTable(projectId: string, projectName: string): Promise<void> {
  const db = appDatabase();
  const [cases, attributes] = await Promise.all([
    db.cases.where("projectId").equals(projectId).toArray(),
    db.attributes.where("projectId").equals(projectId).toArray(),
  ]);
  attributes.sort((a, b) => a.order - b.order);
  const csv = exportAttributeCsv(cases, attributes);
  downloadText(`${safeFileName(projectName)} - cases.csv`, ["\ufeff", csv], "text/csv;charset=utf-8");
}
