// Where found passages are coded: an existing code of the codebook (shown by its path), or a new
// code with a name, at the top level or under a theme.
import { useMemo } from "react";
import { codebookRows } from "../../core/analysis/codebookRows";
import type { Code } from "../../core/model/types";
import type { CodeTarget } from "../../app/exploreActions";
import { t } from "../../lang";
import { CodePathSelect } from "../coding/CodePathSelect";
import "../../lang/enViews";

export interface TargetDraft {
  codeId: string | "new";
  newName: string;
  parentId: string | null;
}

export const EMPTY_TARGET: TargetDraft = { codeId: "new", newName: "", parentId: null };

/** The draft as a target, or null while a new code still has no name. */
export function targetOf(draft: TargetDraft): CodeTarget | null {
  if (draft.codeId !== "new") return { codeId: draft.codeId };
  return draft.newName.trim() ? { newName: draft.newName, parentId: draft.parentId } : null;
}

export function CodeTargetPicker({ codes, draft, onChange, label }: { codes: readonly Code[]; draft: TargetDraft; onChange(draft: TargetDraft): void; label: string }) {
  const themes = useMemo(() => codebookRows(codes).filter((r) => r.depth === 0), [codes]);
  return (
    <span className="code-target">
      <label>
        {label}{" "}
        <CodePathSelect codes={codes} value={draft.codeId} onChange={(codeId) => onChange({ ...draft, codeId })}>
          <option value="new">{t("codeHitsNewOption")}</option>
        </CodePathSelect>
      </label>
      {draft.codeId === "new" && (
        <>
          <input aria-label={t("codeHitsNewCode")} placeholder={t("codeHitsNewCode")} value={draft.newName} onChange={(e) => onChange({ ...draft, newName: e.target.value })} />
          <label>
            {t("codeHitsUnder")}{" "}
            <select value={draft.parentId ?? ""} onChange={(e) => onChange({ ...draft, parentId: e.target.value || null })}>
              <option value="">{t("codeHitsTopLevel")}</option>
              {themes.map((r) => (
                <option key={r.code.id} value={r.code.id}>
                  {r.code.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </span>
  );
}
