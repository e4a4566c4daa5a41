// Telling the other tabs of this browser that a project changed: every saved command is announced
// on a BroadcastChannel, and a tab showing that project says so (its live queries have already
// brought the view up to date; the notice makes the other tab's hand in it visible).
import { t } from "../lang";
import { useWorkbench } from "../state/workbenchStore";

const CHANNEL = "telaah-project-changes";
/** A burst of changes elsewhere (a run of codings) is told once in this many milliseconds. */
const QUIET_MS = 10_000;

let channel: BroadcastChannel | null | undefined;

function changes(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells the other tabs that this tab saved a change to the project. */
export function announceChange(projectId: string): void {
  changes()?.postMessage({ projectId });
}

/** Listens for changes other tabs make to the open project; returns the way to stop listening. */
export function noticeOtherTabs(): () => void {
  const listening = changes();
  if (!listening) return () => {};
  let toldAt = -Infinity;
  const onMessage = (event: MessageEvent<{ projectId?: unknown }>) => {
    const store = useWorkbench.getState();
    if (event.data.projectId !== store.projectId || performance.now() - toldAt < QUIET_MS) return;
    toldAt = performance.now();
    store.notify("info", t("changedInAnotherTab"));
  };
  listening.addEventListener("message", onMessage);
  return () => listening.removeEventListener("message", onMessage);
}
