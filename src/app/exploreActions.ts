// Actions of the Explore view: coding the chosen hits of a search or the passages of a query at a
// code (an existing one, or a new one made in the same step), each hit first spread to its word,
// sentence or paragraph: one command, one step of undo.
import { codePassages } from "../core/commands/codePassages";
import { newId } from "../core/model/ids";
import { nextPaletteColor } from "../core/model/palette";
import { spreadPassage, type SpreadUnit } from "../core/text/spread";
import { t } from "../lang";
import { useWorkbench } from "../state/workbenchStore";
import { currentCoderId } from "./coderActions";
import { loadModel, runCommand } from "./commandRunner";
import "../lang/enViews";

export interface FoundPassage {
  documentId: string;
  start: number;
  end: number;
}

/** The code to apply: an existing one, or a new one with this name (under a theme, or at the top). */
export type CodeTarget = { codeId: string } | { newName: string; parentId: string | null };

/** Codes the passages at the target; the name of the code when done, null when nothing was coded. */
export async function codeFoundPassages(projectId: string, passages: readonly FoundPassage[], target: CodeTarget, spread: SpreadUnit): Promise<string | null> {
  if (passages.length === 0) return null;
  const coderId = await currentCoderId(projectId);
  let codeName = "";
  const done = await runCommand(projectId, async () => {
    const model = await loadModel(projectId, { documentIds: [...new Set(passages.map((p) => p.documentId))] });
    const widened = passages.map((p) => ({ documentId: p.documentId, ...spreadPassage(model.documentText(p.documentId) ?? "", p.start, p.end, spread) }));
    const code =
      "codeId" in target
        ? { id: target.codeId }
        : {
            create: {
              id: newId(),
              projectId,
              name: target.newName.trim(),
              parentId: target.parentId,
              color: nextPaletteColor([...model.codes.values()].map((c) => c.color)),
              description: "",
            },
          };
    const result = codePassages(model, { projectId, code, passages: widened, coderId, created: new Date().toISOString(), newId });
    codeName = "codeId" in target ? (model.codes.get(target.codeId)?.name ?? "") : target.newName.trim();
    return result;
  });
  if (!done) return null;
  useWorkbench.getState().notify("info", t("hitsCoded", { count: passages.length, code: codeName }));
  return codeName;
}
