// Editing a transcript's text, apart from coding. On save every coding is found again; those
// that cannot be are listed as orphaned, never moved or dropped silently. In a shared project the
// team is told who edits the text while the edit is open, so that nobody else starts one.
import { useEffect, useState } from "react";
import { claimTextEdit } from "../../app/teamSession";
import { saveEditedText } from "../../app/documentActions";
import type { TextDocument } from "../../core/model/types";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import "../../lang/enViews";

export function TextEditMode({ projectId, document, onDone }: { projectId: string; document: TextDocument; onDone(): void }) {
  const [text, setText] = useState(document.text);
  const notify = useWorkbench((s) => s.notify);
  useEffect(() => {
    claimTextEdit(document.id);
    return () => claimTextEdit(null);
  }, [document.id]);
  const save = async () => {
    const outcome = await saveEditedText(projectId, document.id, text);
    if (!outcome) return; // not saved: the reason is shown, and the edit stays open
    notify("info", t("textSaved", { moved: outcome.placed, orphaned: outcome.orphaned }));
    onDone();
  };
  return (
    <div className="text-edit">
      <div className="coding-toolbar" role="toolbar" aria-label={t("editText")}>
        <button type="button" className="primary" onClick={() => void save()}>
          {t("saveText")}
        </button>
        <button type="button" onClick={onDone}>
          {t("cancelEdit")}
        </button>
      </div>
      <textarea className="text-edit-area" aria-label={t("transcriptText")} value={text} onChange={(e) => setText(e.target.value)} rows={24} />
    </div>
  );
}
