// Which projects of this browser are shared, and how (server, room, token): kept in the meta table,
// one entry per project, so that a shared project syncs again whenever it is opened.
import type { ShareSettings } from "../sync/shareLink";
import type { TelaahDatabase } from "./schema";

const key = (projectId: string) => `share:${projectId}`;

export async function readShare(db: TelaahDatabase, projectId: string): Promise<ShareSettings | null> {
  return ((await db.meta.get(key(projectId)))?.value as ShareSettings | undefined) ?? null;
}

export async function writeShare(db: TelaahDatabase, projectId: string, settings: ShareSettings): Promise<void> {
  await db.meta.put({ key: key(projectId), value: settings });
}

export async function forgetShare(db: TelaahDatabase, projectId: string): Promise<void> {
  await db.meta.delete(key(projectId));
}

/** The local project that takes part in a room, if any. */
export async function projectOfRoom(db: TelaahDatabase, server: string, room: string): Promise<string | null> {
  const entries = await db.meta.where("key").startsWith("share:").toArray();
  const found = entries.find((e) => {
    const s = e.value as ShareSettings;
    return s.room === room && s.server === server;
  });
  return found ? found.key.slice("share:".length) : null;
}
