// The agreement table: per code, the row pooled over the compared documents, then one row per
// document; percent agreement, Cohen's κ, Fleiss' κ, Krippendorff's α and the unit counts. An
// undefined statistic shows "—" with its reason (as its title and for screen readers).
import type { AgreementRow, AgreementStatistic } from "../../core/analysis/agreement";
import { formatCount, t, type StringKey } from "../../lang";
import "../../lang/enViews";

const REASONS: Record<string, StringKey> = {
  noUnits: "reasonNoUnits",
  noVariation: "reasonNoVariation",
  notTwoCoders: "reasonNotTwoCoders",
  fewerThanTwoCoders: "reasonFewerThanTwoCoders",
};

function Statistic({ row, name, percent }: { row: AgreementRow; name: AgreementStatistic; percent?: boolean }) {
  const value = row[name];
  if (value === null) {
    const reason = t(REASONS[row.undefinedReasons[name] ?? "noVariation"]!);
    return (
      <td className="undefined-value" title={reason} data-reason={row.undefinedReasons[name]}>
        —<span className="visually-hidden"> ({reason})</span>
      </td>
    );
  }
  return <td>{percent ? `${value.toFixed(1)}%` : value.toFixed(3)}</td>;
}

export function AgreementTable({ rows, documentName }: { rows: AgreementRow[]; documentName: (id: string) => string }) {
  const pooled = rows.filter((r) => r.documentId === null);
  return (
    <div className="table-scroll">
      <table className="matrix agreement-table">
        <thead>
          <tr>
            <th scope="col">{t("colCode")}</th>
            <th scope="col">{t("colDocument")}</th>
            <th scope="col">{t("units")}</th>
            <th scope="col">{t("percentAgreement")}</th>
            <th scope="col">{t("cohenKappa")}</th>
            <th scope="col">{t("fleissKappa")}</th>
            <th scope="col">{t("krippendorffAlpha")}</th>
            <th scope="col">{t("aOnly")}</th>
            <th scope="col">{t("bOnly")}</th>
            <th scope="col">{t("bothCoded")}</th>
            <th scope="col">{t("neitherCoded")}</th>
          </tr>
        </thead>
        <tbody>
          {pooled.flatMap((total) => [total, ...rows.filter((r) => r.codeId === total.codeId && r.documentId !== null)]).map((row) => (
            <tr key={`${row.codeId}:${row.documentId ?? ""}`} className={row.documentId === null ? "theme-row" : undefined} data-code-id={row.codeId} data-document-id={row.documentId ?? ""}>
              <th scope="row" style={{ paddingLeft: `${0.6 + (row.path.length - 1) * 1}rem` }}>
                {row.documentId === null ? row.path.join(" / ") : ""}
              </th>
              <td className="text-cell">{row.documentId === null ? t("allDocuments") : documentName(row.documentId)}</td>
              <td>{formatCount(row.units)}</td>
              <Statistic row={row} name="agreement" percent />
              <Statistic row={row} name="kappa" />
              <Statistic row={row} name="fleiss" />
              <Statistic row={row} name="alpha" />
              <td>{formatCount(row.aOnly)}</td>
              <td>{formatCount(row.bOnly)}</td>
              <td>{formatCount(row.both)}</td>
              <td>{formatCount(row.neither)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
