// Exports for R, pandas and Excel: the matrix as shown (wide) and the coded segments (tidy, one
// row per coding), with the options spreadsheets need: a BOM for Excel, comma or semicolon, and
// cells that would run as formulas neutralized (both on by default).
import { useState } from "react";
import { downloadText, safeFileName } from "../../app/download";
import type { CodingMatrix, MatrixInput, Measure } from "../../core/analysis/matrix";
import { codedSegmentsCsv, DEFAULT_CSV_OPTIONS, FORMULA_NOTE, matrixCsv, type CsvOptions } from "../../formats/analysisCsv";
import { useProject } from "../../state/liveQueries";
import { Dialog } from "../Dialog";
import { t } from "../../lang";

interface Props {
  projectId: string;
  matrix: CodingMatrix;
  input: MatrixInput;
  measure: Measure;
}

export function CsvExportButton({ projectId, matrix, input, measure }: Props) {
  const project = useProject(projectId);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<CsvOptions>(DEFAULT_CSV_OPTIONS);
  const base = safeFileName(project?.name ?? "project");
  const save = (name: string, csv: string) => downloadText(name, [csv], "text/csv;charset=utf-8");
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t("exportCsv")}
      </button>
      <Dialog title={t("exportCsv")} open={open} onClose={() => setOpen(false)} actions={<button type="button" onClick={() => setOpen(false)}>{t("close")}</button>}>
        <div className="form-grid">
          <label className="checkbox-label">
            <input type="checkbox" checked={options.bom} onChange={(e) => setOptions({ ...options, bom: e.target.checked })} />
            {t("csvBom")}
          </label>
          <label>
            {t("csvDelimiter")}
            <select value={options.delimiter} onChange={(e) => setOptions({ ...options, delimiter: e.target.value as CsvOptions["delimiter"] })}>
              <option value=",">{t("csvComma")}</option>
              <option value=";">{t("csvSemicolon")}</option>
            </select>
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={options.neutralizeFormulas} onChange={(e) => setOptions({ ...options, neutralizeFormulas: e.target.checked })} />
            {t("csvNeutralize")}
          </label>
          <p className="muted">{FORMULA_NOTE}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => save(`${base} - matrix (${measure}).csv`, matrixCsv(matrix, options))}>
              {t("exportMatrixCsv")}
            </button>
            <button type="button" onClick={() => save(`${base} - coded segments.csv`, codedSegmentsCsv(input, options))}>
              {t("exportSegmentsCsv")}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
