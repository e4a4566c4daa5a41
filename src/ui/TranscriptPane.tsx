// The "Transcript" region: the open document's text as written, line by line, with its source,
// size and case. (Coding on the text is the editor's work; this pane shows the stored text.)
import { useMemo } from "react";
import { countWords } from "../core/text/canonical";
import { codePointLength } from "../core/text/offsets";
import { useCaseSheet, useCodingCount, useDocument } from "../state/liveQueries";
import { useWorkbench } from "../state/workbenchStore";
import { formatCount, t } from "./strings";

export function TranscriptPane({ projectId }: { projectId: string }) {
  const documentId = useWorkbench((s) => s.documentId);
  const document = useDocument(projectId, documentId);
  const codings = useCodingCount(projectId, documentId);
  const sheet = useCaseSheet(projectId);
  const words = useMemo(() => (document ? countWords(document.text) : 0), [document]);
  const caseNames = useMemo(() => {
    if (!sheet || !documentId) return [];
    const ids = new Set(sheet.links.filter((l) => l.documentId === documentId).map((l) => l.caseId));
    return sheet.cases.filter((c) => ids.has(c.id)).map((c) => c.name);
  }, [sheet, documentId]);

  return (
    <section className="transcript-pane" role="region" aria-label={t("transcript")}>
      {!document ? (
        <p className="muted placeholder">{t("selectDocument")}</p>
      ) : (
        <>
          <header className="transcript-head">
            <h1>{document.name}</h1>
            <p className="transcript-meta">
              <span>{caseNames.length ? t("linkedCase", { name: caseNames.join(", ") }) : t("noCase")}</span>
              <span>{t("characters", { count: formatCount(codePointLength(document.text)) })}</span>
              <span>{t("words", { count: formatCount(words) })}</span>
              <span>{t("codingsCount", { count: formatCount(codings ?? 0) })}</span>
              <span>{t("source", { name: document.sourceName })}</span>
            </p>
          </header>
          <div className="transcript-text">
            {document.text.split("\n").map((line, i) => (
              <p key={i} className={line ? undefined : "blank-line"}>
                {line || "\u00a0"}
              </p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
