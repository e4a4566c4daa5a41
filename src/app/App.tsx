// The workbench layout: header, the backup reminder when one is due, the documents navigation,
// the open view (a transcript or the cases sheet) and the codebook, the side panels resizable. On start it loads the demo on a first
// visit and reopens the last project.
import { lazy, Suspense, useEffect, useState } from "react";
import { noticeOtherTabs } from "./tabChanges";
import { SCHEMA_LOCK, withTabLock } from "./tabLocks";
import { appDatabase } from "../persistence/database";
import { BackupReminder } from "../ui/BackupReminder";
import { useWorkbench, type WorkbenchView } from "../state/workbenchStore";
import { useProject } from "../state/liveQueries";
import { DocumentList } from "../ui/DocumentList";
import { Header } from "../ui/Header";
import { ImportPanel } from "../ui/import/ImportPanel";
import { NoticeBar } from "../ui/NoticeBar";
import { CsvReadProgress } from "../ui/CsvReadProgress";
import { UpdateNotice } from "../ui/UpdateNotice";
import { Announcer } from "../ui/Announcer";
import { PanelBoundary } from "../ui/PanelBoundary";
import { PanelResizer } from "../ui/PanelResizer";
import { useDrawnWidths } from "../state/layoutStore";
import { useDocumentColorScheme } from "../state/colorScheme";
import { t, type StringKey } from "../lang";
import { useLanguage } from "../lang/useLanguage";
import { TranscriptPane } from "../ui/TranscriptPane";
import { CodebookPanel } from "../ui/codebook/CodebookPanel";
import { useUndoShortcuts } from "./useUndoShortcuts";
import { showHistoryOf } from "./commandRunner";
import { rememberOpenProject, startWorkbench } from "./demoProject";

// The other views load when first opened, so the first visit downloads only the transcript view.
// The report after a REFI-QDA import loads with the import.
const ExchangeReportDialog = lazy(() => import("../ui/projects/ExchangeReportDialog").then((m) => ({ default: m.ExchangeReportDialog })));
const CasesSheet = lazy(() => import("../ui/cases/CasesSheet").then((m) => ({ default: m.CasesSheet })));
const RetrievalView = lazy(() => import("../ui/RetrievalView").then((m) => ({ default: m.RetrievalView })));
const MatrixView = lazy(() => import("../ui/analysis/MatrixView").then((m) => ({ default: m.MatrixView })));
const CooccurrenceView = lazy(() => import("../ui/analysis/CooccurrenceView").then((m) => ({ default: m.CooccurrenceView })));
const ComparisonView = lazy(() => import("../ui/agreement/ComparisonView").then((m) => ({ default: m.ComparisonView })));
const ExploreView = lazy(() => import("../ui/explore/ExploreView").then((m) => ({ default: m.ExploreView })));
const ConceptMapView = lazy(() => import("../viz/conceptMap/ConceptMapView").then((m) => ({ default: m.ConceptMapView })));

export function App() {
  const [ready, setReady] = useState(false);
  const projectId = useWorkbench((s) => s.projectId);
  const view = useWorkbench((s) => s.view);
  const openProject = useWorkbench((s) => s.openProject);
  const notify = useWorkbench((s) => s.notify);
  const hasExchangeReport = useWorkbench((s) => s.exchangeReport !== null && s.exchangeReport !== undefined);
  const project = useProject(projectId);
  const widths = useDrawnWidths();
  useDocumentColorScheme();
  // A change of language renders everything below afresh; the start-up state here stays.
  const language = useLanguage();
  useUndoShortcuts(projectId);

  useEffect(() => noticeOtherTabs(), []);
  useEffect(() => {
    // Team sync loads after the page: a shared project syncs while it is open.
    let stop: (() => void) | undefined;
    let ended = false;
    void import("./teamSync").then(({ followOpenProject }) => {
      if (!ended) stop = followOpenProject();
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, []);

  useEffect(() => {
    // One tab at a time opens the database, so that one alone runs a schema upgrade.
    withTabLock(SCHEMA_LOCK, () => appDatabase().open())
      .then(() => startWorkbench(appDatabase()))
      .then((start) => openProject(start?.id ?? null))
      .catch((error: unknown) => notify("error", t("databaseUnavailable", { reason: String(error) })))
      .finally(() => setReady(true));
  }, [openProject, notify]);

  useEffect(() => {
    if (ready) void rememberOpenProject(appDatabase(), projectId);
    if (projectId) showHistoryOf(projectId);
  }, [ready, projectId]);

  useEffect(() => {
    // A project deleted in another tab closes here too.
    if (project === null && projectId) openProject(null);
  }, [project, projectId, openProject]);

  return (
    <div className="app" key={language}>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <PanelBoundary name={t("headerPanel")}>
        <Header project={project ?? null} />
        {project && <BackupReminder project={project} />}
        <NoticeBar />
        <CsvReadProgress />
        <UpdateNotice />
        <Announcer />
        {hasExchangeReport && (
          <Suspense fallback={null}>
            <ExchangeReportDialog />
          </Suspense>
        )}
      </PanelBoundary>
      {ready && projectId ? (
        <div className="workspace" style={{ gridTemplateColumns: `${widths.documents}px auto minmax(0, 1fr) auto ${widths.codebook}px` }}>
          <PanelBoundary name={t("documents")}>
            <DocumentList projectId={projectId} />
          </PanelBoundary>
          <PanelResizer panel="documents" />
          <main id="main" className="main-pane">
            <PanelBoundary name={t("importTitle")}>
              <ImportPanel projectId={projectId} />
            </PanelBoundary>
            <PanelBoundary key={view} name={viewName(view)}>
              <Suspense fallback={<p className="muted">{t("loading")}</p>}>
                {view === "cases" && <CasesSheet projectId={projectId} />}
                {view === "retrieval" && <RetrievalView projectId={projectId} />}
                {view === "matrix" && <MatrixView projectId={projectId} />}
                {view === "cooccurrence" && <CooccurrenceView projectId={projectId} />}
                {view === "map" && <ConceptMapView projectId={projectId} />}
                {view === "comparison" && <ComparisonView projectId={projectId} />}
                {view === "explore" && <ExploreView projectId={projectId} />}
              </Suspense>
              {view === "transcript" && <TranscriptPane projectId={projectId} />}
            </PanelBoundary>
          </main>
          <PanelResizer panel="codebook" />
          <PanelBoundary name={t("codebook")}>
            <CodebookPanel projectId={projectId} />
          </PanelBoundary>
        </div>
      ) : (
        <main id="main" className="empty-state">
          <h1 className="visually-hidden">{t("appName")}</h1>
          <p>{ready ? t("noProjects") : t("loading")}</p>
        </main>
      )}
    </div>
  );
}

/** The name of a view, as its panel's error message names it. */
function viewName(view: WorkbenchView): string {
  const names: Record<WorkbenchView, StringKey> = {
    transcript: "transcript",
    cases: "cases",
    retrieval: "codedPassages",
    matrix: "matrix",
    cooccurrence: "cooccurrenceTitle",
    map: "conceptMap",
    comparison: "comparisonTitle",
    explore: "explore",
  };
  return t(names[view]);
}
