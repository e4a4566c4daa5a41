// The layout the researcher chose, kept per browser (localStorage): the widths of the documents
// and codebook panels (drawn narrower when the window is too small for them), and the colour
// scheme (null follows the system's prefers-color-scheme).
import { useSyncExternalStore } from "react";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export type SidePanel = "documents" | "codebook";
export type ColorScheme = "light" | "dark";

/** Widths in CSS pixels each side panel may take. */
export const PANEL_LIMITS: Record<SidePanel, { min: number; max: number; initial: number }> = {
  documents: { min: 160, max: 480, initial: 240 },
  codebook: { min: 240, max: 640, initial: 336 },
};

interface LayoutState {
  widths: Record<SidePanel, number>;
  colorScheme: ColorScheme | null;
  setWidth(panel: SidePanel, width: number): void;
  setColorScheme(scheme: ColorScheme | null): void;
}

function clampWidth(panel: SidePanel, width: number): number {
  const { min, max } = PANEL_LIMITS[panel];
  return Math.round(Math.min(max, Math.max(min, width)));
}

export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      widths: { documents: PANEL_LIMITS.documents.initial, codebook: PANEL_LIMITS.codebook.initial },
      colorScheme: null,
      setWidth: (panel, width) => set((s) => ({ widths: { ...s.widths, [panel]: clampWidth(panel, width) } })),
      setColorScheme: (colorScheme) => set({ colorScheme }),
    }),
    { name: "telaah-layout", storage: createJSONStorage(() => localStorage) },
  ),
);

/** The share of the window a side panel takes at most, so that the transcript keeps its room. */
const WINDOW_SHARE: Record<SidePanel, number> = { documents: 0.2, codebook: 0.3 };

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

/** The widths the side panels are drawn at: as chosen, unless the window is too narrow for that. */
export function useDrawnWidths(): Record<SidePanel, number> {
  const widths = useLayout((s) => s.widths);
  const windowWidth = useSyncExternalStore(subscribeToResize, () => window.innerWidth, () => 1440);
  const drawn = (panel: SidePanel) => Math.min(widths[panel], Math.max(PANEL_LIMITS[panel].min, Math.round(windowWidth * WINDOW_SHARE[panel])));
  return { documents: drawn("documents"), codebook: drawn("codebook") };
}
