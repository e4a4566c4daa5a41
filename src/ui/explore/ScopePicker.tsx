// The scope of a search, query or word count: chosen documents, cases, values of a case attribute
// and (for coding queries) coders, as lists of check boxes in a fold-out; nothing chosen in a list
// limits nothing. The summary says what the scope keeps.
import { useMemo } from "react";
import type { MatrixInput } from "../../core/analysis/matrix";
import { attributeValues, documentsInScope, isWholeProject } from "../../core/analysis/scope";
import type { AnalysisScope } from "../../core/model/savedQuery";
import { nameCollator } from "../../core/text/names";
import { countNoun, t } from "../../lang";
import "../../lang/enViews";

interface Props {
  input: MatrixInput;
  scope: AnalysisScope;
  onChange(scope: AnalysisScope): void;
  /** Whether coders can be chosen (they matter only where codings are counted). */
  coders?: boolean;
}

export function ScopePicker({ input, scope, onChange, coders = false }: Props) {
  const byName = <T extends { name: string }>(items: readonly T[]) => [...items].sort((a, b) => nameCollator.compare(a.name, b.name));
  const documents = useMemo(() => byName(input.documents), [input.documents]);
  const cases = useMemo(() => byName(input.cases), [input.cases]);
  const attribute = input.attributes.find((a) => a.id === scope.attribute?.attributeId);
  const values = attribute ? attributeValues(attribute, input.cases) : [];
  const kept = documentsInScope(scope, input);
  const summary = isWholeProject(scope)
    ? t("scopeWholeProject")
    : t("scopeSummary", { documents: countNoun(kept ? kept.size : input.documents.length, "document"), coders: scope.coderIds?.length ? t("scopeCoders", { count: scope.coderIds.length }) : "" });
  const toggle = (list: string[] | undefined, id: string, on: boolean) => (on ? [...(list ?? []), id] : (list ?? []).filter((x) => x !== id));

  return (
    <details className="scope-picker">
      <summary>
        {t("scopeLabel")}: {summary}
      </summary>
      <div className="scope-lists">
        <CheckList legend={t("scopeDocuments")} items={documents} chosen={scope.documentIds} onToggle={(id, on) => onChange({ ...scope, documentIds: toggle(scope.documentIds, id, on) })} />
        {cases.length > 0 && <CheckList legend={t("scopeCases")} items={cases} chosen={scope.caseIds} onToggle={(id, on) => onChange({ ...scope, caseIds: toggle(scope.caseIds, id, on) })} />}
        {input.attributes.length > 0 && (
          <fieldset className="check-list">
            <legend>{t("scopeAttribute")}</legend>
            <select
              aria-label={t("scopeAttribute")}
              value={scope.attribute?.attributeId ?? ""}
              onChange={(e) => onChange({ ...scope, attribute: e.target.value ? { attributeId: e.target.value, values: [] } : undefined })}
            >
              <option value="">{t("scopeNoAttribute")}</option>
              {input.attributes.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            {attribute &&
              values.map((value) => (
                <label key={value} className="check">
                  <input
                    type="checkbox"
                    checked={scope.attribute?.values.includes(value) ?? false}
                    onChange={(e) => onChange({ ...scope, attribute: { attributeId: attribute.id, values: toggle(scope.attribute?.values, value, e.target.checked) } })}
                  />{" "}
                  {value}
                </label>
              ))}
          </fieldset>
        )}
        {coders && <CheckList legend={t("scopeCodersLegend")} items={input.coders} chosen={scope.coderIds} onToggle={(id, on) => onChange({ ...scope, coderIds: toggle(scope.coderIds, id, on) })} />}
        <button type="button" disabled={isWholeProject(scope)} onClick={() => onChange({})}>
          {t("scopeClear")}
        </button>
      </div>
    </details>
  );
}

function CheckList({ legend, items, chosen, onToggle }: { legend: string; items: readonly { id: string; name: string }[]; chosen: string[] | undefined; onToggle(id: string, on: boolean): void }) {
  return (
    <fieldset className="check-list">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input type="checkbox" checked={chosen?.includes(item.id) ?? false} onChange={(e) => onToggle(item.id, e.target.checked)} /> {item.name}
        </label>
      ))}
    </fieldset>
  );
}
