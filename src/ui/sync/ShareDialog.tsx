// "Share project": the sync server's address (remembered in this browser), then the join link to
// copy, and for a shared project what can be done with the share: a new token (old links stop
// working), stop sharing (the server forgets the room) or leave (this browser's copy stays).
import { useId, useState } from "react";
import { changeToken, leaveSharedProject, shareProject, stopSharing } from "../../app/teamSync";
import { useSyncStore } from "../../state/syncStore";
import { useWorkbench } from "../../state/workbenchStore";
import { joinLink } from "../../sync/shareLink";
import { Dialog } from "../Dialog";
import { t } from "../../lang";
import "../../lang/enViews";

const SERVER_KEY = "telaah-sync-server";

function rememberedServer(): string {
  try {
    return localStorage.getItem(SERVER_KEY) ?? "";
  } catch {
    return "";
  }
}

function rememberServer(server: string): void {
  try {
    localStorage.setItem(SERVER_KEY, server);
  } catch {
    // Storage refused (a private window): the address is asked again next time.
  }
}

const validServer = (server: string) => /^wss?:\/\/[^\s/]+/.test(server.trim());

export function ShareDialog({ projectId, projectName, open, onClose }: { projectId: string; projectName: string; open: boolean; onClose(): void }) {
  const share = useSyncStore((s) => (s.projectId === projectId ? s.share : null));
  return (
    <Dialog title={t("shareTitle", { name: projectName })} open={open} onClose={onClose} actions={<button type="button" onClick={onClose}>{t("close")}</button>}>
      <p>{t("shareExplain")}</p>
      {share ? <SharedProject projectId={projectId} projectName={projectName} link={joinLink(window.location.href, share)} onDone={onClose} /> : <ServerForm projectId={projectId} />}
    </Dialog>
  );
}

function ServerForm({ projectId }: { projectId: string }) {
  const [server, setServer] = useState(rememberedServer);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const invalid = server.trim() !== "" && !validServer(server);
  return (
    <form
      className="share-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!validServer(server)) return;
        setBusy(true);
        rememberServer(server.trim());
        void shareProject(projectId, server).finally(() => setBusy(false));
      }}
    >
      <label className="field">
        <span>{t("syncServerAddress")}</span>
        <input value={server} onChange={(e) => setServer(e.target.value)} placeholder="wss://" aria-describedby={hintId} aria-invalid={invalid} autoFocus spellCheck={false} />
      </label>
      <p id={hintId} className={invalid ? "field-error" : "muted"}>
        {invalid ? t("syncServerInvalid") : t("syncServerHint")}
      </p>
      <button type="submit" className="primary" disabled={busy || !validServer(server)}>
        {t("startSharing")}
      </button>
    </form>
  );
}

function SharedProject({ projectId, projectName, link, onDone }: { projectId: string; projectName: string; link: string; onDone(): void }) {
  const notify = useWorkbench((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      notify("info", t("linkCopied"));
    } catch {
      notify("error", t("copyFailed"));
    }
  };
  return (
    <div className="share-settings">
      <label className="field">
        <span>{t("joinLink")}</span>
        <span className="share-link-row">
          <input readOnly value={link} onFocus={(e) => e.target.select()} spellCheck={false} />
          <button type="button" className="primary" onClick={() => void copy()}>
            {t("copyLink")}
          </button>
        </span>
      </label>
      <p className="muted">{t("joinLinkHint")}</p>
      <dl className="share-actions">
        <dt>
          <button type="button" disabled={busy} onClick={() => run(async () => (await changeToken(projectId)) && notify("info", t("tokenChanged")))}>
            {t("changeToken")}
          </button>
        </dt>
        <dd>{t("changeTokenHelp")}</dd>
        <dt>
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() =>
              run(async () => {
                if (await stopSharing(projectId)) {
                  notify("info", t("sharingStopped", { name: projectName }));
                  onDone();
                }
              })
            }
          >
            {t("stopSharing")}
          </button>
        </dt>
        <dd>{t("stopSharingHelp")}</dd>
        <dt>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await leaveSharedProject(projectId);
                notify("info", t("leftProject", { name: projectName }));
                onDone();
              })
            }
          >
            {t("leaveProject")}
          </button>
        </dt>
        <dd>{t("leaveHelp")}</dd>
      </dl>
    </div>
  );
}
