// Runs commands: writes a command's diff to the database in one transaction, records it for undo
// and redo (one history per project, kept in the tab's session storage so that it survives panel
// switches and reloads of the tab), and reports failures. A change the browser had no room to save
// is kept as the next step to redo, so that Redo tries it again once there is space. In a shared
// project every saved diff also goes to the team, and an undo a colleague's change stands in the
// way of names that colleague.
import type { CommandResult, ProjectDiff } from "../core/commands/diff";
import type { CodingModel } from "../core/commands/model";
import { UndoStack, type UndoSnapshot } from "../core/commands/undoStack";
import { carryMemoLinks } from "../core/commands/memoLinks";
import { conflictMessage } from "./conflictMessage";
import { applyProjectDiff, ConflictError, loadCodingModel, type ModelScope } from "../persistence/applyDiff";
import { appDatabase } from "../persistence/database";
import { useCodingUi } from "../state/codingStore";
import { useWorkbench } from "../state/workbenchStore";
import { isStorageError, storageErrorMessage } from "./storageErrors";
import { announceChange } from "./tabChanges";
import { colleagueWhoChanged, mirrorToTeam } from "./teamSession";
import { announce } from "../state/announcer";
import { stepText, t } from "../lang";
import { errorText } from "./errorText";

let history = { projectId: "", stack: new UndoStack() };
// Version 2: a step's label is a language-neutral StepLabel (version 1 kept English text).
const storageKey = (projectId: string) => `telaah-undo-2:${projectId}`;
/** The tab's session storage; absent outside a browser (the history then lasts as long as the page). */
const session = (): Storage | null => (typeof sessionStorage === "undefined" ? null : sessionStorage);

function stackFor(projectId: string): UndoStack {
  if (history.projectId !== projectId) {
    const saved = session()?.getItem(storageKey(projectId));
    history = { projectId, stack: saved ? UndoStack.restore(JSON.parse(saved) as UndoSnapshot) : new UndoStack() };
  }
  return history.stack;
}

/** Keeps the history for the tab; when session storage is full, the oldest steps are let go. */
function saveHistory(projectId: string, stack: UndoStack): void {
  const storage = session();
  if (!storage) return;
  for (let attempt = 0; attempt < 12; attempt++) {
    try {
      storage.setItem(storageKey(projectId), JSON.stringify(stack.snapshot()));
      return;
    } catch {
      stack.dropOldestHalf();
    }
  }
}

function showLabels(projectId: string, stack: UndoStack): void {
  // Kept after the change has been drawn: writing the history is not in the way of the screen.
  setTimeout(() => saveHistory(projectId, stack), 0);
  useCodingUi.getState().setUndoLabels(stack.undoLabel, stack.redoLabel);
}

/** Shows the undo and redo labels of a project's history (on opening it). */
export function showHistoryOf(projectId: string): void {
  const stack = stackFor(projectId);
  useCodingUi.getState().setUndoLabels(stack.undoLabel, stack.redoLabel);
}

export function reportError(error: unknown, projectId?: string): void {
  const notify = (message: string) => useWorkbench.getState().notify("error", message);
  const conflict = error instanceof ConflictError ? conflictMessage(error) : undefined;
  const colleague = projectId && error instanceof ConflictError ? colleagueWhoChanged(projectId, error.record.id) : undefined;
  if (colleague) notify(t("changedByColleague", { name: colleague, detail: conflict! }));
  else if (conflict) notify(conflict);
  else if (isStorageError(error)) void storageErrorMessage().then(notify);
  else notify(errorText(error));
}

/** Resolves once the browser has painted what was just shown (soon, too, in a page that is not painting). */
function afterPaint(): Promise<void> {
  // Outside a page (the command line's and the tests' Node) nothing is painted.
  if (typeof requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Shows a diff in the transcript at once, then saves it; a failed save takes the display back and throws. */
async function showAndSave(projectId: string, diff: ProjectDiff): Promise<void> {
  // A new text is shown once saved: codings drawn ahead of it would sit on the old text.
  if (diff.texts) {
    await applyProjectDiff(appDatabase(), projectId, diff);
    mirrorToTeam(projectId, diff);
    return announceChange(projectId);
  }
  const ui = useCodingUi.getState();
  ui.showPending(diff);
  try {
    // Saved once the change is painted: the researcher sees the coding without waiting for the database.
    await afterPaint();
    await applyProjectDiff(appDatabase(), projectId, diff);
    ui.markPendingSaved(diff);
    mirrorToTeam(projectId, diff);
  } catch (error) {
    ui.clearPending();
    throw error;
  }
  announceChange(projectId);
}

/** The command's result with the memos of codings it replaces moved to their replacements (see carryMemoLinks). */
async function withMemosCarried(projectId: string, result: CommandResult): Promise<CommandResult> {
  if (result.diff.codings.removed.length === 0) return result;
  const memos = await appDatabase().memos.where("projectId").equals(projectId).toArray();
  return { ...result, diff: carryMemoLinks(result.diff, memos) };
}

/** Computes and applies a command; true when it was applied. */
export async function runCommand(projectId: string, command: () => CommandResult | Promise<CommandResult>): Promise<boolean> {
  let result: CommandResult | undefined;
  try {
    result = await withMemosCarried(projectId, await command());
    await showAndSave(projectId, result.diff);
    const stack = stackFor(projectId);
    stack.push(result);
    showLabels(projectId, stack);
    return true;
  } catch (error) {
    if (result && isStorageError(error)) {
      const stack = stackFor(projectId);
      stack.keepToRetry(result);
      showLabels(projectId, stack);
    }
    reportError(error);
    return false;
  }
}

export async function undo(projectId: string): Promise<void> {
  const stack = stackFor(projectId);
  const step = stack.undo();
  if (!step) return;
  try {
    await showAndSave(projectId, step.diff);
    announce(t("announceUndone", { label: stepText(step.label) }));
  } catch (error) {
    stack.redo(); // the step was not undone: keep it where it was
    reportError(error, projectId);
  }
  showLabels(projectId, stack);
}

export async function redo(projectId: string): Promise<void> {
  const stack = stackFor(projectId);
  const step = stack.redo();
  if (!step) return;
  try {
    await showAndSave(projectId, step.diff);
    announce(t("announceRedone", { label: stepText(step.label) }));
  } catch (error) {
    stack.undo();
    reportError(error, projectId);
  }
  showLabels(projectId, stack);
}

/** The model a command needs (see loadCodingModel), from the app's database. */
export function loadModel(projectId: string, scope: ModelScope): Promise<CodingModel> {
  return loadCodingModel(appDatabase(), projectId, scope);
}
