// The saturation curve: documents in the chosen order (by name, by import date or by a case
// attribute; the browser keeps no other order of a project's documents), the codes each brings
// first and the codes so far, and whether the last k documents brought none; exported as SVG.
import { useMemo, useRef, useState } from "react";
import { downloadText } from "../../app/download";
import type { MatrixInput } from "../../core/analysis/matrix";
import { documentsWithoutNewCodes, orderDocuments, saturationCurve, type DocumentOrder } from "../../core/analysis/saturation";
import { t } from "../../lang";
import { SaturationChart } from "../../viz/saturation/SaturationChart";
import { codePathNames } from "../coding/codePaths";

export function SaturationTab({ input }: { input: MatrixInput }) {
  const [orderValue, setOrderValue] = useState("name");
  const [window, setWindow] = useState(3);
  const chart = useRef<SVGSVGElement>(null);
  const order = useMemo<DocumentOrder>(
    () => (orderValue.startsWith("attribute:") ? { by: "attribute", attributeId: orderValue.slice(10) } : { by: orderValue as "name" | "imported" }),
    [orderValue],
  );
  const { points, quiet } = useMemo(() => {
    const paths = codePathNames(input.codes);
    const documents = orderDocuments(input.documents, order, input);
    const curve = saturationCurve(documents.map((d) => d.id), input.codings);
    return {
      points: curve.map((p, i) => ({ document: documents[i]!.name, newCodes: p.newCodeIds.map((id) => paths.get(id) ?? id), total: p.total })),
      quiet: documentsWithoutNewCodes(curve),
    };
  }, [input, order]);
  const coded = points.some((p) => p.total > 0);

  const exportSvg = () => {
    if (chart.current) downloadText("saturation.svg", [new XMLSerializer().serializeToString(chart.current)], "image/svg+xml");
  };

  return (
    <div className="explore-tab">
      <div className="explore-form">
        <label>
          {t("saturationOrder")}{" "}
          <select value={orderValue} onChange={(e) => setOrderValue(e.target.value)}>
            <option value="name">{t("saturationOrderName")}</option>
            <option value="imported">{t("saturationOrderImported")}</option>
            {input.attributes.map((a) => (
              <option key={a.id} value={`attribute:${a.id}`}>
                {t("saturationOrderAttribute", { name: a.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("saturationWindow")} <input type="number" min={1} max={50} value={window} onChange={(e) => setWindow(Math.max(1, Number(e.target.value) || 1))} />
        </label>
        <button type="button" onClick={exportSvg} disabled={!coded}>
          {t("saturationExportSvg")}
        </button>
      </div>
      <p className="explore-summary" role="status">
        {!coded ? t("saturationEmpty") : quiet >= window ? t("saturationReached", { count: quiet }) : t("saturationNotReached", { count: quiet, window })}
      </p>
      {coded && <SaturationChart ref={chart} points={points} />}
    </div>
  );
}
