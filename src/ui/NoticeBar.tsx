// The one message line under the header: errors are announced assertively, the rest politely.
import { useWorkbench } from "../state/workbenchStore";
import { t } from "../lang";

export function NoticeBar() {
  const notice = useWorkbench((s) => s.notice);
  const dismiss = useWorkbench((s) => s.dismissNotice);
  return (
    <div role={notice?.kind === "error" ? "alert" : "status"} className={`notice ${notice ? `notice-${notice.kind}` : "notice-empty"}`}>
      {notice && (
        <>
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={dismiss}>
            {t("dismiss")}
          </button>
        </>
      )}
    </div>
  );
}
