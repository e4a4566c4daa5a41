// The codings of the open transcript as the editor draws them: which are shown and how (code, colour,
// coder, whether they can be changed), and a change being saved handed to the editor the moment it is
// shown, so that the editor draws it without the pane rendering again. A change whose save fails is
// taken back by the pane, and the editor follows the pane's list.
import { useCallback, useEffect, useReducer, useRef } from "react";
import { changesIn } from "../../core/commands/diff";
import type { Code, Coder, Coding } from "../../core/model/types";
import type { HighlightCoding } from "../../editor/codingIndex";
import { useCodingUi, type CodingUiState } from "../../state/codingStore";

export type HighlightOf = (coding: Coding) => HighlightCoding | null;

/** How a coding is drawn, or null when it is not shown (orphaned, its code hidden, its coder not shown). */
export function highlightOf(codes: readonly Code[], coders: readonly Coder[], visible: ReadonlySet<string> | null, shownCoders: ReadonlySet<string> | null, me: string | null): HighlightOf {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const coderNames = new Map(coders.map((c) => [c.id, c.name]));
  return (c) => {
    const code = byId.get(c.codeId);
    if (c.orphaned || !code || (visible && !visible.has(c.codeId)) || (shownCoders && !shownCoders.has(c.coderId))) return null;
    return { id: c.id, start: c.start, end: c.end, codeName: code.name, color: code.color, coderName: coderNames.get(c.coderId), readOnly: c.coderId !== me };
  };
}

/**
 * The change being saved, as the pane has it: read afresh each time the pane renders, so that a
 * render for any other reason keeps it, but the pane renders for it only when it is taken back (a
 * failed save). The editor draws a new change itself, and the stored codings bring it in once saved.
 */
export function usePendingChange(): CodingUiState["pending"] {
  const [, takeBack] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () =>
      useCodingUi.subscribe((state, previous) => {
        if (previous.pending && !previous.pending.saved && !state.pending) takeBack();
      }),
    [],
  );
  return useCodingUi.getState().pending;
}

/** Hands each new change of the document's codings to a listener, as drawn codings, when it is shown. */
export function useCodingChangeFeed(projectId: string, documentId: string | null, toHighlight: HighlightOf) {
  const latest = useRef(toHighlight);
  latest.current = toHighlight;
  return useCallback(
    (listener: (added: HighlightCoding[], removedIds: string[]) => void) =>
      useCodingUi.subscribe((state, previous) => {
        const diff = state.pending?.diff;
        if (!diff || !documentId || diff === previous.pending?.diff) return;
        const changes = changesIn(diff.codings, projectId, documentId);
        const after = [...changes.added, ...changes.updated.map((u) => u.after)].map(latest.current).filter((h) => h !== null);
        listener(after, [...changes.removed, ...changes.updated.map((u) => u.before)].map((c) => c.id));
      }),
    [projectId, documentId],
  );
}
