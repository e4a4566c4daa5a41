// The one way the workbench saves CSV: a button opening a dialog with the options every CSV export
// shares (a BOM for Excel, comma or semicolon, formula cells neutralized; the first and last on by
// default) and the note on neutralizing, then one button per table to save.
import { useState } from "react";
import { downloadText } from "../app/download";
import { DEFAULT_CSV_OPTIONS, type CsvOptions } from "../formats/csvWrite";
import { Dialog } from "./Dialog";
import { t } from "./strings";

export interface CsvExport {
  label: string;
  fileName: string;
  write(options: CsvOptions): string | Promise<string>;
}

interface Props {
  label: string;
  exports: CsvExport[];
}

export function CsvExportButton({ label, exports }: Props) {
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<CsvOptions>(DEFAULT_CSV_OPTIONS);
  const save = async (csvExport: CsvExport) => {
    downloadText(csvExport.fileName, [await csvExport.write(options)], "text/csv;charset=utf-8");
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
