// One attribute value of one case, edited in place: a select for a choice, a typed input
// otherwise. A value that does not fit the attribute's type is refused and marked invalid.
import { useState } from "react";
import { setAttributeValue } from "../../app/caseActions";
import { formatAttributeValue, parseAttributeValue } from "../../core/model/attributes";
import type { AttributeDefinition, Case } from "../../core/model/types";
import { issueText, t } from "../../lang";
import "../../lang/enViews";

export function AttributeCell({ projectId, record, attribute }: { projectId: string; record: Case; attribute: AttributeDefinition }) {
  const value = record.attributes[attribute.id] ?? null;
  const shown = value === null ? "" : formatAttributeValue(attribute.type, value);
  const [error, setError] = useState<string | null>(null);
  const label = t("attributeValue", { attribute: attribute.name, case: record.name });

  if (attribute.type === "choice") {
    return (
      <select className="cell-input" aria-label={label} value={shown} onChange={(e) => void setAttributeValue(projectId, record.id, attribute.id, e.target.value || null)}>
        <option value="">—</option>
        {attribute.choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  const commit = (raw: string) => {
    if (raw === shown) return setError(null);
    const parsed = parseAttributeValue(attribute.type, raw, attribute.choices);
    if (!parsed.ok) return setError(issueText(parsed.reason));
    setError(null);
    void setAttributeValue(projectId, record.id, attribute.id, parsed.value);
  };
  return (
    <>
      <input
        className="cell-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        defaultValue={shown}
        key={shown}
        inputMode={attribute.type === "number" ? "decimal" : undefined}
        placeholder={attribute.type === "date" ? "YYYY-MM-DD" : undefined}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
      />
      {error && <span className="cell-error" role="alert">{error}</span>}
    </>
  );
}
