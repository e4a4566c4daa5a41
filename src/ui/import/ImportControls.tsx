// The header's import buttons: choose transcript files (several at once) or paste text.
// A file over 20 MB asks first.
import { useState } from "react";
import { ConfirmDialog, Dialog } from "../Dialog";
import { FilePicker } from "../FilePicker";
import { formatBytes, t } from "../../lang";

const ACCEPTED = ".txt,.text,.md,.markdown,.docx,.vtt,.srt,text/plain";

interface PendingConfirm {
  file: File;
  resolve(answer: boolean): void;
}

/** The import pipeline (readers, decoding, speaker detection) loads when first used, not with the page. */
const importPipeline = () => import("../../app/importTranscripts");

export function ImportControls({ projectId }: { projectId: string }) {
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);

  const confirmLarge = (file: File) => new Promise<boolean>((resolve) => setPending({ file, resolve }));
  const answer = (value: boolean) => {
    pending?.resolve(value);
    setPending(null);
  };

  return (
    <div className="import-controls">
      <FilePicker
        id="import-files"
        className="primary"
        label={t("importFiles")}
        title={t("importFilesHint")}
        accept={ACCEPTED}
        multiple
        onFiles={(files) => void importPipeline().then((m) => m.importTranscriptFiles(projectId, files, confirmLarge))}
      />
      <button type="button" onClick={() => setPasteOpen(true)}>
        {t("pasteText")}
      </button>
      <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} projectId={projectId} />
      <ConfirmDialog
        open={pending !== null}
        title={t("largeFileTitle")}
        body={pending ? t("largeFileBody", { file: pending.file.name, size: formatBytes(pending.file.size) }) : ""}
        confirmLabel={t("importAnyway")}
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      />
    </div>
  );
}

function PasteDialog({ open, onClose, projectId }: { open: boolean; onClose(): void; projectId: string }) {
  const [name, setName] = useState("");
  const [text, setText] = useState("");
  const submit = () => {
    void importPipeline().then((m) => m.importPastedText(projectId, name.trim() || t("pastedTranscript"), text));
    setName("");
    setText("");
    onClose();
  };
  return (
    <Dialog
      title={t("pasteTitle")}
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" form="paste-form" className="primary" disabled={!text.trim()}>
            {t("addDocument")}
          </button>
        </>
      }
    >
      <form
        id="paste-form"
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) submit();
        }}
      >
        <label>
          {t("documentName")}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("documentNameExample")} />
        </label>
        <label>
          {t("transcriptText")}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} />
        </label>
      </form>
    </Dialog>
  );
}
