// What the memo panel names and opens: each memo link's record by name (see memoTargetNamer), from
// the project's live records, and opening a record where it is shown (a document or passage in the
// transcript, a code's or case's coded passages).
import { useCallback, useMemo } from "react";
import type { MemoLink } from "../../core/model/memo";
import { memoTargetNamer, type MemoTarget } from "../../core/model/memoTargets";
import { useCodingUi } from "../../state/codingStore";
import { useCaseSheet, useCodes, useDocumentList, useProject, useProjectCodings } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";

const NONE: never[] = [];

export function useMemoTargets(projectId: string) {
  const project = useProject(projectId);
  const documents = useDocumentList(projectId) ?? NONE;
  const sheet = useCaseSheet(projectId);
  const codes = useCodes(projectId) ?? NONE;
  const codings = useProjectCodings(projectId) ?? NONE;
  const cases = sheet?.cases ?? NONE;
  const name = useMemo(() => memoTargetNamer({ project: { name: project?.name ?? "" }, documents, cases, codes, codings }), [project?.name, documents, cases, codes, codings]);
  return { name, documents, cases, codes };
}

/** Opens what a memo is attached to. */
export function useOpenTarget(): (target: MemoTarget) => void {
  const openDocument = useWorkbench((s) => s.openDocument);
  const showRetrieval = useWorkbench((s) => s.showRetrieval);
  const focusPassage = useCodingUi((s) => s.focusPassage);
  return useCallback(
    ({ link, documentId, start, end }: MemoTarget) => {
      if (link.kind === "document") openDocument(link.id);
      else if (link.kind === "code" || link.kind === "case") showRetrieval({ kind: link.kind, id: link.id });
      else if (link.kind === "coding" && documentId !== undefined && start !== undefined && end !== undefined) {
        openDocument(documentId);
        focusPassage(documentId, start, end);
      }
    },
    [openDocument, showRetrieval, focusPassage],
  );
}

export const linkKey = (link: MemoLink) => `${link.kind}:${link.id}`;
