// Exports for R, pandas and Excel: the matrix as shown (wide) and the coded segments (tidy, one
// row per coding), with the options spreadsheets need: a BOM for Excel, comma or semicolon, a decimal
// comma, and cells that would run as formulas neutralized. In Indonesian the separator is a
// semicolon and the decimal a comma by default, as Excel in an Indonesian locale reads CSV.
import { useState } from "react";
import { downloadText, safeFileName } from "../../app/download";
import type { CodingMatrix, MatrixInput, Measure } from "../../core/analysis/matrix";
import { codedSegmentsCsv, DEFAULT_CSV_OPTIONS, matrixCsv, type CsvOptions } from "../../formats/analysisCsv";
import { useProject } from "../../state/liveQueries";
import { Dialog } from "../Dialog";
import { language, t } from "../../lang";
import { exportHeaders } from "../../lang/exportHeaders";
import { MEASURES } from "./measures";

/** The options a new export dialog starts with, for the UI's language. */
function defaultOptions(): CsvOptions {
  return language() === "id" ? { ...DEFAULT_CSV_OPTIONS, delimiter: ";", decimalComma: true } : { ...DEFAULT_CSV_OPTIONS, decimalComma: false };
}

interface Props {
  projectId: string;
  matrix: CodingMatrix;
  input: MatrixInput;
  measure: Measure;
}

export function CsvExportButton({ projectId, matrix, input, measure }: Props) {
  const project = useProject(projectId);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<CsvOptions>(defaultOptions);
  const projectName = project?.name ?? t("project");
  const measureName = t(MEASURES.find((m) => m.value === measure)!.label);
  const save = (name: string, csv: string) => downloadText(`${safeFileName(name)}.csv`, [csv], "text/csv;charset=utf-8");
  const withHeaders = { ...options, headers: exportHeaders() };
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
            <input type="checkbox" checked={options.decimalComma ?? false} onChange={(e) => setOptions({ ...options, decimalComma: e.target.checked })} />
            {t("csvDecimalComma")}
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={options.neutralizeFormulas} onChange={(e) => setOptions({ ...options, neutralizeFormulas: e.target.checked })} />
            {t("csvNeutralize")}
          </label>
          <p className="muted">{t("csvFormulaNote")}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => save(t("csvFileMatrix", { project: projectName, measure: measureName }), matrixCsv(matrix, withHeaders))}>
              {t("exportMatrixCsv")}
            </button>
            <button type="button" onClick={() => save(t("csvFileSegments", { project: projectName }), codedSegmentsCsv(input, withHeaders))}>
              {t("exportSegmentsCsv")}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
