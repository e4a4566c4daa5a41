// "A new version is ready": shown when the service worker has a new version waiting. Reloading is
// the user's choice (their work is saved already); "Later" keeps the version running now.
import { useAppUpdate } from "../state/appUpdateStore";
import { t } from "../lang";

export function UpdateNotice() {
  const reload = useAppUpdate((s) => s.reload);
  const dismissed = useAppUpdate((s) => s.dismissed);
  const dismiss = useAppUpdate((s) => s.dismiss);
  return (
    <div role="status" aria-live="polite">
      {reload && !dismissed && (
        <div className="update-notice">
          <span>{t("updateReady")}</span>
          <button type="button" className="primary" onClick={reload}>
            {t("updateReload")}
          </button>
          <button type="button" onClick={dismiss}>
            {t("notNow")}
          </button>
        </div>
      )}
    </div>
  );
}
