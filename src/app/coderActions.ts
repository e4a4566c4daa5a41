// Coder actions behind the header's coder picker: who is coding in this browser, adding a coder
// (who then codes), renaming one (a command, one undo step). Switching coders changes no coding.
import { createCoder, renameCoder } from "../core/commands/coderCommands";
import { newId } from "../core/model/ids";
import { listCoders } from "../persistence/coders";
import { appDatabase } from "../persistence/database";
import { chosenCoderId, resolveCoder, useCoderStore } from "../state/coderStore";
import { loadModel, runCommand } from "./commandRunner";

/** The coder this browser codes as in the project: the one chosen here, else the project's first. */
export async function currentCoderId(projectId: string): Promise<string> {
  const coder = resolveCoder(await listCoders(appDatabase(), projectId), chosenCoderId(projectId));
  if (!coder) throw new Error("This project has no coder.");
  return coder.id;
}

export function chooseCoder(projectId: string, coderId: string): void {
  useCoderStore.getState().chooseCoder(projectId, coderId);
}

/** Adds a coder and codes as them from now on; false when the name was refused. */
export async function addCoder(projectId: string, name: string): Promise<boolean> {
  const id = newId();
  const added = await runCommand(projectId, async () => createCoder(await loadModel(projectId, {}), { id, projectId, name }));
  if (added) chooseCoder(projectId, id);
  return added;
}

export async function renameCoderTo(projectId: string, coderId: string, name: string): Promise<boolean> {
  return runCommand(projectId, async () => renameCoder(await loadModel(projectId, {}), coderId, name));
}
