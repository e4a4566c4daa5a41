// The open project's team sync as the views show it: whether it is shared, the connection state,
// who else is online, and the codings whose code a colleague deleted (kept, to be reassigned).
import { create } from "zustand";
import type { CodeDeletion } from "../sync/docLayout";
import type { Peer } from "../sync/presence";
import type { SyncStatus } from "../sync/projectSync";
import type { ShareSettings } from "../sync/shareLink";

interface SyncState {
  /** The project the rest describes; null when the open project is not shared. */
  projectId: string | null;
  share: ShareSettings | null;
  status: SyncStatus;
  peers: Peer[];
  deletions: Map<string, CodeDeletion>;
  set(change: Partial<Omit<SyncState, "set">>): void;
}

export const useSyncStore = create<SyncState>()((set) => ({
  projectId: null,
  share: null,
  status: "offline",
  peers: [],
  deletions: new Map(),
  set: (change) => set(change),
}));
