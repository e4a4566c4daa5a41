// The header's team sync: "Share project" for a project of this browser alone; for a shared one the
// connection state, always in view (an icon and a word, not colour alone), which opens the sharing
// settings, and who else is online with the document each has open.
import { lazy, Suspense, useState } from "react";
import type { Project } from "../../core/model/types";
import { useDocumentList } from "../../state/liveQueries";
import { useSyncStore } from "../../state/syncStore";
import type { SyncStatus } from "../../sync/projectSync";
import { t } from "../../lang";

// The sharing settings load when first opened, with the rest of team sync.
const ShareDialog = lazy(() => import("./ShareDialog").then((m) => ({ default: m.ShareDialog })));

const ICONS: Record<SyncStatus, string> = { offline: "⊘", syncing: "↻", synced: "✓", refused: "⚠" };

export function TeamSyncControls({ project }: { project: Project }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const show = () => (setLoaded(true), setOpen(true));
  const shared = useSyncStore((s) => s.projectId === project.id);
  const status = useSyncStore((s) => s.status);
  return (
    <div className="team-sync" role="group" aria-label={t("teamSync")}>
      {shared ? (
        <>
          <button
            type="button"
            className="sync-status"
            data-status={status}
            aria-haspopup="dialog"
            aria-label={t("syncStatusLabel", { status: t(`syncStatus_${status}`) })}
            title={t(`syncStatusHelp_${status}`)}
            onClick={show}
          >
            <span aria-hidden="true" className="sync-status-icon">
              {ICONS[status]}
            </span>
            {t(`syncStatus_${status}`)}
          </button>
          <PresenceList projectId={project.id} />
        </>
      ) : (
        <button type="button" className="share-button" aria-haspopup="dialog" onClick={show}>
          {t("shareProject")}
        </button>
      )}
      {loaded && (
        <Suspense fallback={null}>
          <ShareDialog projectId={project.id} projectName={project.name} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}

function PresenceList({ projectId }: { projectId: string }) {
  const peers = useSyncStore((s) => s.peers);
  const documents = useDocumentList(projectId);
  const nameOf = (id: string | null) => (id ? documents?.find((d) => d.id === id)?.name : undefined);
  if (peers.length === 0) return <span className="presence-none">{t("nobodyOnline")}</span>;
  return (
    <ul className="presence" aria-label={t("onlineNow")}>
      {peers.map((peer) => {
        const editing = nameOf(peer.editing);
        const reading = nameOf(peer.documentId);
        const where = editing
          ? t("peerEditing", { name: peer.name, document: editing })
          : reading
            ? t("peerOpen", { name: peer.name, document: reading })
            : t("peerNoDocument", { name: peer.name });
        return (
          <li key={peer.clientId} className="presence-peer" title={where} tabIndex={0} aria-label={where}>
            <span className="presence-dot" style={{ background: peer.color }} aria-hidden="true" />
            {peer.name}
            {editing && (
              <span className="presence-editing" aria-hidden="true">
                {" "}
                ✎
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
