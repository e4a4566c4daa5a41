// Who is coding: the project's coder, renamable (a new project codes as "me").
import { useState } from "react";
import { useLiveQuery } from "dexie-react-hooks";
import { appDatabase } from "../persistence/database";
import { listCoders, renameCoder } from "../persistence/coders";
import { useWorkbench } from "../state/workbenchStore";
import { Dialog } from "./Dialog";
import { t } from "../lang";

export function CoderBadge({ projectId }: { projectId: string }) {
  const coder = useLiveQuery(async () => (await listCoders(appDatabase(), projectId))[0] ?? null, [projectId]);
  const notify = useWorkbench((s) => s.notify);
  const [draft, setDraft] = useState<string | null>(null);
  if (!coder) return null;
  const save = () => {
    if (draft?.trim()) {
      renameCoder(appDatabase(), projectId, coder.id, draft).catch((error: unknown) => notify("error", error instanceof Error ? error.message : String(error)));
    }
    setDraft(null);
  };
  return (
    <>
      <button type="button" className="coder-button" aria-label={t("renameCoder", { name: coder.name })} onClick={() => setDraft(coder.name)}>
        {t("coder")}: <strong>{coder.name}</strong>
      </button>
      <Dialog
        title={t("coderName")}
        open={draft !== null}
        onClose={() => setDraft(null)}
        actions={
          <>
            <button type="button" onClick={() => setDraft(null)}>
              {t("cancel")}
            </button>
            <button type="submit" form="coder-form" className="primary" disabled={!draft?.trim()}>
              {t("save")}
            </button>
          </>
        }
      >
        <form
          id="coder-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <input aria-label={t("coderName")} value={draft ?? ""} autoFocus onChange={(e) => setDraft(e.target.value)} />
        </form>
      </Dialog>
    </>
  );
}
