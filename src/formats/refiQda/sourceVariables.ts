// Variable values that a REFI-QDA file gives to sources (MAXQDA's document variables, for one),
// carried to cases, where Telaah keeps attributes: to the one case the document belongs to, or to a
// new case named after the document (or an unlinked case of that name) when it belongs to none.
// A value that would overwrite a different value of the case, or a document in several cases, is
// left out and reported.
import { nameKey } from "../../core/model/attributeTable";
import type { AttributeValue, Case, CaseDocument, Id, TextDocument } from "../../core/model/types";
import type { ReportCollector } from "./importReport";

export interface SourceValues {
  document: TextDocument;
  values: Record<Id, AttributeValue>;
}

export function carrySourceVariables(
  sourceValues: SourceValues[],
  cases: Case[],
  caseDocuments: CaseDocument[],
  newId: () => Id,
  report: ReportCollector,
): void {
  for (const { document, values } of sourceValues) {
    const entries = Object.entries(values);
    if (entries.length === 0) continue;
    const linked = caseDocuments.filter((link) => link.documentId === document.id).map((link) => cases.find((c) => c.id === link.caseId)!);
    if (linked.length > 1) {
      report.add("sourceVariables", `${document.name} (in ${linked.length} cases)`, entries.length);
      continue;
    }
    let target = linked[0];
    if (!target) {
      const key = nameKey(document.name);
      target = cases.find((c) => nameKey(c.name) === key && !caseDocuments.some((link) => link.caseId === c.id));
      if (!target) {
        target = { id: newId(), projectId: document.projectId, name: document.name, attributes: {} };
        cases.push(target);
      }
      caseDocuments.push({ projectId: document.projectId, caseId: target.id, documentId: document.id });
    }
    for (const [attributeId, value] of entries) {
      const current = target.attributes[attributeId];
      if (current === undefined || current === null || current === value) {
        target.attributes[attributeId] = value;
        report.add("sourceVariablesToCases", `${document.name} → ${target.name}`);
      } else {
        report.add("sourceVariables", `${document.name}: ${String(value)} (case ${target.name} has ${String(current)})`);
      }
    }
  }
}
