// The column headers of exported tables (CSV, and the workbook's sheets) in the current language,
// and the CSV options an export starts with in it.
import type { CsvHeaders } from "../formats/analysisCsv";
import { DEFAULT_CSV_OPTIONS, type CsvOptions } from "../formats/csvOptions";
import type { MemoCsvHeaders } from "../formats/memosCsv";
import type { ExploreHeaders } from "../formats/exploreCsv";
import { language, t } from "./index";

/** In Indonesian the separator is a semicolon and the decimal a comma, as Excel in that locale reads CSV. */
export function defaultCsvOptions(): CsvOptions {
  return language() === "id" ? { ...DEFAULT_CSV_OPTIONS, delimiter: ";", decimalComma: true } : { ...DEFAULT_CSV_OPTIONS, decimalComma: false };
}

export function exportHeaders(): CsvHeaders {
  return {
    segments: {
      document: t("csvColumnDocument"),
      case: t("csvColumnCase"),
      theme: t("csvColumnTheme"),
      code: t("csvColumnCode"),
      code_path: t("csvColumnCodePath"),
      start: t("csvColumnStart"),
      end: t("csvColumnEnd"),
      text: t("csvColumnText"),
      coder: t("csvColumnCoder"),
      created: t("csvColumnCreated"),
    },
    codeLevel: (level) => t("csvColumnCodeLevel", { level: String(level) }),
    total: t("csvColumnTotal"),
    attributeColumn: (name) => t("csvAttributeSuffix", { name }),
    agreement: {
      document: t("csvColumnDocument"),
      units: t("csvColumnUnits"),
      agreement: t("csvColumnAgreement"),
      kappa: t("csvColumnKappa"),
      fleiss: t("csvColumnFleiss"),
      alpha: t("csvColumnAlpha"),
      a_only: t("csvColumnAOnly"),
      b_only: t("csvColumnBOnly"),
      both: t("csvColumnBoth"),
      neither: t("csvColumnNeither"),
    },
  };
}

/** The memos CSV's headers, kinds of record and the word for a deleted one, in the current language. */
export function memoCsvHeaders(): MemoCsvHeaders {
  return {
    title: t("csvColumnTitle"),
    text: t("csvColumnText"),
    author: t("csvColumnAuthor"),
    created: t("csvColumnCreated"),
    modified: t("csvColumnModified"),
    attachedTo: t("csvColumnAttachedTo"),
    kind: { project: t("memoType_project"), document: t("memoType_document"), case: t("memoType_case"), code: t("memoType_code"), coding: t("memoType_coding") },
    deleted: t("memoDeletedTarget"),
  };
}

/** The headers of the Explore view's tables (hits, passages, words, saturation). */
export function exploreHeaders(): ExploreHeaders {
  return {
    document: t("csvColumnDocument"),
    start: t("csvColumnStart"),
    end: t("csvColumnEnd"),
    text: t("csvColumnText"),
    before: t("csvColumnBefore"),
    after: t("csvColumnAfter"),
    word: t("csvColumnWord"),
    count: t("csvColumnCount"),
    documents: t("csvColumnDocuments"),
    new_codes: t("csvColumnNewCodes"),
    new_code_count: t("csvColumnNewCodeCount"),
    codes_so_far: t("csvColumnCodesSoFar"),
  };
}
