// Adjudication behind the transcript's disagreement bar: one decision (A's, B's or both sides'
// codings) taken into the consensus coder, as one command and one undo step.
import { adjudicate, type AdjudicationChoice } from "../core/commands/adjudication";
import { newId } from "../core/model/ids";
import type { Disagreement } from "../core/analysis/agreement";
import { loadModel, runCommand } from "./commandRunner";

export function adjudicateDisagreement(projectId: string, disagreement: Disagreement, takeFrom: string[], choice: AdjudicationChoice): Promise<boolean> {
  const { documentId, codeId, start, end } = disagreement;
  return runCommand(projectId, async () =>
    adjudicate(await loadModel(projectId, { documentIds: [documentId] }), {
      projectId,
      documentId,
      codeId,
      start,
      end,
      takeFrom,
      choice,
      newId,
      created: new Date().toISOString(),
    }),
  );
}
