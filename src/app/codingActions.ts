// Coding actions behind the transcript, the palette and the codebook tree: apply a code to the
// selected passage (snapped to whole words unless Alt was held), create-and-apply, in vivo,
// remove, adjust a coding's bounds, place an orphaned coding.
import { applyCode, adjustCoding, removeCodeFromRange, removeCoding } from "../core/commands/codingCommands";
import { createCode } from "../core/commands/codebookCommands";
import { emptyDiff, type CommandResult } from "../core/commands/diff";
import { reanchor } from "../core/commands/model";
import { newId } from "../core/model/ids";
import { nextPaletteColor } from "../core/model/palette";
import { inVivoName, snapToWords } from "../core/text/wordSnap";
import { appDatabase } from "../persistence/database";
import { listCoders } from "../persistence/coders";
import { useCodingUi } from "../state/codingStore";
import { useWorkbench } from "../state/workbenchStore";
import { t } from "../ui/strings";
import { loadModel, runCommand } from "./commandRunner";

interface Target {
  documentId: string;
  start: number;
  end: number;
}

/** The selected passage of the open document, snapped to words unless selected with Alt. */
async function selectedPassage(projectId: string): Promise<Target | null> {
  const { selection } = useCodingUi.getState();
  const documentId = useWorkbench.getState().documentId;
  if (!selection || !documentId || selection.start === selection.end) {
    useWorkbench.getState().notify("info", t("selectPassageFirst"));
    return null;
  }
  if (selection.exact) return { documentId, start: selection.start, end: selection.end };
  const text = (await appDatabase().documentTexts.get([projectId, documentId]))?.text ?? "";
  return { documentId, ...snapToWords(text, selection.start, selection.end) };
}

async function currentCoderId(projectId: string): Promise<string> {
  const coders = await listCoders(appDatabase(), projectId);
  if (!coders[0]) throw new Error("This project has no coder.");
  return coders[0].id;
}

/** Combines two commands into one undo step. */
function combine(first: CommandResult, second: CommandResult, label: string): CommandResult {
  const diff = emptyDiff();
  diff.codes.added.push(...first.diff.codes.added, ...second.diff.codes.added);
  diff.codings.added.push(...first.diff.codings.added, ...second.diff.codings.added);
  diff.codings.removed.push(...first.diff.codings.removed, ...second.diff.codings.removed);
  return { label, diff };
}

export async function applyCodeToSelection(projectId: string, codeId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const coderId = await currentCoderId(projectId);
  const applied = await runCommand(projectId, async () => {
    const model = await loadModel(projectId, { documentIds: [target.documentId] });
    return applyCode(model, { id: newId(), projectId, codeId, coderId, created: new Date().toISOString(), ...target });
  });
  if (applied) useCodingUi.getState().noteCodeUsed(projectId, codeId);
}

/** Creates a code (at the top level, or under a theme) and applies it to the selection, as one undo step. */
export async function createCodeAndApply(projectId: string, name: string, parentId: string | null = null): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const coderId = await currentCoderId(projectId);
  const codeId = newId();
  const applied = await runCommand(projectId, async () => {
    const model = await loadModel(projectId, { documentIds: [target.documentId] });
    const color = nextPaletteColor([...model.codes.values()].map((c) => c.color));
    const created = createCode(model, { id: codeId, projectId, name: name.trim(), parentId, color, description: "" });
    const withCode = { ...model, codes: new Map([...model.codes, [codeId, created.diff.codes.added[0]!]]) };
    const coded = applyCode(withCode, { id: newId(), projectId, codeId, coderId, created: new Date().toISOString(), ...target });
    return combine(created, coded, `${created.label} and apply it`);
  });
  if (applied) useCodingUi.getState().noteCodeUsed(projectId, codeId);
}

/** "In vivo": a new code named after the selected words, applied to them. */
export async function applyInVivoCode(projectId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const text = (await appDatabase().documentTexts.get([projectId, target.documentId]))?.text ?? "";
  const name = inVivoName(text, target.start, target.end);
  if (name) await createCodeAndApply(projectId, name);
}

export async function removeCodingById(projectId: string, codingId: string, documentId: string): Promise<void> {
  await runCommand(projectId, async () => removeCoding(await loadModel(projectId, { documentIds: [documentId] }), codingId));
  useCodingUi.getState().selectCoding(null);
}

/** Removes one code from the selected passage (trimming or splitting its codings there). */
export async function removeCodeFromSelection(projectId: string, codeId: string): Promise<void> {
  const { selection } = useCodingUi.getState();
  const documentId = useWorkbench.getState().documentId;
  if (!selection || !documentId) return;
  await runCommand(projectId, async () =>
    removeCodeFromRange(await loadModel(projectId, { documentIds: [documentId] }), { documentId, codeId, start: selection.start, end: selection.end, newId }),
  );
}

/** Places an orphaned coding on the selected passage, as one undo step. */
export async function placeOrphanAtSelection(projectId: string, documentId: string, codingId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target || target.documentId !== documentId) return;
  await runCommand(projectId, async () => {
    const model = await loadModel(projectId, { documentIds: [documentId] });
    const before = model.codings.get(codingId);
    if (!before) throw new Error("That coding no longer exists.");
    const { orphaned: _orphaned, ...rest } = before;
    const after = reanchor(rest, model.documentText(documentId) ?? "", target.start, target.end);
    const diff = emptyDiff();
    diff.codings.updated.push({ before, after });
    return { label: "Place an orphaned coding", diff };
  });
}

export async function adjustCodingBounds(projectId: string, documentId: string, codingId: string, start: number, end: number): Promise<void> {
  await runCommand(projectId, async () => adjustCoding(await loadModel(projectId, { documentIds: [documentId] }), codingId, start, end));
}
