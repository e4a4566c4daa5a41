// Coding comparison: two coders (or groups) compared code by code and document by document, in
// characters, sentences or paragraphs; the agreement table, its CSV and the disagreements' CSV, and
// a way into the transcript to see and adjudicate the disagreements. Compared in the analysis
// worker, with a progress bar. Under blind coding it stays closed.
import { useMemo } from "react";
import { downloadText, safeFileName } from "../../app/download";
import type { AgreementRequest } from "../../core/analysis/agreement";
import { disagreementDetails } from "../../core/analysis/disagreementDetails";
import { nameCollator } from "../../core/text/names";
import { agreementCsv, disagreementsCsv } from "../../formats/analysisCsv";
import { useCurrentCoder, useProjectCoding } from "../../state/coderStore";
import { useComparison, type ComparisonSetup } from "../../state/comparisonStore";
import { useAnalysisInput, useCoders, useProject } from "../../state/liveQueries";
import { useAgreement } from "../../state/useAgreement";
import { useWorkbench } from "../../state/workbenchStore";
import { t } from "../../lang";
import { defaultCsvOptions, exportHeaders } from "../../lang/exportHeaders";
import { AgreementTable } from "./AgreementTable";
import { ComparisonSetupForm } from "./ComparisonSetupForm";
import "../../lang/enViews";

export function ComparisonView({ projectId }: { projectId: string }) {
  const { blind } = useProjectCoding(projectId);
  const input = useAnalysisInput(projectId);
  const coders = useCoders(projectId);
  const me = useCurrentCoder(projectId, coders);
  const project = useProject(projectId);
  const stored = useComparison((s) => s.setup);
  const setSetup = useComparison((s) => s.setSetup);
  const showOverlay = useComparison((s) => s.showOverlay);
  const openDocument = useWorkbench((s) => s.openDocument);
  const documentId = useWorkbench((s) => s.documentId);

  const setup: ComparisonSetup | null = useMemo(() => {
    if (stored?.projectId === projectId) return stored;
    if (!coders || !me) return null;
    const other = coders.find((c) => c.id !== me.id);
    return { projectId, sideA: [me.id], sideB: other ? [other.id] : [], codeIds: [], documentIds: [], unit: "character" };
  }, [stored, projectId, coders, me]);
  const request: AgreementRequest | null = useMemo(() => {
    if (!setup || setup.sideA.length === 0 || setup.sideB.length === 0) return null;
    return {
      groups: [setup.sideA, setup.sideB],
      unit: setup.unit,
      ...(setup.codeIds.length > 0 && { codeIds: setup.codeIds }),
      ...(setup.documentIds.length > 0 && { documentIds: setup.documentIds }),
    };
  }, [setup]);
  const ready = !blind && input ? input : null;
  const { rows, progress, error } = useAgreement(ready, request);

  if (blind) {
    return (
      <section className="analysis" role="region" aria-label={t("comparisonTitle")}>
        <h1>{t("comparisonTitle")}</h1>
        <p className="filter-note">{t("comparisonBlind")}</p>
      </section>
    );
  }
  if (!input || !coders || !setup) return null;
  const names = new Map(input.documents.map((d) => [d.id, d.name]));
  const coderNames = new Map(coders.map((c) => [c.id, c.name]));
  const sideName = (ids: string[]) => ids.map((id) => coderNames.get(id) ?? "").join(" + ");
  const overlap = setup.sideA.some((id) => setup.sideB.includes(id));
  const csvOptions = { ...defaultCsvOptions(), headers: exportHeaders() };
  const fileName = (kind: string) => `${safeFileName(`${project?.name ?? t("project")} – ${kind}`)}.csv`;
  const exportTable = () => {
    if (!rows) return;
    const table = rows.map((r) => ({ ...r, document: r.documentId === null ? null : (names.get(r.documentId) ?? "") }));
    downloadText(fileName(t("csvFileAgreement")), [agreementCsv(table, csvOptions)], "text/csv;charset=utf-8");
  };
  const exportDisagreements = () => {
    if (!request) return;
    const paths = new Map(rows?.filter((r) => r.documentId === null).map((r) => [r.codeId, r.path]));
    const details = disagreementDetails(input, request).map((d) => ({
      document: names.get(d.documentId) ?? "",
      path: paths.get(d.codeId) ?? [],
      start: d.start,
      end: d.end,
      text: d.text,
      codedBy: d.codedBy.map((id) => coderNames.get(id) ?? ""),
    }));
    downloadText(fileName(t("csvFileDisagreements")), [disagreementsCsv(details, csvOptions)], "text/csv;charset=utf-8");
  };
  const showInTranscript = () => {
    showOverlay(setup.codeIds[0] ?? null);
    openDocument(setup.documentIds[0] ?? documentId ?? input.documents[0]?.id ?? "");
  };

  return (
    <section className="analysis comparison" role="region" aria-label={t("comparisonTitle")}>
      <header className="sheet-head">
        <h1>{t("comparisonTitle")}</h1>
        <div className="button-row">
          <button type="button" className="primary" onClick={showInTranscript} disabled={!request || overlap}>
            {t("showDisagreements")}
          </button>
          <button type="button" onClick={exportTable} disabled={!rows}>
            {t("exportAgreementCsv")}
          </button>
          <button type="button" onClick={exportDisagreements} disabled={!request || overlap}>
            {t("exportDisagreementsCsv")}
          </button>
        </div>
      </header>
      <ComparisonSetupForm setup={setup} coders={coders} codes={input.codes} documents={[...names].map(([id, name]) => ({ id, name })).sort((x, y) => nameCollator.compare(x.name, y.name))} onChange={setSetup} />
      {coders.length < 2 && <p className="filter-note">{t("comparisonNeedsTwo")}</p>}
      {overlap && <p className="filter-note">{t("comparisonOverlap")}</p>}
      {request && !overlap && (
        <p className="muted" aria-live="polite">
          {t("comparing", { a: sideName(setup.sideA), b: sideName(setup.sideB) })}
        </p>
      )}
      {progress && (
        <label className="comparison-progress">
          {t("comparingProgress", { done: progress.done, total: progress.total })}
          <progress max={progress.total} value={progress.done} />
        </label>
      )}
      {error && <p className="notice error">{error}</p>}
      {rows && !overlap && <AgreementTable rows={rows} documentName={(id) => names.get(id) ?? ""} />}
    </section>
  );
}
