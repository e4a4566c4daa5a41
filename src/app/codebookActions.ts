// Codebook actions behind the tree and the code details: create, rename, recolour, describe,
// move and nest, merge, delete, reassign or delete the codings of a code a colleague deleted (each
// one undo step), and the codebook downloaded as CSV or .qdc (importing a codebook is in
// codebookImport.ts).
import { createCode, deleteCode, describeCode, mergeCode, moveCode, recolorCode, renameCode } from "../core/commands/codebookCommands";
import { deleteCodings, reassignCodings } from "../core/commands/deletedCodeCommands";
import { subtree } from "../core/commands/model";
import { newId } from "../core/model/ids";
import type { Code } from "../core/model/types";
import { nextPaletteColor } from "../core/model/palette";
import type { CsvOptions } from "../formats/csvOptions";
import { appDatabase } from "../persistence/database";
import { loadModel, reportError, runCommand } from "./commandRunner";
import { downloadText, safeFileName } from "./download";

/** Creates a code; resolves to its id, or null when it could not be created. */
export async function createCodeIn(projectId: string, name: string, parentId: string | null): Promise<string | null> {
  const id = newId();
  const done = await runCommand(projectId, async () => {
    const model = await loadModel(projectId, {});
    const color = parentId === null ? null : nextPaletteColor([...model.codes.values()].map((c) => c.color));
    return createCode(model, { id, projectId, name: name.trim(), parentId, color, description: "" });
  });
  return done ? id : null;
}

export const renameCodeTo = (projectId: string, codeId: string, name: string) =>
  runCommand(projectId, async () => renameCode(await loadModel(projectId, {}), codeId, name.trim()));

export const recolorCodeTo = (projectId: string, codeId: string, color: string | null) =>
  runCommand(projectId, async () => recolorCode(await loadModel(projectId, {}), codeId, color));

export const describeCodeAs = (projectId: string, codeId: string, description: string) =>
  runCommand(projectId, async () => describeCode(await loadModel(projectId, {}), codeId, description));

export const moveCodeTo = (projectId: string, codeId: string, parentId: string | null, index: number) =>
  runCommand(projectId, async () => moveCode(await loadModel(projectId, {}), codeId, parentId, index));

export const mergeCodeInto = (projectId: string, sourceId: string, targetId: string) =>
  runCommand(projectId, async () => mergeCode(await loadModel(projectId, { codeIds: [sourceId, targetId] }), sourceId, targetId, newId));

export const deleteCodeWithCodings = (projectId: string, codeId: string) =>
  runCommand(projectId, async () => {
    const codesOnly = await loadModel(projectId, {});
    const ids = subtree(codesOnly, codeId).map((c) => c.id);
    return deleteCode(await loadModel(projectId, { codeIds: ids }), codeId);
  });

/** Gives the codings of a deleted code (`missingCodeId`) the code `codeId`. */
export const reassignCodingsTo = (projectId: string, missingCodeId: string, codingIds: string[], codeId: string) =>
  runCommand(projectId, async () => reassignCodings(await loadModel(projectId, { codeIds: [missingCodeId] }), codingIds, codeId));

/** Deletes the codings of a deleted code (`missingCodeId`). */
export const deleteCodingsOf = (projectId: string, missingCodeId: string, codingIds: string[]) =>
  runCommand(projectId, async () => deleteCodings(await loadModel(projectId, { codeIds: [missingCodeId] }), codingIds));

/** The project's file-name base and its codes, for the codebook downloads. */
async function codebookOf(projectId: string): Promise<{ base: string; codes: Code[] }> {
  const db = appDatabase();
  const [project, codes] = await Promise.all([db.projects.get(projectId), db.codes.where("projectId").equals(projectId).toArray()]);
  return { base: safeFileName(project?.name ?? "codebook"), codes };
}

/** The codebook as REFI-QDA (.qdc), for other QDA tools. */
export async function downloadCodebookQdc(projectId: string): Promise<void> {
  try {
    const [{ base, codes }, { codebookQdc }] = await Promise.all([codebookOf(projectId), import("../formats/refiQda/codebookXml")]);
    downloadText(`${base}.qdc`, [codebookQdc(codes)], "application/xml");
  } catch (error) {
    reportError(error);
  }
}

/** The codebook as CSV (theme,code,description,color), with the CSV options chosen. */
export async function codebookCsvText(projectId: string, options: CsvOptions): Promise<string> {
  const [{ codes }, { exportCodebookCsv }] = await Promise.all([codebookOf(projectId), import("../formats/codebookCsv")]);
  return exportCodebookCsv(codes, options);
}
