// The message of a change refused because a record it names was changed meanwhile, in the UI's
// language (the persistence layer's own message, for logs and the command line, is English).
import { recordKind, type RecordKind } from "../core/commands/diff";
import { t, type StringKey } from "../lang";
import type { ConflictError } from "../persistence/applyDiff";

const RECORD_NAMES: Record<RecordKind, StringKey> = {
  memo: "conflictRecord_memo",
  savedQuery: "conflictRecord_savedQuery",
  mapView: "conflictRecord_mapView",
  caseLink: "conflictRecord_caseLink",
  document: "conflictRecord_document",
  case: "conflictRecord_case",
  attribute: "conflictRecord_attribute",
  code: "conflictRecord_code",
  coder: "conflictRecord_coder",
  text: "conflictRecord_text",
  coding: "conflictRecord_coding",
};

export function conflictMessage(error: ConflictError): string {
  const { kind, name } = recordKind(error.record);
  return t("conflictChanged", { what: t(RECORD_NAMES[kind], { name }) });
}
