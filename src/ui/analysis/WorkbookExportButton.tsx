// The matrix view's Excel export: the matrix as shown, the coded segments and the codebook in one
// workbook (src/app/analysisWorkbook.ts), text cells neutralized as the CSV's are by default.
import type { CodingMatrix, MatrixInput, Measure } from "../../core/analysis/matrix";
import { downloadAnalysisWorkbook } from "../../app/analysisWorkbook";
import { useProject } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import { MEASURES } from "./measures";
import "../../lang/enViews";

interface Props {
  projectId: string;
  matrix: CodingMatrix;
  input: MatrixInput;
  measure: Measure;
  /** The name of the matrix's columns as the view shows it (Cases, Attribute: Generation, …). */
  columnsName: string;
}

export function WorkbookExportButton({ projectId, matrix, input, measure, columnsName }: Props) {
  const project = useProject(projectId);
  const notify = useWorkbench((s) => s.notify);
  const save = () =>
    downloadAnalysisWorkbook({
      projectName: project?.name ?? t("project"),
      matrix,
      content: input,
      measureName: t(MEASURES.find((m) => m.value === measure)!.label),
      columnsName,
      neutralizeFormulas: true,
    }).catch((error: unknown) => notify("error", String(error)));
  return (
    <button type="button" onClick={() => void save()}>
      {t("exportXlsx")}
    </button>
  );
}
