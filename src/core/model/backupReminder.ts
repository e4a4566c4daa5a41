// When to remind the user that a project's work has not been backed up: once the first change
// nobody has exported yet is a week old (two days when the browser has not granted persistent
// storage, which it may clear: Safari after a week without a visit), unless the reminder was put
// off ("Not now") until later.
import type { Project } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How old unbacked work must be before the reminder shows. */
export const BACKUP_REMINDER_AFTER_MS = 7 * DAY_MS;
/** The same when storage is not persistent (best-effort storage can be evicted). */
export const BACKUP_REMINDER_EVICTABLE_AFTER_MS = 2 * DAY_MS;
/** How long "Not now" keeps the reminder quiet. */
export const BACKUP_REMINDER_SNOOZE_MS = DAY_MS;

export type BackupState = Pick<Project, "lastBackup" | "unbackedSince" | "backupReminderSnoozedUntil">;

/** Whether the reminder is due; `persistent` false (not granted) shortens the wait to two days. */
export function backupReminderDue(project: BackupState, now: Date, persistent: boolean | null = true): boolean {
  if (!project.unbackedSince) return false;
  const since = Date.parse(project.unbackedSince);
  if (Number.isNaN(since)) return false;
  if (project.lastBackup && Date.parse(project.lastBackup) >= since) return false;
  if (project.backupReminderSnoozedUntil && now.getTime() < Date.parse(project.backupReminderSnoozedUntil)) return false;
  return now.getTime() - since >= (persistent === false ? BACKUP_REMINDER_EVICTABLE_AFTER_MS : BACKUP_REMINDER_AFTER_MS);
}

/** The end of a snooze that starts now, as stored on the project. */
export function backupReminderSnoozeEnd(now: Date): string {
  return new Date(now.getTime() + BACKUP_REMINDER_SNOOZE_MS).toISOString();
}
