// Coders: the people who code a project. A new project has one, "me", which its user renames.
import type { Coder } from "../core/model/types";
import { noteUnbackedWork } from "./backups";
import type { TelaahDatabase } from "./schema";

export function listCoders(db: TelaahDatabase, projectId: string): Promise<Coder[]> {
  return db.coders.where("projectId").equals(projectId).toArray();
}

export async function renameCoder(db: TelaahDatabase, projectId: string, coderId: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A coder needs a name.");
  await db.transaction("rw", db.projects, db.coders, async () => {
    const others = await listCoders(db, projectId);
    if (others.some((c) => c.id !== coderId && c.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) {
      throw new Error(`A coder named "${trimmed}" already exists.`);
    }
    const updated = await db.coders.update([projectId, coderId], { name: trimmed });
    if (updated === 0) throw new Error("That coder no longer exists.");
    await noteUnbackedWork(db, projectId, new Date().toISOString());
  });
}
