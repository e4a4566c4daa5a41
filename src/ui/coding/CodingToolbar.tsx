// The bar above the transcript: apply a code (opens the palette), in vivo, remove a code from
// the passage (asking which when several are there), undo and redo, edit the text (not while a
// colleague of the team edits it: a text has one editor at a time), and the notice that the
// transcript shows only some codes.
import { useState } from "react";
import { applyInVivoCode, removeCodeFromSelection, removeCodingById } from "../../app/codingActions";
import { textEditorOf } from "../../app/teamSession";
import { useSyncStore } from "../../state/syncStore";
import { UndoRedoButtons } from "../UndoRedoButtons";
import type { Code, Coding } from "../../core/model/types";
import { useCodingUi } from "../../state/codingStore";
import { Dialog } from "../Dialog";
import { t } from "../../lang";

interface Props {
  projectId: string;
  documentId: string;
  codings: Coding[];
  codes: Code[];
  onEditText(): void;
}

export function CodingToolbar({ projectId, documentId, codings, codes, onEditText }: Props) {
  const selection = useCodingUi((s) => s.selection);
  const selectedCodingId = useCodingUi((s) => s.selectedCodingId);
  const openPalette = useCodingUi((s) => s.openPalette);
  const visible = useCodingUi((s) => s.visibleCodeIds);
  const setVisibleCodes = useCodingUi((s) => s.setVisibleCodes);
  const [choices, setChoices] = useState<Code[] | null>(null);
  // Who edits this text elsewhere is told through the colleagues' presence: redrawn when it changes.
  useSyncStore((s) => s.peers);
  const editor = textEditorOf(documentId);

  const codesInSelection = () => {
    if (!selection) return [];
    const ids = new Set(codings.filter((c) => !c.orphaned && c.start < selection.end && selection.start < c.end).map((c) => c.codeId));
    return codes.filter((c) => ids.has(c.id));
  };
  const remove = () => {
    if (selectedCodingId) return void removeCodingById(projectId, selectedCodingId, documentId);
    const present = codesInSelection();
    if (present.length === 1) void removeCodeFromSelection(projectId, present[0]!.id);
    else if (present.length > 1) setChoices(present);
  };
  const canRemove = selectedCodingId !== null || codesInSelection().length > 0;

  return (
    <div className="coding-toolbar" role="toolbar" aria-label={t("codingTools")}>
      <button type="button" className="primary" onClick={openPalette} disabled={!selection} title={t("applyCodeShortcut")}>
        {t("applyCode")}
      </button>
      <button type="button" onClick={() => void applyInVivoCode(projectId)} disabled={!selection}>
        {t("inVivo")}
      </button>
      <button type="button" onClick={remove} disabled={!canRemove}>
        {t("removeCode")}
      </button>
      <span className="toolbar-gap" />
      <UndoRedoButtons projectId={projectId} />
      <button type="button" onClick={onEditText} disabled={editor !== undefined} aria-describedby={editor ? "text-edit-lock" : undefined}>
        {t("editText")}
      </button>
      {editor && (
        <p id="text-edit-lock" className="filter-note" role="status">
          <span aria-hidden="true">✎ </span>
          {t("textEditedBy", { name: editor })}
        </p>
      )}
      {visible && (
        <p className="filter-note" role="status">
          {t("filteredCodes", { count: visible.size, total: codes.length })}{" "}
          <button type="button" className="link-button" onClick={() => setVisibleCodes(null)}>
            {t("showAllCodes")}
          </button>
        </p>
      )}
      <Dialog title={t("removeWhichCode")} open={choices !== null} onClose={() => setChoices(null)}>
        <ul className="plain-list choice-list">
          {choices?.map((code) => (
            <li key={code.id}>
              <button
                type="button"
                onClick={() => {
                  setChoices(null);
                  void removeCodeFromSelection(projectId, code.id);
                }}
              >
                {code.name}
              </button>
            </li>
          ))}
        </ul>
      </Dialog>
    </div>
  );
}
