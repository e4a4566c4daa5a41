// When to remind the user that a project's work has not been backed up: once the first change
// nobody has exported yet is a week old, unless the reminder was put off ("Not now") until later.
import type { Project } from "./types";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How old unbacked work must be before the reminder shows. */
export const BACKUP_REMINDER_AFTER_MS = 7 * DAY_MS;
/** How long "Not now" keeps the reminder quiet. */
export const BACKUP_REMINDER_SNOOZE_MS = DAY_MS;

export type BackupState = Pick<Project, "lastBackup" | "unbackedSince" | "backupReminderSnoozedUntil">;

export function backupReminderDue(project: BackupState, now: Date): boolean {
  if (!project.unbackedSince) return false;
  const since = Date.parse(project.unbackedSince);
  if (Number.isNaN(since)) return false;
  if (project.lastBackup && Date.parse(project.lastBackup) >= since) return false;
  if (project.backupReminderSnoozedUntil && now.getTime() < Date.parse(project.backupReminderSnoozedUntil)) return false;
  return now.getTime() - since >= BACKUP_REMINDER_AFTER_MS;
}

/** The end of a snooze that starts now, as stored on the project. */
export function backupReminderSnoozeEnd(now: Date): string {
  return new Date(now.getTime() + BACKUP_REMINDER_SNOOZE_MS).toISOString();
}
