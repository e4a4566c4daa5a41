// Project-level actions behind the projects dialog and the backup reminder: create, rename,
// describe, delete, load the demo, export (which counts as a backup) or import the project file,
// and put the reminder off. Each reports to the user through the store.
import { backupReminderSnoozeEnd } from "../core/model/backupReminder";
import { FileProblem } from "../formats/importTypes";
import { recordBackup, snoozeBackupReminder } from "../persistence/backups";
import { appDatabase } from "../persistence/database";
import { createProject, deleteProject, describeProject, readProjectContent, renameProject, writeProjectContent } from "../persistence/projects";
import { useWorkbench } from "../state/workbenchStore";
import { t } from "../lang";
import { loadDemoProject } from "./demoProject";
import type { ExportTarget } from "../formats/refiQda/producers";
import { importRefiProject, isRefiProjectFile, qdpxOf } from "./refiExchange";
import { downloadText, safeFileName } from "./download";
import { isStorageError, storageErrorMessage } from "./storageErrors";
import { IMPORT_LOCK, withTabLock } from "./tabLocks";
import { errorText } from "./errorText";
import "../lang/enViews";

function report(error: unknown): void {
  if (isStorageError(error)) void storageErrorMessage().then((message) => useWorkbench.getState().notify("error", message));
  else useWorkbench.getState().notify("error", errorText(error));
}

export async function createAndOpenProject(name: string): Promise<void> {
  try {
    const project = await createProject(appDatabase(), name, t("firstCoderName"));
    useWorkbench.getState().openProject(project.id);
  } catch (error) {
    report(error);
  }
}

export async function renameProjectNamed(projectId: string, name: string): Promise<void> {
  await renameProject(appDatabase(), projectId, name).catch(report);
}

export async function describeProjectAs(projectId: string, description: string): Promise<void> {
  await describeProject(appDatabase(), projectId, description).catch(report);
}

export async function deleteProjectAndClose(projectId: string): Promise<void> {
  try {
    await deleteProject(appDatabase(), projectId);
    const store = useWorkbench.getState();
    if (store.projectId === projectId) store.openProject(null);
  } catch (error) {
    report(error);
  }
}

export async function loadDemoAsNewProject(): Promise<void> {
  try {
    const project = await loadDemoProject(appDatabase());
    const store = useWorkbench.getState();
    store.openProject(project.id);
    store.notify("info", t("demoLoaded", { name: project.name }));
  } catch (error) {
    report(error);
  }
}

/** The project-file format (with zod) loads when a file is written or read, not with the page. */
const projectFileFormat = () => import("../formats/projectFile");

export async function exportProjectFile(projectId: string): Promise<void> {
  try {
    const content = await readProjectContent(appDatabase(), projectId);
    const { PROJECT_FILE_EXTENSION, serializeProjectFile } = await projectFileFormat();
    const text = await serializeProjectFile(content);
    downloadText(`${safeFileName(content.project.name)}${PROJECT_FILE_EXTENSION}`, [text], "application/json");
    await recordBackup(appDatabase(), projectId, new Date().toISOString(), content.project.unbackedSince);
  } catch (error) {
    report(error);
  }
}

/** The project as a REFI-QDA project (.qdpx), its positions counted for the tool that will read it. */
export async function exportRefiQda(projectId: string, target: ExportTarget = "standard"): Promise<void> {
  try {
    const content = await readProjectContent(appDatabase(), projectId);
    const now = new Date().toISOString();
    const bytes = await qdpxOf(content, { target });
    downloadText(`${safeFileName(content.project.name)}.qdpx`, [bytes as Uint8Array<ArrayBuffer>], "application/zip");
    await recordBackup(appDatabase(), projectId, now, content.project.unbackedSince);
  } catch (error) {
    report(error);
  }
}

/** "Not now" on the backup reminder: quiet for a day. */
export async function snoozeBackupReminderOf(projectId: string): Promise<void> {
  await snoozeBackupReminder(appDatabase(), projectId, backupReminderSnoozeEnd(new Date())).catch(report);
}

/** Imports a project file or a REFI-QDA project as a new project; one tab imports at a time. */
export async function importProjectFile(file: File): Promise<void> {
  const store = useWorkbench.getState();
  try {
    await withTabLock(IMPORT_LOCK, async () => {
      if (isRefiProjectFile(file.name)) return await importRefiProject(file);
      const { parseProjectFile } = await projectFileFormat();
      const content = await parseProjectFile(file.name, await file.text());
      const project = await writeProjectContent(appDatabase(), content);
      store.openProject(project.id);
      store.notify("info", t("projectImported", { name: project.name }));
    });
  } catch (error) {
    if (isStorageError(error) || error instanceof FileProblem) report(error);
    else report(new Error(`${file.name}: ${error instanceof Error ? error.message : String(error)}`));
  }
}
