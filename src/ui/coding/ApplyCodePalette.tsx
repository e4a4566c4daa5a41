// The quick palette for coding the selected passage: type to filter the codes, Enter applies the
// highlighted one, 1–9 (with an empty filter) apply the most recently used codes, a name that
// does not exist yet is created and applied, and "In vivo" names a new code after the passage.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { applyCodeToSelection, applyInVivoCode, createCodeAndApply } from "../../app/codingActions";
import { nameCollator } from "../../core/text/names";
import { useCodingUi } from "../../state/codingStore";
import { useCodes } from "../../state/liveQueries";
import { Dialog } from "../Dialog";
import { t } from "../../lang";
import { codePathNames } from "./codePaths";

const NO_CODES: string[] = [];

interface Option {
  kind: "code" | "create";
  codeId?: string;
  label: string;
  hint?: string;
}

export function ApplyCodePalette({ projectId }: { projectId: string }) {
  const open = useCodingUi((s) => s.paletteOpen);
  const close = useCodingUi((s) => s.closePalette);
  const recent = useCodingUi((s) => s.recentCodeIds[projectId]) ?? NO_CODES;
  const codes = useCodes(projectId);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) {
      setFilter("");
      setActive(0);
    }
  }, [open]);

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
    const exact = all.some((c) => c.name.toLocaleLowerCase() === query);
    return exact ? matches : [...matches, { kind: "create", label: t("createAndApply", { name: filter.trim() }) }];
  }, [codes, filter, recent, paths]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    close();
    if (option.kind === "code") void applyCodeToSelection(projectId, option.codeId!);
    else void createCodeAndApply(projectId, filter.trim());
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
      onClose={close}
      actions={
        <>
          <button
            type="button"
            onClick={() => {
              close();
              void applyInVivoCode(projectId);
            }}
          >
            {t("inVivo")}
          </button>
          <button type="button" onClick={close}>
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
    </Dialog>
  );
}
