// The saturation curve's points as the chart draws them: documents in the chosen order, each with
// the paths of the codes it brings first and the number of codes so far.
import { codebookRows } from "../../core/analysis/codebookRows";
import type { MatrixInput } from "../../core/analysis/matrix";
import { orderDocuments, saturationCurve, type DocumentOrder } from "../../core/analysis/saturation";
import type { ChartPoint } from "./SaturationChart";

export function saturationChartPoints(input: MatrixInput, order: DocumentOrder): { points: ChartPoint[]; curve: ReturnType<typeof saturationCurve> } {
  const paths = new Map(codebookRows(input.codes).map((r) => [r.code.id, r.path.join(" / ")]));
  const documents = orderDocuments(input.documents, order, input);
  const curve = saturationCurve(documents.map((d) => d.id), input.codings);
  return { points: curve.map((p, i) => ({ document: documents[i]!.name, newCodes: p.newCodeIds.map((id) => paths.get(id) ?? id), total: p.total })), curve };
}
