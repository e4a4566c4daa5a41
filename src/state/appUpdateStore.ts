// Whether a new version of the workbench is installed and waiting, and how to switch to it.
import { create } from "zustand";

interface AppUpdateState {
  /** Set when a new version waits: reloads the page into it. */
  reload: (() => void) | null;
  /** "Later": the notice goes until the next new version. */
  dismissed: boolean;
  offerReload(reload: () => void): void;
  dismiss(): void;
}

export const useAppUpdate = create<AppUpdateState>((set) => ({
  reload: null,
  dismissed: false,
  offerReload: (reload) => set({ reload, dismissed: false }),
  dismiss: () => set({ dismissed: true }),
}));
