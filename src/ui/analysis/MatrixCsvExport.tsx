// Exports for R, pandas and Excel from the matrix view: the matrix as shown (wide) and the coded
// segments (tidy, one row per coding).
import { safeFileName } from "../../app/download";
import type { CodingMatrix, MatrixInput, Measure } from "../../core/analysis/matrix";
import { codedSegmentsCsv, matrixCsv } from "../../formats/analysisCsv";
import { useProject } from "../../state/liveQueries";
import { CsvExportButton } from "../CsvExportButton";
import { t } from "../strings";

interface Props {
  projectId: string;
  matrix: CodingMatrix;
  input: MatrixInput;
  measure: Measure;
}

export function MatrixCsvExport({ projectId, matrix, input, measure }: Props) {
  const project = useProject(projectId);
  const base = safeFileName(project?.name ?? "project");
  return (
    <CsvExportButton
      label={t("exportCsv")}
      exports={[
        { label: t("exportMatrixCsv"), fileName: `${base} - matrix (${measure}).csv`, write: (options) => matrixCsv(matrix, options) },
        { label: t("exportSegmentsCsv"), fileName: `${base} - coded segments.csv`, write: (options) => codedSegmentsCsv(input, options) },
      ]}
    />
  );
}
