// The analysis as an Excel workbook, in the UI's language: the matrix as shown, the coded segments,
// the codebook and a sheet on the counting rules and the options. exceljs loads only when asked.
import type { CodingMatrix } from "../core/analysis/matrix";
import { matrixTable, segmentsTable, type SegmentsSource } from "../formats/analysisCsv";
import { codebookRows } from "../formats/codebookCsv";
import { formatDate, t } from "../lang";
import { exportHeaders } from "../lang/exportHeaders";
import { downloadText, safeFileName } from "./download";
import "../lang/enViews";

export interface WorkbookRequest {
  projectName: string;
  matrix: CodingMatrix;
  content: SegmentsSource;
  /** The names of the measure and of the columns as the matrix view shows them. */
  measureName: string;
  columnsName: string;
  neutralizeFormulas: boolean;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function downloadAnalysisWorkbook(request: WorkbookRequest, now = new Date()): Promise<void> {
  const { analysisWorkbook } = await import("../formats/analysisXlsx");
  const bytes = await analysisWorkbook(workbookSheets(request, now), now, { neutralizeFormulas: request.neutralizeFormulas });
  downloadText(`${safeFileName(t("xlsxFileName", { project: request.projectName }))}.xlsx`, [bytes as Uint8Array<ArrayBuffer>], XLSX_TYPE);
}

function workbookSheets(request: WorkbookRequest, now: Date) {
  const headers = exportHeaders();
  return {
    matrix: { name: t("xlsxSheetMatrix"), ...matrixTable(request.matrix, headers), themeRows: request.matrix.rows.map((row) => row.isTheme) },
    segments: { name: t("xlsxSheetSegments"), ...segmentsTable(request.content, headers) },
    codebook: {
      name: t("xlsxSheetCodebook"),
      fields: [headers.segments.theme, headers.segments.code, t("codeDescription"), t("codeColor")],
      rows: codebookRows(request.content.codes),
    },
    about: {
      name: t("xlsxSheetAbout"),
      fields: [t("xlsxAboutItem"), t("xlsxAboutValue")] as [string, string],
      rows: [
        [t("project"), request.projectName],
        [t("xlsxAboutExported"), formatDate(now)],
        [t("matrixMeasure"), request.measureName],
        [t("matrixColumns"), request.columnsName],
        [t("xlsxAboutReferences"), t("xlsxAboutReferencesRule")],
        [t("xlsxAboutCharacters"), t("xlsxAboutCharactersRule")],
        [t("xlsxAboutThemes"), t("xlsxAboutThemesRule")],
        [t("xlsxAboutOffsets"), t("xlsxAboutOffsetsRule")],
        [t("xlsxAboutNeutralizing"), request.neutralizeFormulas ? t("csvFormulaNote") : t("xlsxAboutNeutralizingOff")],
      ] as [string, string][],
    },
  };
}
