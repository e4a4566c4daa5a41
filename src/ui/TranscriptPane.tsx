// The "Transcript" region: the open document with its codings, the coding tools, what codes
// are at the caret, the text editing mode and the orphaned codings waiting to be placed.
import { useCallback, useMemo, useState } from "react";
import { adjustCodingBounds, applyCodeToSelection, removeCodingById } from "../app/codingActions";
import { countWords } from "../core/text/canonical";
import { codePointLength } from "../core/text/offsets";
import { TranscriptEditor } from "../editor/TranscriptEditor";
import { useCodingUi } from "../state/codingStore";
import { useCaseSheet, useCodes, useDocument, useDocumentCodings } from "../state/liveQueries";
import { useWorkbench } from "../state/workbenchStore";
import { ApplyCodePalette } from "./coding/ApplyCodePalette";
import { CodesHere } from "./coding/CodesHere";
import { CodingToolbar } from "./coding/CodingToolbar";
import { OrphanedCodings } from "./coding/OrphanedCodings";
import { TextEditMode } from "./coding/TextEditMode";
import { formatCount, t } from "./strings";

export function TranscriptPane({ projectId }: { projectId: string }) {
  const documentId = useWorkbench((s) => s.documentId);
  const document = useDocument(projectId, documentId);
  const codings = useDocumentCodings(projectId, documentId);
  const codes = useCodes(projectId);
  const sheet = useCaseSheet(projectId);
  const visible = useCodingUi((s) => s.visibleCodeIds);
  const selectedCodingId = useCodingUi((s) => s.selectedCodingId);
  const focusRange = useCodingUi((s) => s.focusRange);
  const setSelection = useCodingUi((s) => s.setSelection);
  const selectCoding = useCodingUi((s) => s.selectCoding);
  const openPalette = useCodingUi((s) => s.openPalette);
  const [editing, setEditing] = useState(false);

  const words = useMemo(() => (document ? countWords(document.text) : 0), [document]);
  const caseNames = useMemo(() => {
    if (!sheet || !documentId) return [];
    const ids = new Set(sheet.links.filter((l) => l.documentId === documentId).map((l) => l.caseId));
    return sheet.cases.filter((c) => ids.has(c.id)).map((c) => c.name);
  }, [sheet, documentId]);
  const highlights = useMemo(() => {
    const byId = new Map((codes ?? []).map((c) => [c.id, c]));
    return (codings ?? [])
      .filter((c) => !c.orphaned && byId.has(c.codeId) && (!visible || visible.has(c.codeId)))
      .map((c) => ({ id: c.id, start: c.start, end: c.end, codeName: byId.get(c.codeId)!.name, color: byId.get(c.codeId)!.color }));
  }, [codings, codes, visible]);
  const orphans = useMemo(() => (codings ?? []).filter((c) => c.orphaned), [codings]);

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
        <p className="muted placeholder">{t("selectDocument")}</p>
      </section>
    );
  }
  return (
    <section className="transcript-pane" role="region" aria-label={t("transcript")}>
      <header className="transcript-head">
        <h1>{document.name}</h1>
        <p className="transcript-meta">
          <span>{caseNames.length ? t("linkedCase", { name: caseNames.join(", ") }) : t("noCase")}</span>
          <span>{t("characters", { count: formatCount(codePointLength(document.text)) })}</span>
          <span>{t("words", { count: formatCount(words) })}</span>
          <span>{t("codingsCount", { count: formatCount(codings?.length ?? 0) })}</span>
          <span>{t("source", { name: document.sourceName })}</span>
        </p>
      </header>
      {editing ? (
        <TextEditMode projectId={projectId} document={document} onDone={() => setEditing(false)} />
      ) : (
        <>
          <CodingToolbar projectId={projectId} documentId={documentId} codings={codings ?? []} codes={codes ?? []} onEditText={() => setEditing(true)} />
          <CodesHere codings={highlights} />
          <TranscriptEditor
            documentId={documentId}
            text={document.text}
            codings={highlights}
            selectedCodingId={selectedCodingId}
            focusRange={focusRange?.documentId === documentId ? focusRange : null}
            label={t("transcriptText")}
            onSelection={setSelection}
            onCodingClick={selectCoding}
            onAdjust={(codingId, start, end) => void adjustCodingBounds(projectId, documentId, codingId, start, end)}
            onKey={onKey}
          />
        </>
      )}
      {orphans.length > 0 && <OrphanedCodings projectId={projectId} documentId={documentId} orphans={orphans} codes={codes ?? []} />}
      <ApplyCodePalette projectId={projectId} />
    </section>
  );
}
