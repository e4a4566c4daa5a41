// Shows what an attribute-table import will do before it is applied: cases updated, new
// attributes, cases not yet in the project (offered for creation), rows left out, with why, and
// values that do not fit their column, each to be corrected in place or skipped.
import { useState } from "react";
import { applyAttributeTableImport, type PendingAttributeImport } from "../../app/caseActions";
import { parseAttributeValue } from "../../core/model/attributes";
import { withFixedValues, type BadAttributeValue } from "../../core/model/attributeTable";
import { Dialog } from "../Dialog";
import { countNoun, issueText, t } from "../../lang";
import "../../lang/enViews";

export function AttributeImportDialog({ projectId, pending, onClose }: { projectId: string; pending: PendingAttributeImport | null; onClose(): void }) {
  const [createUnknown, setCreateUnknown] = useState(true);
  const [fixes, setFixes] = useState<ReadonlyMap<number, string>>(new Map());
  const plan = pending?.plan;
  const close = () => {
    setFixes(new Map());
    onClose();
  };
  return (
    <Dialog
      title={pending ? `${t("attributeImportTitle")}: ${pending.fileName}` : t("attributeImportTitle")}
      open={pending !== null}
      onClose={close}
      actions={
        <>
          <button type="button" onClick={close}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (pending && plan) void applyAttributeTableImport(projectId, pending.fileName, withFixedValues(plan, fixes).plan, createUnknown);
              close();
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
          {plan.badValues.length > 0 && (
            <>
              <p>{t("badValuesTitle")}</p>
              <ul className="problem-list">
                {plan.badValues.map((bad, i) => (
                  <BadValueFix key={i} bad={bad} value={fixes.get(i) ?? bad.value} onChange={(value) => setFixes(new Map(fixes).set(i, value))} />
                ))}
              </ul>
            </>
          )}
          {plan.problems.length > 0 && (
            <>
              <p>{t("rowsSkipped")}</p>
              <ul className="problem-list">
                {plan.problems.map((p, i) => (
                  <li key={i}>
                    {t("problemLine", { line: p.line, message: issueText(p.issue) })}
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

/** One value that does not fit its column: why, and a field to correct it; it is skipped until it fits. */
function BadValueFix({ bad, value, onChange }: { bad: BadAttributeValue; value: string; onChange(value: string): void }) {
  const fits = parseAttributeValue(bad.type, value, bad.choices).ok;
  return (
    <li className="bad-value">
      <span>{t("problemLine", { line: bad.line, message: `${bad.caseName}, ${bad.attribute} (${bad.type}): ${issueText(bad.reason)}` })}</span>
      <input
        aria-label={t("badValueLabel", { attribute: bad.attribute, case: bad.caseName, line: bad.line })}
        aria-invalid={!fits}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className={fits ? "bad-value-fixed" : "muted"}>{fits ? t("badValueFixed") : t("badValueSkipped")}</span>
    </li>
  );
}
