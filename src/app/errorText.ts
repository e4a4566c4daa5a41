// The message of a failure for the user: a bad file's (or attribute table's) in the UI's language,
// naming the file; any other error's own message.
import { AttributeTableProblem } from "../core/model/attributeTable";
import { FileProblem } from "../formats/importTypes";
import { fileProblemText, issueText, t } from "../lang";

export function errorText(error: unknown): string {
  if (error instanceof FileProblem) return fileProblemText(error);
  if (error instanceof AttributeTableProblem) return t("fileProblem", { file: error.fileName, reason: issueText(error.issue) });
  return error instanceof Error ? error.message : String(error);
}
