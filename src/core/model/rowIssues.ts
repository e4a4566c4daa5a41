// Why an imported table's header, one of its rows or a value in it was not taken, in no language: a code and the
// values its words name. The UI says it in its language (src/lang); the command line in English
// (src/formats/problems.ts).

export type RowIssueCode =
  | "rowCellCount"
  | "rowNoCaseName"
  | "rowCaseRepeated"
  | "rowCellsBeyondHeader"
  | "rowNoTheme"
  | "rowCodeNoTheme"
  | "rowThemeTwice"
  | "rowCodeTwice"
  | "rowBadColour"
  | "valueNotNumber"
  | "valueNotDate"
  | "valueNotChoice"
  | "headerMissing"
  | "headerTooFew"
  | "headerColumnUnnamed"
  | "headerColumnTwice";

export const ROW_ISSUE_CODES: readonly RowIssueCode[] = [
  "rowCellCount",
  "rowNoCaseName",
  "rowCaseRepeated",
  "rowCellsBeyondHeader",
  "rowNoTheme",
  "rowCodeNoTheme",
  "rowThemeTwice",
  "rowCodeTwice",
  "rowBadColour",
  "valueNotNumber",
  "valueNotDate",
  "valueNotChoice",
  "headerMissing",
  "headerTooFew",
  "headerColumnUnnamed",
  "headerColumnTwice",
];

export interface RowIssue {
  code: RowIssueCode;
  values?: Readonly<Record<string, string | number>>;
}
