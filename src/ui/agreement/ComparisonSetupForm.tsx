// The choice of a coding comparison: coder A and coder B (each one coder or a group: content counts
// as coded by a group when any member coded it), the codes (with their sub-codes; none chosen
// compares every code), the documents (none chosen: all) and the unit.
import type { AgreementUnit } from "../../core/analysis/agreement";
import type { Code, Coder } from "../../core/model/types";
import type { ComparisonSetup } from "../../state/comparisonStore";
import { codebookRows } from "../../core/analysis/codebookRows";
import { t, type StringKey } from "../../lang";
import "../../lang/enViews";

const UNITS: { unit: AgreementUnit; label: StringKey }[] = [
  { unit: "character", label: "unitCharacter" },
  { unit: "sentence", label: "unitSentence" },
  { unit: "paragraph", label: "unitParagraph" },
];

interface Props {
  setup: ComparisonSetup;
  coders: Coder[];
  codes: Code[];
  documents: { id: string; name: string }[];
  onChange(setup: ComparisonSetup): void;
}

export function ComparisonSetupForm({ setup, coders, codes, documents, onChange }: Props) {
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const side = (key: "sideA" | "sideB", label: string) => (
    <fieldset className="comparison-side">
      <legend>{label}</legend>
      {coders.map((c) => (
        <label key={c.id} className="checkbox-label">
          <input type="checkbox" checked={setup[key].includes(c.id)} onChange={(e) => onChange({ ...setup, [key]: toggle(setup[key], c.id, e.target.checked) })} />
          {c.name}
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="comparison-setup">
      {side("sideA", t("coderA"))}
      {side("sideB", t("coderB"))}
      <fieldset className="comparison-list">
        <legend>{t("compareCodes")}</legend>
        {codebookRows(codes).map((row) => (
          <label key={row.code.id} className="checkbox-label" style={{ paddingLeft: `${row.depth * 1.1}rem` }}>
            <input
              type="checkbox"
              checked={setup.codeIds.includes(row.code.id)}
              onChange={(e) => onChange({ ...setup, codeIds: toggle(setup.codeIds, row.code.id, e.target.checked) })}
            />
            {row.code.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="comparison-list">
        <legend>{t("compareDocuments")}</legend>
        {documents.map((d) => (
          <label key={d.id} className="checkbox-label">
            <input
              type="checkbox"
              checked={setup.documentIds.includes(d.id)}
              onChange={(e) => onChange({ ...setup, documentIds: toggle(setup.documentIds, d.id, e.target.checked) })}
            />
            {d.name}
          </label>
        ))}
      </fieldset>
      <label className="comparison-unit">
        {t("compareUnit")}
        <select value={setup.unit} onChange={(e) => onChange({ ...setup, unit: e.target.value as AgreementUnit })}>
          {UNITS.map(({ unit, label }) => (
            <option key={unit} value={unit}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted comparison-hint">{t("compareHint")}</p>
    </div>
  );
}
