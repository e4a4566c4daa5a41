// The backup reminder under the header: when the open project has work nobody has exported for a
// week (two days when the browser has not made its storage persistent, and then it says so), a
// polite banner offers to export the project file now, or to ask again tomorrow.
import { useEffect, useState } from "react";
import { backupReminderDue } from "../core/model/backupReminder";
import type { Project } from "../core/model/types";
import { formatDay, t } from "../lang";
import { readStorageStatus } from "../persistence/storage";

/** Loaded when a button is used: exporting is not part of the first screen. */
const projectActions = () => import("../app/projectActions");

/** How often an open workbench looks again whether the reminder is due. */
const RECHECK_MS = 10 * 60 * 1000;

export function BackupReminder({ project }: { project: Project }) {
  const [now, setNow] = useState(() => new Date());
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    const check = () => {
      setNow(new Date());
      void readStorageStatus().then((status) => live && setPersistent(status.persistent));
    };
    check();
    const timer = setInterval(check, RECHECK_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!project.unbackedSince || !backupReminderDue(project, now, persistent)) return null;
  return (
    <section className="backup-reminder" aria-label={t("backupReminderLabel")}>
      <p>
        <strong>{t("backupReminder", { name: project.name, date: formatDay(project.unbackedSince, now) })}</strong>{" "}
        <span className="muted">{t(persistent === false ? "backupReminderEvictableHint" : "backupReminderHint")}</span>
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void projectActions().then((m) => m.exportProjectFile(project.id))}>
          {t("exportProject")}
        </button>
        <button type="button" onClick={() => void projectActions().then((m) => m.snoozeBackupReminderOf(project.id))}>
          {t("notNow")}
        </button>
      </div>
    </section>
  );
}
