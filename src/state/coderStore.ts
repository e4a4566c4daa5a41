// Who is coding, and whose codings are shown, per project and kept per browser (local storage):
// the current coder, the transcript's coder filter (mine, all, or chosen coders), coding stripes
// split by coder, and blind coding ("Show only my coding"), which every count and view respects.
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Coder } from "../core/model/types";

export type CoderFilterMode = "mine" | "all" | "chosen";

export interface CoderFilter {
  mode: CoderFilterMode;
  /** The coders shown when the mode is "chosen". */
  chosen: string[];
}

interface ProjectCoding {
  coderId?: string;
  filter?: CoderFilter;
  blind?: boolean;
  stripesByCoder?: boolean;
}

interface CoderState {
  projects: Record<string, ProjectCoding>;
  chooseCoder(projectId: string, coderId: string): void;
  setFilter(projectId: string, filter: CoderFilter): void;
  setBlind(projectId: string, blind: boolean): void;
  setStripesByCoder(projectId: string, byCoder: boolean): void;
}

export const useCoderStore = create<CoderState>()(
  persist(
    (set) => {
      const patch = (projectId: string, change: ProjectCoding) =>
        set((s) => ({ projects: { ...s.projects, [projectId]: { ...s.projects[projectId], ...change } } }));
      return {
        projects: {},
        chooseCoder: (projectId, coderId) => patch(projectId, { coderId }),
        setFilter: (projectId, filter) => patch(projectId, { filter }),
        setBlind: (projectId, blind) => patch(projectId, { blind }),
        setStripesByCoder: (projectId, stripesByCoder) => patch(projectId, { stripesByCoder }),
      };
    },
    { name: "telaah-coders", storage: createJSONStorage(() => localStorage) },
  ),
);

const ALL: CoderFilter = { mode: "all", chosen: [] };

/**
 * The coder chosen in this browser, or the project's first coder (by id, as the database lists
 * them) when none was (or it is gone); the same whatever order `coders` comes in.
 */
export function resolveCoder(coders: readonly Coder[], chosenId: string | undefined): Coder | null {
  return coders.find((c) => c.id === chosenId) ?? coders.reduce<Coder | null>((first, c) => (first === null || c.id < first.id ? c : first), null);
}

export function chosenCoderId(projectId: string): string | undefined {
  return useCoderStore.getState().projects[projectId]?.coderId;
}

export interface ProjectCodingChoice {
  coderId: string | undefined;
  filter: CoderFilter;
  blind: boolean;
  stripesByCoder: boolean;
}

export function useProjectCoding(projectId: string | null): ProjectCodingChoice {
  const state = useCoderStore((s) => (projectId ? s.projects[projectId] : undefined));
  return { coderId: state?.coderId, filter: state?.filter ?? ALL, blind: state?.blind ?? false, stripesByCoder: state?.stripesByCoder ?? false };
}

/** Who is coding in this browser among the project's coders (as useCoders reads them): the chosen coder, else the first; undefined while loading. */
export function useCurrentCoder(projectId: string | null, coders: readonly Coder[] | undefined): Coder | null | undefined {
  const { coderId } = useProjectCoding(projectId);
  return coders && resolveCoder(coders, coderId);
}

/** Whose codings the transcript shows: null for everyone's. Blind coding shows only the current coder's. */
export function shownCoderIds(current: string | null, filter: CoderFilter, blind: boolean): ReadonlySet<string> | null {
  if (blind || filter.mode === "mine") return new Set(current ? [current] : []);
  if (filter.mode === "chosen") return new Set(filter.chosen);
  return null;
}
