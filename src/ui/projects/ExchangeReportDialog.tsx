// The report shown once after a REFI-QDA import: what came in, how the producer's positions were
// read, and everything that was left out or carried with a change, so nothing is lost silently.
import { isCarriedWithChange, type ReportItem } from "../../formats/refiQda/importReport";
import { useWorkbench } from "../../state/workbenchStore";
import { Dialog } from "../Dialog";
import { countNoun, formatCount, reportKindLabel, t } from "../../lang";
import "../../lang/enViews";

export function ExchangeReportDialog() {
  const exchange = useWorkbench((s) => s.exchangeReport);
  const close = useWorkbench((s) => s.closeExchangeReport);
  if (!exchange) return null;
  const { report, counts } = exchange;
  const convention = t(`producer_${report.producer}`);
  const leftOut = report.items.filter((item) => !isCarriedWithChange(item.kind));
  const changed = report.items.filter((item) => isCarriedWithChange(item.kind));
  return (
    <Dialog
      open
      title={t("exchangeReportTitle", { name: exchange.projectName })}
      onClose={close}
      actions={
        <button type="button" className="primary" onClick={close} autoFocus>
          {t("close")}
        </button>
      }
    >
      <div className="exchange-report">
        <p>
          {t("exchangeReportSummary", {
            file: exchange.fileName,
            documents: countNoun(counts.documents, "document"),
            codes: countNoun(counts.codes, "code"),
            codings: countNoun(counts.codings, "coding"),
            cases: countNoun(counts.cases, "case"),
          })}
        </p>
        <p>{report.origin ? t("exchangeReportProducer", { origin: report.origin, convention }) : t("exchangeReportNoOrigin", { convention })}</p>
        {report.items.length === 0 && <p>{t("exchangeReportComplete")}</p>}
        <ReportSection title={t("exchangeReportLeftOut")} items={leftOut} />
        <ReportSection title={t("exchangeReportChanged")} items={changed} />
      </div>
    </Dialog>
  );
}

function ReportSection({ title, items }: { title: string; items: ReportItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.kind}>
            {t("exchangeReportCount", { label: reportKindLabel(item.kind), count: formatCount(item.count) })}
            {item.examples.length > 0 && <span className="exchange-report-examples"> ({t("exchangeReportExamples", { examples: item.examples.join("; ") })})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
