// The "Transcript" region: the open document (its name and description editable) with its codings
// (those of the coders shown; only the current coder's can be changed), the coding tools, what codes
// are at the caret, the text editing mode and the orphaned codings waiting to be placed.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { adjustCodingBounds, applyCodeToSelection, removeCodingById } from "../app/codingActions";
import { setOpenDocument } from "../app/openDocument";
import { applyChangesToList, changesIn } from "../core/commands/diff";
import { useCodingUi } from "../state/codingStore";
import { shownCoderIds, useCurrentCoder, useProjectCoding } from "../state/coderStore";
import { useCaseSheet, useCoders, useCodes, useDocumentList } from "../state/liveQueries";
import { useDocumentWithCodings } from "../state/documentWithCodings";
import { useWorkbench } from "../state/workbenchStore";
import { ApplyCodePalette } from "./coding/ApplyCodePalette";
import { CoderFilterBar } from "./coding/CoderFilterBar";
import type { OverlayMark } from "../editor/disagreementOverlay";
import { useComparison } from "../state/comparisonStore";
import { DocumentHeading } from "./DocumentHeading";
import { CodesHere } from "./coding/CodesHere";
import { highlightOf, useCodingChangeFeed, usePendingChange } from "./coding/transcriptCodings";
import { CodingToolbar } from "./coding/CodingToolbar";
import { countNoun, t } from "../lang";
import { TextCounts } from "./TextCounts";
import { useMemoCounts } from "../state/memoQueries";

// The transcript editor (CodeMirror: a large part of the JavaScript) is a chunk of its own,
// fetched from the start alongside the page's, so that the header, documents and codebook do not
// wait for it. What most sessions never show loads when first shown: the text editing mode, the
// comparison of coders and the orphaned codings. The service worker caches them all.
const loadEditor = () => import("../editor/TranscriptEditor");
const TranscriptEditor = lazy(() => loadEditor().then((m) => ({ default: m.TranscriptEditor })));
/** Starts fetching the transcript editor, at start-up, while the database opens. */
export const preloadTranscriptEditor = () => void loadEditor();
const TextEditMode = lazy(() => import("./coding/TextEditMode").then((m) => ({ default: m.TextEditMode })));
const DisagreementBar = lazy(() => import("./agreement/DisagreementBar").then((m) => ({ default: m.DisagreementBar })));
const OrphanedCodings = lazy(() => import("./coding/OrphanedCodings").then((m) => ({ default: m.OrphanedCodings })));

export function TranscriptPane({ projectId }: { projectId: string }) {
  const documentId = useWorkbench((s) => s.documentId);
  const focusRange = useCodingUi((s) => s.focusRange);
  const opened = useDocumentWithCodings(projectId, documentId, focusRange?.documentId === documentId ? focusRange.start : 0);
  const document = opened?.document;
  const storedCodings = opened?.codings;
  // While only the first part's codings are read (a long document), the count and the orphaned codings
  // wait, and commands read the document's codings from the database.
  const complete = opened?.complete ?? false;
  const sheet = useCaseSheet(projectId);
  const visible = useCodingUi((s) => s.visibleCodeIds);
  const selectedCodingId = useCodingUi((s) => s.selectedCodingId);
  const setSelection = useCodingUi((s) => s.setSelection);
  const selectCoding = useCodingUi((s) => s.selectCoding);
  const openPalette = useCodingUi((s) => s.openPalette);
  const [editing, setEditing] = useState(false);
  const pending = usePendingChange();
  const clearPending = useCodingUi((s) => s.clearPending);
  const codes = useCodes(projectId);
  const documentCount = useDocumentList(projectId)?.length;
  const coders = useCoders(projectId);
  const me = useCurrentCoder(projectId, coders)?.id ?? null;
  const { filter, blind, stripesByCoder } = useProjectCoding(projectId);
  const shownCoders = useMemo(() => shownCoderIds(me, filter, blind), [me, filter, blind]);
  const comparison = useComparison((s) => (s.overlay && s.setup?.projectId === projectId && !blind ? s.setup : null));
  const [marks, setMarks] = useState<OverlayMark[]>([]);

  // A change being saved shows at once; the stored codings take over once they reflect it.
  const codings = useMemo(
    () => (storedCodings && pending && documentId ? applyChangesToList(storedCodings, changesIn(pending.diff.codings, projectId, documentId)) : storedCodings),
    [storedCodings, pending, projectId, documentId],
  );
  useEffect(() => {
    // As the store has it now: the pane does not render for a change being shown.
    if (useCodingUi.getState().pending?.saved) clearPending();
    // Only a new read of the stored codings, after the save, may clear the pending change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedCodings]);
  useEffect(() => {
    setOpenDocument(document && documentId && storedCodings && codes && complete ? { projectId, documentId, text: document.text, codes, codings: storedCodings, coderId: me } : null);
    return () => setOpenDocument(null);
  }, [projectId, documentId, document, storedCodings, codes, me, complete]);

  const caseNames = useMemo(() => {
    if (!sheet || !documentId) return [];
    const ids = new Set(sheet.links.filter((l) => l.documentId === documentId).map((l) => l.caseId));
    return sheet.cases.filter((c) => ids.has(c.id)).map((c) => c.name);
  }, [sheet, documentId]);
  const mine = useMemo(() => (codings ?? []).filter((c) => c.coderId === me), [codings, me]);
  const toHighlight = useMemo(() => highlightOf(codes ?? [], coders ?? [], visible, shownCoders, me), [codes, coders, visible, shownCoders, me]);
  const highlights = useMemo(() => (codings ?? []).map(toHighlight).filter((h) => h !== null), [codings, toHighlight]);
  const codingChanges = useCodingChangeFeed(projectId, documentId, toHighlight);
  const orphans = useMemo(() => (complete ? mine.filter((c) => c.orphaned) : []), [mine, complete]);
  const memoCounts = useMemoCounts(projectId);
  const memoCodingIds = useMemo(() => new Set((codings ?? []).filter((c) => memoCounts.has(`coding:${c.id}`)).map((c) => c.id)), [codings, memoCounts]);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const { recentCodeIds, selection, selectedCodingId: selected } = useCodingUi.getState();
      const recent = recentCodeIds[projectId] ?? [];
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        openPalette();
        return true;
      }
      if (!event.ctrlKey && !event.metaKey && !event.altKey && /^[1-9]$/.test(event.key)) {
        const codeId = recent[Number(event.key) - 1];
        if (codeId && selection) void applyCodeToSelection(projectId, codeId);
        return true;
      }
      if ((event.key === "Delete" || event.key === "Backspace") && selected && documentId) {
        void removeCodingById(projectId, selected, documentId);
        return true;
      }
      return false;
    },
    [openPalette, projectId, documentId],
  );

  if (!document || !documentId) {
    return (
      <section className="transcript-pane" role="region" aria-label={t("transcript")}>
        {documentCount === 0 ? (
          <div className="placeholder">
            <h1>{t("emptyProjectTitle")}</h1>
            <p className="muted">{t("emptyProjectHelp")}</p>
          </div>
        ) : (
          <p className="muted placeholder">{t("selectDocument")}</p>
        )}
      </section>
    );
  }
  return (
    <section className="transcript-pane" role="region" aria-label={t("transcript")}>
      <DocumentHeading
        projectId={projectId}
        document={document}
        meta={
          <>
            <span>{caseNames.length ? t("linkedCase", { name: caseNames.join(", ") }) : t("noCase")}</span>
            <TextCounts text={document.text} />
            <span>{complete ? countNoun(highlights.length, "coding") : t("codingsLoading")}</span>
            <span>{t("source", { name: document.sourceName })}</span>
          </>
        }
      />
      {editing ? (
        <Suspense fallback={<p className="muted">{t("loading")}</p>}>
          <TextEditMode projectId={projectId} document={document} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <>
          <CodingToolbar
            projectId={projectId}
            documentId={documentId}
            codings={mine}
            codes={codes ?? []}
            selectedCoding={codings?.find((c) => c.id === selectedCodingId) ?? null}
            onEditText={() => setEditing(true)}
          />
          <CoderFilterBar projectId={projectId} coders={coders ?? []} />
          {comparison && (
            <Suspense fallback={null}>
              <DisagreementBar
                projectId={projectId}
                setup={comparison}
                document={document}
                codes={codes ?? []}
                codings={codings ?? []}
                coders={coders ?? []}
                onMarks={setMarks}
              />
            </Suspense>
          )}
          <CodesHere codings={highlights} />
          <Suspense fallback={<p className="muted">{t("loading")}</p>}>
            <TranscriptEditor
              documentId={documentId}
              text={document.text}
              codings={highlights}
              onCodingChanges={codingChanges}
              selectedCodingId={selectedCodingId}
              focusRange={focusRange?.documentId === documentId ? focusRange : null}
              label={t("transcriptText")}
              onSelection={setSelection}
              onCodingClick={selectCoding}
              onAdjust={(codingId, start, end) => void adjustCodingBounds(projectId, documentId, codingId, start, end)}
              onKey={onKey}
              stripesByCoder={stripesByCoder}
              overlay={comparison ? marks : undefined}
              memoCodingIds={memoCodingIds}
              memoMarkTitle={t("memoMarkTitle")}
            />
          </Suspense>
        </>
      )}
      {orphans.length > 0 && (
        <Suspense fallback={null}>
          <OrphanedCodings projectId={projectId} documentId={documentId} orphans={orphans} codes={codes ?? []} />
        </Suspense>
      )}
      <ApplyCodePalette projectId={projectId} />
    </section>
  );
}
