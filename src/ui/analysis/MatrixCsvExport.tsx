// Exports for R, pandas and Excel from the matrix view: the matrix as shown (wide) and the coded
// segments (tidy, one row per coding), with column headers in the UI's language.
import type { CodingMatrix, MatrixInput, Measure } from "../../core/analysis/matrix";
import { codedSegmentsCsv, matrixCsv } from "../../formats/analysisCsv";
import { t } from "../../lang";
import { exportHeaders } from "../../lang/exportHeaders";
import { useProject } from "../../state/liveQueries";
import { CsvExportButton } from "../CsvExportButton";
import { MEASURES } from "./measures";
import "../../lang/enViews";

interface Props {
  projectId: string;
  matrix: CodingMatrix;
  input: MatrixInput;
  measure: Measure;
}

export function MatrixCsvExport({ projectId, matrix, input, measure }: Props) {
  const project = useProject(projectId);
  const projectName = project?.name ?? t("project");
  const measureName = t(MEASURES.find((m) => m.value === measure)!.label);
  return (
    <CsvExportButton
      label={t("exportCsv")}
      exports={[
        {
          label: t("exportMatrixCsv"),
          fileName: t("csvFileMatrix", { project: projectName, measure: measureName }),
          write: (options) => matrixCsv(matrix, { ...options, headers: exportHeaders() }),
        },
        {
          label: t("exportSegmentsCsv"),
          fileName: t("csvFileSegments", { project: projectName }),
          write: (options) => codedSegmentsCsv(input, { ...options, headers: exportHeaders() }),
        },
      ]}
    />
  );
}
