// The selected code's details: name, colour (the palette, colour-blind-safe first), description,
// merging into another code, showing its passages, showing only it in the transcript, deleting.
import { useEffect, useRef, useState } from "react";
import { describeCodeAs, mergeCodeInto, recolorCodeTo, renameCodeTo } from "../../app/codebookActions";
import { CODE_PALETTE } from "../../core/model/palette";
import type { Code } from "../../core/model/types";
import { useCodingUi } from "../../state/codingStore";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import { codePathNames } from "../coding/codePaths";
import { MemoButton } from "../memos/MemoButton";
import "../../lang/enViews";

interface CodeDetailsProps {
  projectId: string;
  code: Code;
  codes: Code[];
  renaming: boolean;
  /** After a rename (or F2 then Escape): `done` is true when the name field was left by Enter or Escape. */
  onRenamed(done: boolean): void;
  onDelete(): void;
}

export function CodeDetails({ projectId, code, codes, renaming, onRenamed, onDelete }: CodeDetailsProps) {
  const [mergeTarget, setMergeTarget] = useState("");
  const visible = useCodingUi((s) => s.visibleCodeIds);
  const setVisibleCodes = useCodingUi((s) => s.setVisibleCodes);
  const showRetrieval = useWorkbench((s) => s.showRetrieval);
  const paths = codePathNames(codes);
  const nameRef = useRef<HTMLInputElement>(null);
  /** Set when Enter or Escape has dealt with the name already, so that the blur after it does not. */
  const nameDone = useRef(false);
  // F2 in the tree: the cursor goes into the name, its text selected to type over.
  useEffect(() => {
    if (renaming) {
      nameRef.current?.focus();
      nameRef.current?.select();
    }
  }, [renaming]);
  const commitName = (name: string, done: boolean) => {
    if (name.trim() && name.trim() !== code.name) void renameCodeTo(projectId, code.id, name);
    onRenamed(done);
  };
  return (
    <section className="code-details" aria-label={t("codeDetails", { name: code.name })}>
      <label className="field">
        {t("codeName")}
        <input
          key={code.name}
          ref={nameRef}
          defaultValue={code.name}
          onFocus={() => (nameDone.current = false)}
          onBlur={(e) => nameDone.current || commitName(e.target.value, false)}
          onKeyDown={(e) => {
            if (e.key === "Escape") e.currentTarget.value = code.name;
            if (e.key === "Enter" || e.key === "Escape") {
              e.preventDefault();
              nameDone.current = true;
              commitName(e.currentTarget.value, true);
            }
          }}
        />
      </label>
      <fieldset className="swatches">
        <legend>{t("codeColor")}</legend>
        {CODE_PALETTE.map((color) => (
          <button
            key={color}
            type="button"
            className="swatch-button"
            style={{ background: color }}
            aria-label={t("useColor", { color })}
            aria-pressed={code.color === color}
            onClick={() => void recolorCodeTo(projectId, code.id, color)}
          />
        ))}
        <button type="button" className="swatch-button swatch-none" aria-label={t("noColor")} aria-pressed={code.color === null} onClick={() => void recolorCodeTo(projectId, code.id, null)} />
      </fieldset>
      <label className="field">
        {t("codeDescription")}
        <textarea key={code.description} defaultValue={code.description} rows={2} onBlur={(e) => e.target.value !== code.description && void describeCodeAs(projectId, code.id, e.target.value)} />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => showRetrieval({ kind: "code", id: code.id })}>
          {t("showPassages")}
        </button>
        <MemoButton projectId={projectId} target={{ kind: "code", id: code.id }} name={code.name} className="" />
        <button type="button" onClick={() => setVisibleCodes(new Set([code.id]))}>
          {t("showOnlyThisCode")}
        </button>
        {visible && !visible.has(code.id) && (
          <button type="button" onClick={() => setVisibleCodes(new Set([...visible, code.id]))}>
            {t("showThisCodeToo")}
          </button>
        )}
      </div>
      <div className="inline-form">
        <select aria-label={t("mergeTarget", { name: code.name })} value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
          <option value="">{t("mergeInto")}</option>
          {codes
            .filter((c) => c.id !== code.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {paths.get(c.id)}
              </option>
            ))}
        </select>
        <button
          type="button"
          disabled={!mergeTarget}
          onClick={() => {
            void mergeCodeInto(projectId, code.id, mergeTarget);
            setMergeTarget("");
          }}
        >
          {t("merge")}
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          {t("deleteCode", { name: code.name })}
        </button>
      </div>
    </section>
  );
}
