// The Banten study as the built-in demo: loaded on the first visit, and again on request as a
// new project. The study ships as a project file, checked like any other on the way in; its coder
// is named as a new project's first coder is.
import type { Project, ProjectContent } from "../core/model/types";
import { listProjects, writeProjectContent } from "../persistence/projects";
import type { TelaahDatabase } from "../persistence/schema";
import { t } from "../lang";

const FIRST_VISIT_DONE = "firstVisitDone";
const LAST_PROJECT = "lastProjectId";

async function readDemoContent(): Promise<ProjectContent> {
  // Loaded when needed, like the project-file reader (zod), to keep the first load small.
  const [{ default: text }, { parseProjectFile }] = await Promise.all([import("../../fixtures/banten-study.json?raw"), import("../formats/projectFile")]);
  const content = await parseProjectFile("banten-study.json", text);
  // The study's one coder is whoever opens the demo: named as a new project's first coder, in the UI's language.
  return { ...content, coders: content.coders.map((coder) => ({ ...coder, name: t("firstCoderName") })) };
}

export async function loadDemoProject(db: TelaahDatabase): Promise<Project> {
  return writeProjectContent(db, await readDemoContent());
}

/**
 * On the very first visit of this browser, loads the demo (once, even with two tabs opening at
 * the same moment); returns the project to open, if any.
 */
export async function startWorkbench(db: TelaahDatabase): Promise<Project | null> {
  if (!(await db.meta.get(FIRST_VISIT_DONE))) {
    const demo = await readDemoContent();
    await db.transaction("rw", [db.meta, db.projects, ...db.projectTables], async () => {
      if (await db.meta.get(FIRST_VISIT_DONE)) return;
      await db.meta.put({ key: FIRST_VISIT_DONE, value: true });
      if ((await db.projects.count()) === 0) await writeProjectContent(db, demo);
    });
  }
  const projects = await listProjects(db);
  const last = await db.meta.get(LAST_PROJECT);
  return projects.find((p) => p.id === last?.value) ?? projects[0] ?? null;
}

export async function rememberOpenProject(db: TelaahDatabase, projectId: string | null): Promise<void> {
  await db.meta.put({ key: LAST_PROJECT, value: projectId });
}
