// Projects: list, create, rename, describe, delete, and whole-project reads and writes. Every write is
// one transaction: a project is written entirely or not at all.
import { newId } from "../core/model/ids";
import type { Project, ProjectContent } from "../core/model/types";
import { noteUnbackedWork } from "./backups";
import { readDocuments, toDocumentRecord } from "./documents";
import type { TelaahDatabase } from "./schema";

export interface ProjectSummary {
  documents: number;
  codes: number;
  codings: number;
  cases: number;
}

export function listProjects(db: TelaahDatabase): Promise<Project[]> {
  return db.projects.orderBy("name").toArray();
}

/** The first coder of a new project when none is named: the app passes it in the UI's language. */
export const FIRST_CODER_NAME = "Coder 1";

/** A new, empty project with one coder, `coderName`, that its user renames to theirs. */
export async function createProject(db: TelaahDatabase, name: string, coderName = FIRST_CODER_NAME): Promise<Project> {
  const now = new Date().toISOString();
  const project: Project = { id: newId(), name: name.trim(), created: now, modified: now };
  await db.transaction("rw", db.projects, db.coders, async () => {
    await db.projects.add(project);
    await db.coders.add({ id: newId(), projectId: project.id, name: coderName });
  });
  return project;
}

export async function renameProject(db: TelaahDatabase, projectId: string, name: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction("rw", db.projects, async () => {
    const updated = await db.projects.update(projectId, { name: name.trim(), modified: now });
    if (updated === 0) throw new Error("That project no longer exists.");
    await noteUnbackedWork(db, projectId, now);
  });
}

/** Sets the project's description (written the way a rename is); an empty one removes it. */
export async function describeProject(db: TelaahDatabase, projectId: string, description: string): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction("rw", db.projects, async () => {
    const updated = await db.projects.update(projectId, { description: description.trim() || undefined, modified: now });
    if (updated === 0) throw new Error("That project no longer exists.");
    await noteUnbackedWork(db, projectId, now);
  });
}

export async function summarizeProject(db: TelaahDatabase, projectId: string): Promise<ProjectSummary> {
  const [documents, codes, codings, cases] = await Promise.all([
    db.documents.where("projectId").equals(projectId).count(),
    db.codes.where("projectId").equals(projectId).count(),
    db.codings.where("projectId").equals(projectId).count(),
    db.cases.where("projectId").equals(projectId).count(),
  ]);
  return { documents, codes, codings, cases };
}

export async function deleteProject(db: TelaahDatabase, projectId: string): Promise<void> {
  await db.transaction("rw", [db.projects, ...db.projectTables], async () => {
    for (const table of db.projectTables) await table.where("projectId").equals(projectId).delete();
    await db.projects.delete(projectId);
  });
}

/**
 * Writes a whole project (from a project file, a .qdpx or the demo) as a new project. When its id is
 * already taken in this browser, the project gets a fresh id; record ids stay as they were. When its
 * name is taken, it is named "… (2)", "… (3)" and so on. The new project has no unbacked work: what
 * it holds is in the file it came from.
 */
export async function writeProjectContent(db: TelaahDatabase, content: ProjectContent): Promise<Project> {
  return db.transaction("rw", [db.projects, ...db.projectTables], async () => {
    const taken = (await db.projects.get(content.project.id)) !== undefined;
    const projectId = taken ? newId() : content.project.id;
    const name = freeName(content.project.name, new Set((await db.projects.toArray()).map((p) => p.name)));
    const { lastBackup: _lastBackup, unbackedSince: _unbacked, backupReminderSnoozedUntil: _snoozed, ...kept } = content.project;
    const project: Project = { ...kept, id: projectId, name };
    const own = <T extends { projectId: string }>(records: T[]) => records.map((r) => ({ ...r, projectId }));
    await db.projects.add(project);
    await db.coders.bulkAdd(own(content.coders));
    await db.documents.bulkAdd(own(content.documents).map(toDocumentRecord));
    await db.documentTexts.bulkAdd(content.documents.map((d) => ({ projectId, id: d.id, text: d.text })));
    await db.codes.bulkAdd(own(content.codes));
    await db.codings.bulkAdd(own(content.codings));
    await db.attributes.bulkAdd(own(content.attributes));
    await db.cases.bulkAdd(own(content.cases));
    await db.caseDocuments.bulkAdd(own(content.caseDocuments));
    await db.mapViews.bulkAdd(own(content.mapViews ?? []));
    // A memo on the project points at it under the id it has here.
    await db.memos.bulkAdd(own(content.memos ?? []).map((m) => ({ ...m, links: m.links.map((l) => (l.kind === "project" ? { ...l, id: projectId } : l)) })));
    await db.savedQueries.bulkAdd(own(content.savedQueries ?? []));
    return project;
  });
}

/** The name itself when no project has it, else with the first free " (n)" from 2. */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

export async function readProjectContent(db: TelaahDatabase, projectId: string): Promise<ProjectContent> {
  return db.transaction("r", [db.projects, ...db.projectTables], async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new Error("That project no longer exists.");
    const all = <T>(table: { where(index: string): { equals(v: string): { toArray(): Promise<T[]> } } }) =>
      table.where("projectId").equals(projectId).toArray();
    return {
      project,
      coders: await all(db.coders),
      documents: await readDocuments(db, projectId),
      codes: await all(db.codes),
      codings: await all(db.codings),
      attributes: await all(db.attributes),
      cases: await all(db.cases),
      caseDocuments: await all(db.caseDocuments),
      mapViews: await all(db.mapViews),
      memos: await all(db.memos),
      savedQueries: await all(db.savedQueries),
    };
  });
}
