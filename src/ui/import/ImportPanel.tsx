// The results of the running or last import: a progress bar, one line per file (imported, or
// why not), and the offer to link each document to the case named after its interviewee.
import { memo } from "react";
import type { linkSuggestedCase as LinkSuggestedCase } from "../../app/importTranscripts";
import { useWorkbench, type FileImportResult } from "../../state/workbenchStore";
import { formatDecimal, t, type StringKey } from "../../lang";
import "../../lang/enViews";

/** Loaded with the import pipeline, which is already there by the time an import has results. */
const linkSuggestedCase: typeof LinkSuggestedCase = (projectId, index) => import("../../app/importTranscripts").then((m) => m.linkSuggestedCase(projectId, index));

const STATUS_LABEL: Record<FileImportResult["status"], StringKey> = {
  waiting: "statusWaiting",
  reading: "statusReading",
  imported: "statusImported",
  failed: "statusFailed",
  skipped: "statusSkipped",
};

export function ImportPanel({ projectId }: { projectId: string }) {
  const job = useWorkbench((s) => s.importJob);
  const close = useWorkbench((s) => s.closeImport);
  if (!job) return null;
  const total = job.results.length;
  const done = job.results.filter((r) => r.status !== "waiting" && r.status !== "reading").length;
  const imported = job.results.filter((r) => r.status === "imported").length;
  const unlinked = job.results.map((r, i) => [r, i] as const).filter(([r]) => r.status === "imported" && !r.linkedCase);
  return (
    <section className="import-panel" aria-label={t("importTitle")}>
      <div className="import-panel-head">
        <h2 data-duration-ms={job.finishedAt === null ? undefined : Math.round(job.finishedAt - job.startedAt)}>
          {job.finished && job.finishedAt !== null
            ? t("importDone", { imported, failed: total - imported, seconds: formatDecimal((job.finishedAt - job.startedAt) / 1000, 1) })
            : t("importProgress", { done, total })}
        </h2>
        {job.finished && (
          <button type="button" onClick={close}>
            {t("close")}
          </button>
        )}
      </div>
      <progress max={total} value={done} aria-label={t("importProgress", { done, total })} />
      {job.finished && unlinked.length > 1 && (
        <button type="button" onClick={() => unlinked.forEach(([, i]) => void linkSuggestedCase(projectId, i))}>
          {t("linkAllSuggested")}
        </button>
      )}
      <ul className="import-results">
        {job.results.map((result, index) => (
          <ImportResultRow key={index} projectId={projectId} index={index} result={result} />
        ))}
      </ul>
    </section>
  );
}

/** One file's line; memoized, since a large import updates one line at a time. */
const ImportResultRow = memo(function ImportResultRow({ projectId, index, result }: { projectId: string; index: number; result: FileImportResult }) {
  const openDocument = useWorkbench((s) => s.openDocument);
  return (
    <li className={`import-result status-${result.status}`} data-status={result.status}>
      <span className="import-status">{t(STATUS_LABEL[result.status])}</span>
      <span className="import-file">
        {result.documentId ? (
          <button type="button" className="link-button" onClick={() => openDocument(result.documentId!)}>
            {result.fileName}
          </button>
        ) : (
          result.fileName
        )}
      </span>
      {result.message && <span className="import-message">{result.message}</span>}
      {result.status === "imported" && result.suggestedCase !== undefined && <CaseOffer projectId={projectId} index={index} result={result} />}
    </li>
  );
});

/** The case to link to, named as suggested and editable before linking (Enter links). */
function CaseOffer({ projectId, index, result }: { projectId: string; index: number; result: FileImportResult }) {
  const updateResults = useWorkbench((s) => s.updateImportResults);
  if (result.linkedCase) return <span className="import-linked">{t("linkedTo", { name: result.linkedCase })}</span>;
  const why = result.suggestedFrom === "speakers" ? t("suggestedFromSpeakers") : t("suggestedFromFileName");
  const name = result.suggestedCase ?? "";
  return (
    <form
      className="case-offer"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) void linkSuggestedCase(projectId, index);
      }}
    >
      <input
        aria-label={t("caseNameFor", { file: result.fileName })}
        title={why}
        value={name}
        onChange={(event) => updateResults(new Map([[index, { suggestedCase: event.target.value }]]))}
      />
      <button type="submit" disabled={!name.trim()} title={why}>
        {t("linkToCase", { name: name.trim() })}
      </button>
    </form>
  );
}
