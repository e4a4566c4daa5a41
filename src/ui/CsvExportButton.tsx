// The one way the workbench saves CSV: a button opening a dialog with the options every CSV export
// shares (a BOM for Excel, comma or semicolon, a decimal comma, formula cells neutralized) and the
// note on neutralizing, then one button per table to save. It starts with the language's defaults
// (defaultCsvOptions: BOM and neutralizing on; in Indonesian a semicolon and a decimal comma).
import { useState } from "react";
import { downloadText, safeFileName } from "../app/download";
import type { CsvOptions } from "../formats/csvOptions";
import { t } from "../lang";
import { defaultCsvOptions } from "../lang/exportHeaders";
import { Dialog } from "./Dialog";

export interface CsvExport {
  label: string;
  /** The file's name without ".csv". */
  fileName: string;
  write(options: CsvOptions): string | Promise<string>;
}

interface Props {
  label: string;
  exports: CsvExport[];
}

export function CsvExportButton({ label, exports }: Props) {
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<CsvOptions>(defaultCsvOptions);
  const save = async (csvExport: CsvExport) => {
    downloadText(`${safeFileName(csvExport.fileName)}.csv`, [await csvExport.write(options)], "text/csv;charset=utf-8");
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog title={label} open={open} onClose={() => setOpen(false)} actions={<button type="button" onClick={() => setOpen(false)}>{t("close")}</button>}>
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
            {exports.map((csvExport, i) => (
              <button key={csvExport.label} type="button" className={i === 0 ? "primary" : undefined} onClick={() => void save(csvExport)}>
                {csvExport.label}
              </button>
            ))}
          </div>
        </div>
      </Dialog>
    </>
  );
}
