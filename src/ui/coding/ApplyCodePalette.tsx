// The quick palette for coding the selected passage: type to filter the codes, Enter applies the
// highlighted one, 1–9 (with an empty filter) apply the most recently used codes, a name that
// does not exist yet is created and applied (under the theme typed as "Theme / Code", or the one
// chosen in "Create under"), and "In vivo" names a new code after the passage. Closing it returns
// the focus to the transcript.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { applyCodeToSelection, applyInVivoCode, createCodeAndApply } from "../../app/codingActions";
import { nameKey } from "../../core/model/attributeTable";
import { readCodePath } from "../../core/model/codePath";
import { nameCollator } from "../../core/text/names";
import { useCodingUi } from "../../state/codingStore";
import { useCodes } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";
import type { Code } from "../../core/model/types";
import { Dialog } from "../Dialog";
import { t } from "../../lang";
import { codePathNames } from "./codePaths";

const NO_CODES: string[] = [];

interface Option {
  kind: "code" | "create";
  codeId?: string;
  /** For "create": the new code's name and parent. */
  name?: string;
  parentId?: string | null;
  label: string;
  hint?: string;
}

export function ApplyCodePalette({ projectId }: { projectId: string }) {
  const open = useCodingUi((s) => s.paletteOpen);
  const closePalette = useCodingUi((s) => s.closePalette);
  const recent = useCodingUi((s) => s.recentCodeIds[projectId]) ?? NO_CODES;
  const codes = useCodes(projectId);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const [parentChoice, setParentChoice] = useState("");
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) {
      setFilter("");
      setActive(0);
      setParentChoice("");
    }
  }, [open]);

  /** Closes the palette; `restore` puts the focus back on the transcript's selection. */
  const close = (restore = true) => {
    // Emptied now, not when it opens again: keys typed right after Ctrl+K must not join the last name.
    setFilter("");
    setActive(0);
    setParentChoice("");
    closePalette();
    const { selection } = useCodingUi.getState();
    const documentId = useWorkbench.getState().documentId;
    if (restore && selection && documentId) useCodingUi.getState().focusPassage(documentId, selection.start, selection.end);
  };

  const paths = useMemo(() => codePathNames(codes ?? []), [codes]);
  const options = useMemo<Option[]>(() => {
    const all = codes ?? [];
    const query = filter.trim().toLocaleLowerCase();
    if (!query) {
      const recentCodes = recent.map((id) => all.find((c) => c.id === id)).filter((c) => c !== undefined);
      const rest = all.filter((c) => !recent.includes(c.id)).sort((a, b) => nameCollator.compare(paths.get(a.id)!, paths.get(b.id)!));
      return [...recentCodes, ...rest].map((c, i) => ({ kind: "code", codeId: c.id, label: paths.get(c.id)!, hint: i < recentCodes.length && i < 9 ? String(i + 1) : undefined }));
    }
    const matches = all
      .filter((c) => paths.get(c.id)!.toLocaleLowerCase().includes(query))
      .sort((a, b) => Number(!a.name.toLocaleLowerCase().startsWith(query)) - Number(!b.name.toLocaleLowerCase().startsWith(query)) || nameCollator.compare(a.name, b.name))
      .map<Option>((c) => ({ kind: "code", codeId: c.id, label: paths.get(c.id)! }));
    const create = newCodeOption(filter, all, parentChoice || null, paths);
    return create ? [...matches, create] : matches;
  }, [codes, filter, recent, paths, parentChoice]);
  const typed = readCodePath(filter, codes ?? []);
  const typedPath = filter.includes("/");

  const choose = (option: Option | undefined) => {
    if (!option) return;
    close(false);
    if (option.kind === "code") void applyCodeToSelection(projectId, option.codeId!);
    else void createCodeAndApply(projectId, option.name!, option.parentId ?? null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(options.length - 1, i + (event.key === "ArrowDown" ? 1 : -1))));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(options[active]);
    } else if (!filter && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      choose(options.find((o) => o.hint === event.key));
    }
  };

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  return (
    <Dialog
      title={t("applyCode")}
      modal={false}
      open={open}
      onClose={() => close()}
      actions={
        <>
          <button
            type="button"
            onClick={() => {
              close(false);
              void applyInVivoCode(projectId);
            }}
          >
            {t("inVivo")}
          </button>
          <button type="button" onClick={() => close()}>
            {t("cancel")}
          </button>
        </>
      }
    >
      <input
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-options"
        aria-activedescendant={options[active] ? `palette-option-${active}` : undefined}
        aria-label={t("codeFilterLabel")}
        placeholder={t("codeFilterPlaceholder")}
        value={filter}
        autoFocus
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-options" role="listbox" aria-label={t("codes")} className="palette-options" ref={listRef}>
        {options.map((option, index) => (
          <li
            key={option.codeId ?? "create"}
            id={`palette-option-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === active}
            className={option.kind === "create" ? "palette-create" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.hint && <kbd>{option.hint}</kbd>}
            <span>{option.label}</span>
          </li>
        ))}
      </ul>
      {typed.kind === "missingParent" && (
        <p className="palette-note" role="status">
          {t("noSuchTheme", { name: typed.missing })}
        </p>
      )}
      <label className="palette-parent">
        {t("createUnder")}
        <select value={parentChoice} disabled={typedPath} onChange={(e) => setParentChoice(e.target.value)}>
          <option value="">{t("topLevel")}</option>
          {[...paths].map(([id, path]) => (
            <option key={id} value={id}>
              {path}
            </option>
          ))}
        </select>
      </label>
    </Dialog>
  );
}

/**
 * The "create" entry for what is typed: a path "Theme / Code" names its parent; a plain name goes
 * under the chosen parent. None when the code exists there (or, at the top level, anywhere).
 */
function newCodeOption(filter: string, codes: readonly Code[], chosenParent: string | null, paths: ReadonlyMap<string, string>): Option | null {
  if (filter.includes("/")) {
    const typed = readCodePath(filter, codes);
    if (typed.kind !== "new") return null;
    return { kind: "create", name: typed.name, parentId: typed.parentId, label: createLabel(typed.name, typed.parentId, paths) };
  }
  const name = filter.trim();
  if (!name) return null;
  const key = nameKey(name);
  const clash = codes.some((c) => nameKey(c.name) === key && (chosenParent === null || c.parentId === chosenParent));
  return clash ? null : { kind: "create", name, parentId: chosenParent, label: createLabel(name, chosenParent, paths) };
}

function createLabel(name: string, parentId: string | null, paths: ReadonlyMap<string, string>): string {
  return parentId ? t("createUnderAndApply", { name, parent: paths.get(parentId) ?? "" }) : t("createAndApply", { name });
}
