// The header: the open project and the projects dialog, getting transcripts in, switching between
// the views, who is coding, team sync (sharing, connection state, who is online), how much browser
// storage is in use, and the dark-mode switch.
import { lazy, Suspense, useState } from "react";
import type { Project } from "../core/model/types";
import { useWorkbench, type WorkbenchView } from "../state/workbenchStore";
import { CoderPicker } from "./CoderPicker";
import { ImportControls } from "./import/ImportControls";
import { LanguageSwitch } from "./LanguageSwitch";
import { StorageBadge } from "./StorageBadge";
import { ColorSchemeSwitch } from "./ColorSchemeSwitch";
import { TeamSyncControls } from "./sync/TeamSyncControls";
import { t, type StringKey } from "../lang";

const VIEWS: { view: WorkbenchView; label: StringKey }[] = [
  { view: "transcript", label: "transcript" },
  { view: "cases", label: "cases" },
  { view: "matrix", label: "matrix" },
  { view: "cooccurrence", label: "cooccurrenceTitle" },
  { view: "map", label: "conceptMap" },
  { view: "explore", label: "explore" },
  { view: "comparison", label: "comparisonTitle" },
];

// The projects dialog loads when first opened, and then stays (the browser returns the focus on closing).
const ProjectsDialog = lazy(() => import("./projects/ProjectsDialog").then((m) => ({ default: m.ProjectsDialog })));

export function Header({ project }: { project: Project | null }) {
  const [projectsOpen, setProjectsOpen] = useState(false);
  const [projectsLoaded, setProjectsLoaded] = useState(false);
  const view = useWorkbench((s) => s.view);
  const showView = useWorkbench((s) => s.showView);
  return (
    <header className="header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <span className="brand-name">{t("appName")}</span>
      </div>
      <button type="button" className="project-button" onClick={() => (setProjectsLoaded(true), setProjectsOpen(true))} aria-haspopup="dialog">
        <span className="project-button-label">{t("project")}</span>
        <span className="project-button-name">{project?.name ?? "—"}</span>
      </button>
      {project && (
        <>
          <div className="view-switch" role="group" aria-label={t("view")}>
            {VIEWS.map(({ view: name, label }) => (
              <button key={name} type="button" aria-pressed={view === name} onClick={() => showView(name)}>
                {t(label)}
              </button>
            ))}
          </div>
          <ImportControls projectId={project.id} />
          <CoderPicker projectId={project.id} />
          <TeamSyncControls project={project} />
        </>
      )}
      <StorageBadge />
      <LanguageSwitch />
      <ColorSchemeSwitch />
      {projectsLoaded && (
        <Suspense fallback={null}>
          <ProjectsDialog open={projectsOpen} onClose={() => setProjectsOpen(false)} currentProjectId={project?.id ?? null} />
        </Suspense>
      )}
    </header>
  );
}
