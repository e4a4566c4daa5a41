// Coding actions behind the transcript, the palette and the codebook tree: apply a code to the
// selected passage (snapped to whole words unless Alt was held; the focus then goes back to the
// transcript, after the passage), create-and-apply, in vivo, remove, adjust a coding's bounds,
// place an orphaned coding; all as the current coder.
import { applyCode, adjustCoding, createAndApplyCode, removeCodeFromRange, removeCoding } from "../core/commands/codingCommands";
import { emptyDiff } from "../core/commands/diff";
import { reanchor } from "../core/commands/model";
import { newId } from "../core/model/ids";
import { nextPaletteColor } from "../core/model/palette";
import { sliceCodePoints } from "../core/text/offsets";
import { inVivoName, snapToWords } from "../core/text/wordSnap";
import { appDatabase } from "../persistence/database";
import { useCodingUi } from "../state/codingStore";
import { useWorkbench } from "../state/workbenchStore";
import { announce } from "../state/announcer";
import { t } from "../lang";
import { currentCoderId } from "./coderActions";
import { loadModel, runCommand } from "./commandRunner";
import { openDocumentCoder, openDocumentModel, openDocumentText } from "./openDocument";
import { stepLabel } from "../core/commands/stepLabel";

/** The model for commands on one document: from memory when it is the open one and knows the code. */
async function documentModel(projectId: string, documentId: string, codeId?: string) {
  const inMemory = openDocumentModel(projectId, documentId);
  if (inMemory && (!codeId || inMemory.codes.has(codeId))) return inMemory;
  return loadModel(projectId, { documentIds: [documentId] });
}

/** Who codes: as the open transcript knows it, so that nothing waits for the database before a coding shows. */
function codingCoderId(projectId: string): string | Promise<string> {
  return openDocumentCoder(projectId) ?? currentCoderId(projectId);
}

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
  const text = openDocumentText(projectId, documentId) ?? (await appDatabase().documentTexts.get([projectId, documentId]))?.text ?? "";
  return { documentId, ...snapToWords(text, selection.start, selection.end) };
}

export async function applyCodeToSelection(projectId: string, codeId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const coderId = await codingCoderId(projectId);
  let codeName = "";
  let quote = "";
  const applied = await runCommand(projectId, async () => {
    const model = await documentModel(projectId, target.documentId, codeId);
    codeName = model.codes.get(codeId)?.name ?? "";
    const result = applyCode(model, { id: newId(), projectId, codeId, coderId, created: new Date().toISOString(), ...target });
    quote = sliceCodePoints(model.documentText(target.documentId) ?? "", target.start, target.end);
    return result;
  });
  if (!applied) return;
  afterApplying(projectId, codeId, target);
  announce(t("announceCoded", { code: codeName, quote: excerpt(quote) }));
}

/** The start of a passage for an announcement: "Paling kita titipkan…". */
function excerpt(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length > 3 ? `${words.slice(0, 3).join(" ")}…` : words.join(" ");
}

/** The code is the most recent; the focus goes back to the transcript, the caret after the passage, where the next Shift+arrows start. */
function afterApplying(projectId: string, codeId: string, target: Target): void {
  const ui = useCodingUi.getState();
  ui.noteCodeUsed(projectId, codeId);
  ui.focusPassage(target.documentId, target.end, target.end);
}

/**
 * Creates a code (at the top level, or under a theme) and applies it to the selection: one command,
 * one transaction and one undo step, so that a reload or a failed write keeps both or neither.
 */
export async function createCodeAndApply(projectId: string, name: string, parentId: string | null = null): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const codeId = newId();
  const coderId = await codingCoderId(projectId);
  const applied = await runCommand(projectId, async () => {
    const model = await documentModel(projectId, target.documentId);
    const color = nextPaletteColor([...model.codes.values()].map((c) => c.color));
    const code = { id: codeId, projectId, name: name.trim(), parentId, color, description: "" };
    return createAndApplyCode(model, code, { id: newId(), projectId, coderId, created: new Date().toISOString(), ...target });
  });
  if (!applied) return;
  useCodingUi.getState().selectCode(codeId);
  afterApplying(projectId, codeId, target);
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
  const coderId = await codingCoderId(projectId);
  let codeName = "";
  const removed = await runCommand(projectId, async () => {
    const model = await documentModel(projectId, documentId);
    codeName = model.codes.get(model.codings.get(codingId)?.codeId ?? "")?.name ?? "";
    return removeCoding(model, codingId, coderId);
  });
  useCodingUi.getState().selectCoding(null);
  if (removed) announce(t("announceRemoved", { code: codeName }));
}

/** Removes one code from the selected passage (snapped like coding; trimming or splitting its codings there). */
export async function removeCodeFromSelection(projectId: string, codeId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target) return;
  const coderId = await codingCoderId(projectId);
  let codeName = "";
  const removed = await runCommand(projectId, async () => {
    const model = await documentModel(projectId, target.documentId);
    codeName = model.codes.get(codeId)?.name ?? "";
    return removeCodeFromRange(model, { ...target, codeId, coderId, newId });
  });
  if (removed) announce(t("announceRemoved", { code: codeName }));
}

/** Places an orphaned coding on the selected passage, as one undo step. */
export async function placeOrphanAtSelection(projectId: string, documentId: string, codingId: string): Promise<void> {
  const target = await selectedPassage(projectId);
  if (!target || target.documentId !== documentId) return;
  await runCommand(projectId, async () => {
    const model = await documentModel(projectId, documentId);
    const before = model.codings.get(codingId);
    if (!before) throw new Error("That coding no longer exists.");
    const { orphaned: _orphaned, ...rest } = before;
    const after = reanchor(rest, model.documentText(documentId) ?? "", target.start, target.end);
    const diff = emptyDiff();
    diff.codings.updated.push({ before, after });
    return { label: stepLabel("placeOrphanedCoding"), diff };
  });
}

export async function adjustCodingBounds(projectId: string, documentId: string, codingId: string, start: number, end: number): Promise<void> {
  const coderId = await codingCoderId(projectId);
  await runCommand(projectId, async () => adjustCoding(await documentModel(projectId, documentId), codingId, start, end, coderId));
}
