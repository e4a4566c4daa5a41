// While a CSV table is read in its worker: the file's name, how far the reading has come, and a
// button that cancels it.
import { t } from "../lang";
import { useCsvRead } from "../state/csvReadStore";

export function CsvReadProgress() {
  const reading = useCsvRead((s) => s.reading);
  if (!reading) return null;
  const percent = Math.round(reading.fraction * 100);
  return (
    <div className="notice notice-info csv-progress" role="status">
      <span>{t("readingCsv", { file: reading.fileName })}</span>{" "}
      <progress max={100} value={percent} aria-label={t("readingCsv", { file: reading.fileName })} />{" "}
      <button type="button" onClick={reading.cancel}>
        {t("cancel")}
      </button>
    </div>
  );
}
