// Opening a join link: the project and its server are named, and the coder name to code under is
// asked for; "Join" adds the project to this browser (or opens the copy already here) and syncs it.
import { useId, useState } from "react";
import { joinSharedProject } from "../../app/teamSync";
import type { ShareSettings } from "../../sync/shareLink";
import { useWorkbench } from "../../state/workbenchStore";
import { Dialog } from "../Dialog";
import { t } from "../../lang";
import "../../lang/enViews";

export function JoinDialog({ share, ready, onClose }: { share: ShareSettings; ready: boolean; onClose(): void }) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const notify = useWorkbench((s) => s.notify);
  const hintId = useId();
  const join = async () => {
    setBusy(true);
    try {
      await joinSharedProject(share, name);
      onClose();
    } catch (error) {
      notify("error", error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t("joinTitle")}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" form="join-form" className="primary" disabled={!ready || busy || !name.trim()}>
            {busy ? t("joining") : t("join")}
          </button>
        </>
      }
    >
      <p>{t("joinExplain", { name: share.name, server: share.server })}</p>
      <form
        id="join-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !busy && name.trim()) void join();
        }}
      >
        <label className="field">
          <span>{t("joinCoderName")}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-describedby={hintId} autoFocus />
        </label>
        <p id={hintId} className="muted">
          {t("joinCoderHint")}
        </p>
      </form>
    </Dialog>
  );
}
