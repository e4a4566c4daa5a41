// What a screen reader should hear after an action that changes the transcript without moving the
// focus (a code applied or removed, undo, redo). The Announcer component speaks it politely.
import { create } from "zustand";

interface AnnouncerState {
  message: string;
  /** Counts announcements, so that the same words said twice are heard twice. */
  count: number;
  announce(message: string): void;
}

export const useAnnouncer = create<AnnouncerState>((set) => ({
  message: "",
  count: 0,
  announce: (message) => set((s) => ({ message, count: s.count + 1 })),
}));

export const announce = (message: string): void => useAnnouncer.getState().announce(message);
