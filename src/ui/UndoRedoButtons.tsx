// Undo and Redo buttons for the project's history of changes (coding, codebook, cases, text edits),
// titled with what they would undo or redo; Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z do the same.
import { redo, undo } from "../app/commandRunner";
import { useCodingUi } from "../state/codingStore";
import { stepText, t } from "../lang";

export function UndoRedoButtons({ projectId }: { projectId: string }) {
  const undoLabel = useCodingUi((s) => s.undoLabel);
  const redoLabel = useCodingUi((s) => s.redoLabel);
  return (
    <>
      <button type="button" onClick={() => void undo(projectId)} disabled={!undoLabel} title={undoLabel ? t("undoLabel", { label: stepText(undoLabel) }) : t("nothingToUndo")}>
        {t("undo")}
      </button>
      <button type="button" onClick={() => void redo(projectId)} disabled={!redoLabel} title={redoLabel ? t("redoLabel", { label: stepText(redoLabel) }) : t("nothingToRedo")}>
        {t("redo")}
      </button>
    </>
  );
}
