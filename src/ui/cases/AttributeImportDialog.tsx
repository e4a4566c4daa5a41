// Shows what an attribute-table import will do before it is applied: cases updated, new
// attributes, cases not yet in the project (offered for creation) and rows left out, with why.
import { useState } from "react";
import { applyAttributeTableImport, type PendingAttributeImport } from "../../app/caseActions";
import { Dialog } from "../Dialog";
import { countNoun, t } from "../../lang";

export function AttributeImportDialog({ projectId, pending, onClose }: { projectId: string; pending: PendingAttributeImport | null; onClose(): void }) {
  const [createUnknown, setCreateUnknown] = useState(true);
  const plan = pending?.plan;
  return (
    <Dialog
      title={pending ? `${t("attributeImportTitle")}: ${pending.fileName}` : t("attributeImportTitle")}
      open={pending !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (pending && plan) void applyAttributeTableImport(projectId, pending.fileName, plan, createUnknown);
              onClose();
            }}
          >
            {t("applyImport")}
          </button>
        </>
      }
    >
      {plan && (
        <>
          <p>{t("attributeImportSummary", { updates: countNoun(plan.updates.length, "case"), newAttributes: countNoun(plan.newAttributes.length, "newAttribute") })}</p>
          {plan.newAttributes.length > 0 && (
            <ul className="plain-list">
              {plan.newAttributes.map((a) => (
                <li key={a.name}>
                  {a.name} <span className="type-tag">{a.type}</span>
                </li>
              ))}
            </ul>
          )}
          {plan.unknownCases.length > 0 && (
            <label className="checkbox-label">
              <input type="checkbox" checked={createUnknown} onChange={(e) => setCreateUnknown(e.target.checked)} />
              {t("unknownCasesPrompt", { names: plan.unknownCases.join(", ") })}
            </label>
          )}
          {plan.problems.length > 0 && (
            <>
              <p>{t("rowsSkipped")}</p>
              <ul className="problem-list">
                {plan.problems.map((p, i) => (
                  <li key={i}>
                    {t("problemLine", { line: p.line, message: p.message })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Dialog>
  );
}
