// The question put when an imported REFI-QDA codebook has codes that are already in the project:
// merge them by name, or add every code as a new one.
import type { CodebookChoice } from "../../app/codebookImport";
import type { CodebookImportMode } from "../../core/commands/codebookImport";
import { Dialog } from "../Dialog";
import { countNoun, t } from "../../lang";
import "../../lang/enViews";

interface CodebookImportDialogProps {
  choice: CodebookChoice | null;
  onChoose(mode: CodebookImportMode): void;
  onCancel(): void;
}

export function CodebookImportDialog({ choice, onChoose, onCancel }: CodebookImportDialogProps) {
  const total = choice ? countNoun(choice.codes.length, "code") : "";
  return (
    <Dialog
      title={choice ? t("codebookChoiceTitle", { file: choice.fileName }) : ""}
      open={choice !== null}
      onClose={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
          <button type="button" onClick={() => onChoose("add")}>
            {t("addAllAsNew")}
          </button>
          <button type="button" className="primary" onClick={() => onChoose("merge")}>
            {t("mergeByName")}
          </button>
        </>
      }
    >
      {choice && (
        <>
          <p>{t("codebookChoiceMatched", { matched: choice.matched, total })}</p>
          <ul>
            <li>{t("codebookChoiceMerge", { added: countNoun(choice.added, "code") })}</li>
            <li>{t("codebookChoiceAdd", { total })}</li>
          </ul>
        </>
      )}
    </Dialog>
  );
}
