// Coders: the people who code a project. A new project has one, "Coder 1" ("Pengode 1" in Indonesian), which its user renames
// (renaming and adding coders are commands: src/core/commands/coderCommands.ts).
import type { Coder } from "../core/model/types";
import type { TelaahDatabase } from "./schema";

export function listCoders(db: TelaahDatabase, projectId: string): Promise<Coder[]> {
  return db.coders.where("projectId").equals(projectId).toArray();
}
