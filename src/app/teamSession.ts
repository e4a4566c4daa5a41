// The open shared project's sync, as the command runner needs it on every save: kept small, so that
// the page loads without Yjs or the rest of team sync (src/app/teamSync.ts, loaded on its own).
import type { ProjectDiff } from "../core/commands/diff";
import type { ProjectSync } from "../sync/projectSync";

interface TeamSession {
  projectId: string;
  sync: ProjectSync;
  /** The name this browser codes under. */
  coderName: string;
  stop: () => void;
}

let session: TeamSession | null = null;
/** Diffs saved in a shared project before its sync had started (team sync loads after the page). */
let waiting: { projectId: string; diff: ProjectDiff }[] = [];

const markKey = (projectId: string) => `telaah-shared:${projectId}`;

/** Remembers, where it can be read at once, that a project is shared (or no longer is). */
export function markShared(projectId: string, shared: boolean): void {
  if (typeof localStorage === "undefined") return;
  if (shared) localStorage.setItem(markKey(projectId), "1");
  else localStorage.removeItem(markKey(projectId));
}

const isMarkedShared = (projectId: string) => typeof localStorage !== "undefined" && localStorage.getItem(markKey(projectId)) === "1";

export function currentTeamSession(): TeamSession | null {
  return session;
}

/** The session of the open shared project; the diffs saved in it before it started are mirrored first. */
export function setTeamSession(next: TeamSession | null): void {
  session = next;
  if (!next) return;
  for (const { diff } of waiting.filter((w) => w.projectId === next.projectId)) next.sync.mirror(diff);
  waiting = waiting.filter((w) => w.projectId !== next.projectId);
}

/** Carries a diff saved in this browser to the team, when the project is shared (at once if its sync has started). */
export function mirrorToTeam(projectId: string, diff: ProjectDiff): void {
  if (session?.projectId === projectId) session.sync.mirror(diff);
  else if (isMarkedShared(projectId)) waiting.push({ projectId, diff });
}

/** Who changed a record last, when a colleague did (to name them when an undo is refused). */
export function colleagueWhoChanged(projectId: string, recordId: string): string | undefined {
  if (session?.projectId !== projectId) return undefined;
  const by = session.sync.lastChangedBy(recordId);
  return by && by !== session.coderName ? by : undefined;
}
