// Team sync in the app: the open project, when shared, syncs through its server while it is open.
// Every saved diff is mirrored to the team; a colleague's changes arrive as diffs written to the
// database (the views redraw from it). Sharing, joining from a link, changing the token, leaving
// (the local copy stays) and stopping the share are here; what the views show is in the sync store.
// This module loads after the page (App imports it lazily), and Yjs and the Hocuspocus provider only
// once a shared project is opened; the command runner mirrors through src/app/teamSession.ts.
import { newId } from "../core/model/ids";
import { listCoders } from "../persistence/coders";
import { appDatabase } from "../persistence/database";
import { readProjectContent } from "../persistence/projects";
import { forgetShare, projectOfRoom, readShare, writeShare } from "../persistence/shares";
import { chosenCoderId, resolveCoder, useCoderStore } from "../state/coderStore";
import { useSyncStore } from "../state/syncStore";
import { useWorkbench } from "../state/workbenchStore";
import { coderColor } from "../sync/presence";
import type { ProjectSync } from "../sync/projectSync";
import { httpAddress, newToken, parseJoinFragment, type ShareSettings } from "../sync/shareLink";
import { createCoder } from "../core/commands/coderCommands";
import { t } from "../lang";
import { currentTeamSession, markShared, setTeamSession } from "./teamSession";
import "../lang/enViews";

async function currentCoder(projectId: string) {
  return resolveCoder(await listCoders(appDatabase(), projectId), chosenCoderId(projectId));
}

/** Ends the open project's sync (its saved copy of the shared doc is kept unless `forget`). */
async function endSession(forget = false): Promise<void> {
  const ending = currentTeamSession();
  setTeamSession(null);
  useSyncStore.getState().set({ projectId: null, share: null, status: "offline", peers: [], deletions: new Map() });
  if (!ending) return;
  ending.stop();
  await ending.sync.close(forget);
}

/** Starts syncing a project that is shared (nothing when it is not). */
async function startSession(projectId: string, share: ShareSettings): Promise<ProjectSync> {
  await endSession();
  markShared(projectId, true);
  const coder = await currentCoder(projectId);
  const notify = useWorkbench.getState().notify;
  // Yjs and the provider load with the first shared project, not with the page.
  const { ProjectSync } = await import("../sync/projectSync");
  const sync = ProjectSync.start({
    db: appDatabase(),
    projectId,
    server: share.server,
    room: share.room,
    token: share.token,
    coder: { id: coder?.id ?? "", name: coder?.name ?? "", color: coderColor(coder?.id ?? "") },
    onError: (error) => notify("error", error instanceof Error ? error.message : String(error)),
  });
  // The session is set at once, so that every diff saved from now on reaches the doc (buffered
  // until its saved copy has loaded) before the doc's records are written to the database.
  const store = useSyncStore.getState();
  const show = () => store.set({ projectId, share, status: sync.status, peers: sync.peers(), deletions: sync.deletions() });
  const unsubscribe = sync.subscribe(show);
  const stopFollowing = useWorkbench.subscribe((s, before) => {
    if (s.documentId !== before.documentId) sync.setPresence({ documentId: s.documentId });
  });
  const stopFollowingCoder = useCoderStore.subscribe(() => {
    void currentCoder(projectId).then((now) => {
      const current = currentTeamSession();
      if (!now || current?.projectId !== projectId || now.name === current.coderName) return;
      current.coderName = now.name;
      sync.setPresence({ coderId: now.id, name: now.name, color: coderColor(now.id) });
    });
  });
  sync.setPresence({ documentId: useWorkbench.getState().documentId });
  const onRemote = () => store.set({ deletions: sync.deletions() });
  sync.doc.on("update", onRemote);
  // The browser going offline may leave its WebSocket open but dead: the sync is disconnected then,
  // and connected again when the network is back.
  const goOffline = () => sync.disconnect();
  const goOnline = () => void sync.connect();
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);
  if (!navigator.onLine) sync.disconnect();
  setTeamSession({
    projectId,
    sync,
    coderName: coder?.name ?? "",
    stop: () => {
      unsubscribe();
      stopFollowing();
      stopFollowingCoder();
      sync.doc.off("update", onRemote);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    },
  });
  await sync.ready;
  show();
  return sync;
}

/** Follows the open project: a shared one syncs while it is open. Returns the way to stop. */
export function followOpenProject(): () => void {
  const follow = async (projectId: string | null) => {
    if (currentTeamSession()?.projectId === projectId) return;
    const share = projectId ? await readShare(appDatabase(), projectId) : null;
    if (projectId && share) await startSession(projectId, share);
    else await endSession();
  };
  void follow(useWorkbench.getState().projectId);
  return useWorkbench.subscribe((s, before) => {
    if (s.projectId !== before.projectId) void follow(s.projectId);
  });
}

/** Shares the project through a sync server: a room, a new token, the whole project in it. */
export async function shareProject(projectId: string, server: string): Promise<ShareSettings | null> {
  try {
    const content = await readProjectContent(appDatabase(), projectId);
    const share: ShareSettings = { server: server.trim().replace(/\/+$/, ""), room: newId(), token: newToken(), name: content.project.name };
    await writeShare(appDatabase(), projectId, share);
    const sync = await startSession(projectId, share);
    sync.seed(content);
    return share;
  } catch (error) {
    useWorkbench.getState().notify("error", error instanceof Error ? error.message : String(error));
    return null;
  }
}

/**
 * Joins a shared project from a join link's fragment: a local project is made (or the one that
 * already takes part in that room is opened), syncs, and the user codes as `coderName` (an
 * existing coder of that name, else a new one).
 */
export async function joinSharedProject(share: ShareSettings, coderName: string): Promise<string> {
  const db = appDatabase();
  let projectId = await projectOfRoom(db, share.server, share.room);
  if (!projectId) {
    projectId = newId();
    await db.projects.add({ id: projectId, name: share.name, created: new Date().toISOString(), modified: new Date().toISOString() });
  }
  await writeShare(db, projectId, share);
  const sync = await startSession(projectId, share);
  await waitForFirstSync(sync);
  const coders = await listCoders(db, projectId);
  const name = coderName.trim();
  let coder = coders.find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (!coder) {
    const { runCommand, loadModel } = await import("./commandRunner");
    const id = newId();
    await runCommand(projectId, async () => createCoder(await loadModel(projectId, {}), { id, projectId, name }));
    coder = { id, projectId, name };
  }
  const { chooseCoder } = await import("./coderActions");
  chooseCoder(projectId, coder.id);
  useWorkbench.getState().openProject(projectId);
  return projectId;
}

/** Waits (a little) for the first sync, so that a joining browser sees the project's coders. */
function waitForFirstSync(sync: ProjectSync, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    if (sync.status === "synced") return resolve();
    const timer = setTimeout(done, timeoutMs);
    const unsubscribe = sync.subscribe(() => {
      if (sync.status === "synced") done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe();
      void sync.whenIdle().then(resolve);
    }
  });
}

/** The join link in the address bar, if any, taken out of it (so that the token is not kept in the history). */
export function takeJoinLink(): ShareSettings | null {
  const share = parseJoinFragment(window.location.hash);
  if (share) history.replaceState(null, "", window.location.pathname + window.location.search);
  return share;
}

/** A request to the sync server about a room, with the room's current token. */
async function roomRequest(share: ShareSettings, method: "POST" | "DELETE", path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${httpAddress(share.server)}/rooms/${encodeURIComponent(share.room)}${path}`, {
    method,
    headers: { Authorization: `Bearer ${share.token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(t("syncServerRefused", { status: response.status }));
}

/** A new token for the project's room: links with the old one stop working. */
export async function changeToken(projectId: string): Promise<ShareSettings | null> {
  const share = await readShare(appDatabase(), projectId);
  if (!share) return null;
  try {
    const next = { ...share, token: newToken() };
    await roomRequest(share, "POST", "/token", { token: next.token });
    await writeShare(appDatabase(), projectId, next);
    await startSession(projectId, next);
    return next;
  } catch (error) {
    useWorkbench.getState().notify("error", error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Leaves a shared project: it stops syncing here; the local copy stays, as a project of this browser. */
export async function leaveSharedProject(projectId: string): Promise<void> {
  if (currentTeamSession()?.projectId === projectId) await endSession(true);
  await forgetShare(appDatabase(), projectId);
  markShared(projectId, false);
}

/** Stops sharing: the server forgets the room (colleagues keep their copies), and this browser leaves it. */
export async function stopSharing(projectId: string): Promise<boolean> {
  const share = await readShare(appDatabase(), projectId);
  try {
    if (share) await roomRequest(share, "DELETE", "");
    await leaveSharedProject(projectId);
    return true;
  } catch (error) {
    useWorkbench.getState().notify("error", error instanceof Error ? error.message : String(error));
    return false;
  }
}
