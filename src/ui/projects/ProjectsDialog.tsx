// The projects dialog: every project in this browser with open, rename, its description and
// delete; a new
// project; the Banten demo as a new project; the project file out and in; and the tool a .qdpx is
// exported for ("Export for…"), which decides how its positions are counted.
import { useState } from "react";
import {
  createAndOpenProject,
  deleteProjectAndClose,
  exportProjectFile,
  exportRefiQda,
  importProjectFile,
  loadDemoAsNewProject,
  describeProjectAs,
  renameProjectNamed,
} from "../../app/projectActions";
import type { Project } from "../../core/model/types";
import { EXPORT_TARGETS, type ExportTarget } from "../../formats/refiQda/producers";
import { appDatabase } from "../../persistence/database";
import { summarizeProject } from "../../persistence/projects";
import { useProjects } from "../../state/liveQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { ConfirmDialog, Dialog } from "../Dialog";
import { FilePicker } from "../FilePicker";
import { countNoun, t } from "../../lang";
import "../../lang/enViews";

interface PendingDelete {
  project: Project;
  body: string;
}

export function ProjectsDialog({ open, onClose, currentProjectId }: { open: boolean; onClose(): void; currentProjectId: string | null }) {
  const projects = useProjects() ?? [];
  const openProject = useWorkbench((s) => s.openProject);
  const [newName, setNewName] = useState("");
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [describing, setDescribing] = useState<{ id: string; text: string } | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [target, setTarget] = useState<ExportTarget>("standard");

  const askDelete = async (project: Project) => {
    const s = await summarizeProject(appDatabase(), project.id);
    const body = t("deleteProjectBody", {
      documents: countNoun(s.documents, "document"),
      codes: countNoun(s.codes, "code"),
      codings: countNoun(s.codings, "coding"),
      cases: countNoun(s.cases, "case"),
    });
    setPendingDelete({ project, body });
  };

  return (
    <Dialog title={t("projects")} open={open} onClose={onClose} actions={<button type="button" onClick={onClose}>{t("close")}</button>}>
      <div className="inline-form">
        <label>
          {t("exportFor")}{" "}
          <select value={target} onChange={(event) => setTarget(event.target.value as ExportTarget)} aria-describedby="export-target-hint">
            {EXPORT_TARGETS.map((value) => (
              <option key={value} value={value}>
                {t(`exportTarget_${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="export-target-hint" className="muted small-print">
        {t(`exportTargetHint_${target}`)}
      </p>
      <ul className="project-list" aria-label={t("projects")}>
        {projects.map((project) => (
          <li key={project.id} className={project.id === currentProjectId ? "current" : undefined}>
            {renaming?.id === project.id ? (
              <form
                className="inline-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (renaming.name.trim()) void renameProjectNamed(project.id, renaming.name);
                  setRenaming(null);
                }}
              >
                <input aria-label={t("renameProject", { name: project.name })} value={renaming.name} autoFocus onChange={(e) => setRenaming({ id: project.id, name: e.target.value })} />
                <button type="submit">{t("save")}</button>
                <button type="button" onClick={() => setRenaming(null)}>{t("cancel")}</button>
              </form>
            ) : describing?.id === project.id ? (
              <form
                className="project-description-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void describeProjectAs(project.id, describing.text);
                  setDescribing(null);
                }}
              >
                <label>
                  {t("describeProject", { name: project.name })}
                  <textarea rows={4} value={describing.text} autoFocus aria-describedby={`project-description-hint-${project.id}`} onChange={(e) => setDescribing({ id: project.id, text: e.target.value })} />
                </label>
                <p id={`project-description-hint-${project.id}`} className="muted small-print">
                  {t("projectDescriptionHint")}
                </p>
                <div className="button-row">
                  <button type="submit">{t("save")}</button>
                  <button type="button" onClick={() => setDescribing(null)}>{t("cancel")}</button>
                </div>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="link-button project-name"
                  aria-label={t("openProject", { name: project.name })}
                  aria-current={project.id === currentProjectId ? "true" : undefined}
                  onClick={() => {
                    openProject(project.id);
                    onClose();
                  }}
                >
                  {project.name}
                  {project.id === currentProjectId && <span className="project-open-now" aria-hidden="true"> {t("projectOpenNow")}</span>}
                </button>
                {project.description && <p className="project-description muted small-print">{project.description}</p>}
                <button type="button" aria-label={t("renameProject", { name: project.name })} onClick={() => setRenaming({ id: project.id, name: project.name })}>
                  {t("rename")}
                </button>
                <button type="button" aria-label={t("describeProject", { name: project.name })} onClick={() => setDescribing({ id: project.id, text: project.description ?? "" })}>
                  {t("describe")}
                </button>
                <button type="button" aria-label={`${t("exportProject")}: ${project.name}`} onClick={() => void exportProjectFile(project.id)}>
                  {t("exportProject")}
                </button>
                <button type="button" aria-label={`${t("exportRefiQda")}: ${project.name}`} onClick={() => void exportRefiQda(project.id, target)}>
                  {t("exportRefiQda")}
                </button>
                <button type="button" className="danger" aria-label={t("deleteProject", { name: project.name })} onClick={() => void askDelete(project)}>
                  {t("delete")}
                </button>
              </>
            )}
          </li>
        ))}
        {projects.length === 0 && <li className="muted">{t("noProjects")}</li>}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!newName.trim()) return;
          void createAndOpenProject(newName);
          setNewName("");
          onClose();
        }}
      >
        <input aria-label={t("newProjectName")} placeholder={t("newProjectName")} value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" className="primary" disabled={!newName.trim()}>
          {t("newProject")}
        </button>
      </form>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            void loadDemoAsNewProject();
            onClose();
          }}
        >
          {t("loadDemo")}
        </button>
        <FilePicker
          label={t("importProject")}
          accept=".json,.qdpx,.qde,application/json"
          onFiles={([file]) => {
            void importProjectFile(file!);
            onClose();
          }}
        />
      </div>
      <p className="muted small-print">{t("importProjectHint")}</p>
      <ConfirmDialog
        open={pendingDelete !== null}
        danger
        title={pendingDelete ? t("deleteProjectTitle", { name: pendingDelete.project.name }) : ""}
        body={pendingDelete?.body ?? ""}
        confirmLabel={t("delete")}
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          if (pendingDelete) void deleteProjectAndClose(pendingDelete.project.id);
          setPendingDelete(null);
        }}
      />
    </Dialog>
  );
}
