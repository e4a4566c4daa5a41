// Adds an attribute (a column of the cases sheet) with its type and, for a choice, its values.
import { useState } from "react";
import { addAttributeDefinition } from "../../app/caseActions";
import type { AttributeType } from "../../core/model/types";
import { t } from "../../lang";
import "../../lang/enViews";

const TYPES: { value: AttributeType; label: Parameters<typeof t>[0] }[] = [
  { value: "text", label: "typeText" },
  { value: "number", label: "typeNumber" },
  { value: "date", label: "typeDate" },
  { value: "choice", label: "typeChoice" },
];

export function AddAttributeForm({ projectId }: { projectId: string }) {
  const [name, setName] = useState("");
  const [type, setType] = useState<AttributeType>("text");
  const [choices, setChoices] = useState("");
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        const list = type === "choice" ? choices.split(",").map((c) => c.trim()).filter(Boolean) : [];
        void addAttributeDefinition(projectId, name, type, list);
        setName("");
        setChoices("");
      }}
    >
      <input aria-label={t("attributeName")} placeholder={t("attributeName")} value={name} onChange={(e) => setName(e.target.value)} />
      <select aria-label={t("attributeType")} value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
        {TYPES.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
      {type === "choice" && (
        <input aria-label={t("attributeChoices")} placeholder={t("attributeChoices")} value={choices} onChange={(e) => setChoices(e.target.value)} />
      )}
      <button type="submit" disabled={!name.trim()}>
        {t("addAttribute")}
      </button>
    </form>
  );
}
