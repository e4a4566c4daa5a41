// A <select> of the codebook's codes, each named by its path ("Theme / Code") in codebook order,
// after the choices its caller puts first (as children).
import { useMemo, type ReactNode } from "react";
import { codebookRows, type CodebookRow } from "../../core/analysis/codebookRows";
import type { Code } from "../../core/model/types";

interface Props {
  codes: readonly Code[];
  value: string;
  /** The chosen value, with the code's row when a code was chosen. */
  onChange(value: string, row: CodebookRow | undefined): void;
  /** How a code's path reads in the list; the path itself by default. */
  optionLabel?(path: string): string;
  /** The accessible name, when no <label> wraps the list. */
  label?: string;
  children: ReactNode;
}

export function CodePathSelect({ codes, value, onChange, optionLabel = (path) => path, label, children }: Props) {
  const rows = useMemo(() => codebookRows(codes), [codes]);
  return (
    <select value={value} onChange={(e) => onChange(e.target.value, rows.find((r) => r.code.id === e.target.value))} aria-label={label}>
      {children}
      {rows.map((r) => (
        <option key={r.code.id} value={r.code.id}>
          {optionLabel(r.path.join(" / "))}
        </option>
      ))}
    </select>
  );
}
