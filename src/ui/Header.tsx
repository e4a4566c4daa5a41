// The header: the open project and the projects dialog, getting transcripts in, switching between
// the transcript and the cases sheet, and how much browser storage is in use.
import { useState } from "react";
import type { Project } from "../core/model/types";
import { useWorkbench } from "../state/workbenchStore";
import { CoderBadge } from "./CoderBadge";
import { ImportControls } from "./import/ImportControls";
import { ProjectsDialog } from "./projects/ProjectsDialog";
import { StorageBadge } from "./StorageBadge";
import { t } from "./strings";

export function Header({ project }: { project: Project | null }) {
  const [projectsOpen, setProjectsOpen] = useState(false);
  const view = useWorkbench((s) => s.view);
  const showView = useWorkbench((s) => s.showView);
  return (
    <header className="header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={24} height={24} />
        <span className="brand-name">{t("appName")}</span>
      </div>
      <button type="button" className="project-button" onClick={() => setProjectsOpen(true)} aria-haspopup="dialog">
        <span className="project-button-label">{t("project")}</span>
        <span className="project-button-name">{project?.name ?? "—"}</span>
      </button>
      {project && (
        <>
          <div className="view-switch" role="group" aria-label={t("view")}>
            <button type="button" aria-pressed={view === "transcript"} onClick={() => showView("transcript")}>
              {t("transcript")}
            </button>
            <button type="button" aria-pressed={view === "cases"} onClick={() => showView("cases")}>
              {t("cases")}
            </button>
            <button type="button" aria-pressed={view === "matrix"} onClick={() => showView("matrix")}>
              {t("matrix")}
            </button>
            <button type="button" aria-pressed={view === "cooccurrence"} onClick={() => showView("cooccurrence")}>
              {t("cooccurrenceTitle")}
            </button>
            <button type="button" aria-pressed={view === "map"} onClick={() => showView("map")}>
              {t("conceptMap")}
            </button>
          </div>
          <ImportControls projectId={project.id} />
          <CoderBadge projectId={project.id} />
        </>
      )}
      <StorageBadge />
      <ProjectsDialog open={projectsOpen} onClose={() => setProjectsOpen(false)} currentProjectId={project?.id ?? null} />
    </header>
  );
}
