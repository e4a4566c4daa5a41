// Shows how much the browser stores for Telaah and whether that storage is persistent; when it is
// not, what that means, with the way to keep the work safe: exporting the project file.
import { useEffect, useState } from "react";
import { readStorageStatus, type StorageStatus } from "../persistence/storage";
import { useWorkbench } from "../state/workbenchStore";
import { formatBytes, t } from "../lang";

/** Loaded when the button is used: exporting is not part of the first screen. */
const projectActions = () => import("../app/projectActions");

export function StorageBadge() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const importFinished = useWorkbench((s) => s.importJob?.finished);
  const projectId = useWorkbench((s) => s.projectId);
  useEffect(() => {
    let live = true;
    const refresh = () => void readStorageStatus().then((s) => live && setStatus(s));
    refresh();
    const timer = setInterval(refresh, 30_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [importFinished, projectId]);
  if (!status) return null;
  const used = status.usedBytes === null ? t("storageUnknown") : t("storageUsed", { used: formatBytes(status.usedBytes) });
  const persistence = status.persistent ? t("storagePersistent") : t("storageNotPersistent");
  return (
    <div className="storage-badge" role="group" aria-label={t("storage")}>
      <span className={`storage-dot ${status.persistent ? "ok" : "warn"}`} aria-hidden="true" />
      <span role="status">
        {used} · {persistence}
      </span>
      {status.persistent === false && (
        <details className="storage-risk">
          <summary>{t("storageRiskSummary")}</summary>
          <div className="storage-risk-body">
            <p>{t("storageRisk")}</p>
            {projectId && (
              <button type="button" className="primary" onClick={() => void projectActions().then((m) => m.exportProjectFile(projectId))}>
                {t("exportProject")}
              </button>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
