// Backups of a project, as the project record keeps them: when unbacked work began (noted inside
// every write transaction that changes the project's data), when the last export was made, and
// until when the backup reminder was put off.
import type { TelaahDatabase } from "./schema";

/**
 * Notes that the project changed at `now` (its modification time, which a REFI-QDA export gives)
 * and has work nobody has exported, if it had none: call it inside the write transaction of the
 * change (which must include db.projects), so both are saved or neither.
 */
export async function noteUnbackedWork(db: TelaahDatabase, projectId: string, now: string): Promise<void> {
  const project = await db.projects.get(projectId);
  if (project) await db.projects.update(projectId, project.unbackedSince ? { modified: now } : { modified: now, unbackedSince: now });
}

/**
 * Records an export made at `at` of the project as read when its unbacked work began at
 * `unbackedAtRead`. Unbacked work noted since that read is kept: it is not in the export.
 */
export async function recordBackup(db: TelaahDatabase, projectId: string, at: string, unbackedAtRead: string | undefined): Promise<void> {
  await db.transaction("rw", db.projects, async () => {
    const project = await db.projects.get(projectId);
    if (!project) return;
    const { unbackedSince, ...rest } = project;
    const stillUnbacked = unbackedSince && unbackedSince !== unbackedAtRead ? { unbackedSince } : {};
    await db.projects.put({ ...rest, ...stillUnbacked, lastBackup: at });
  });
}

/** Keeps the backup reminder of a project quiet until the given time. */
export async function snoozeBackupReminder(db: TelaahDatabase, projectId: string, until: string): Promise<void> {
  await db.projects.update(projectId, { backupReminderSnoozedUntil: until });
}
