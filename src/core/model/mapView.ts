// A saved view of the concept map: its name, layout and options, the topic's label, which themes
// are shown, hidden nodes and pinned positions. Saved with the project (several per project) and
// in its project file; every change is a command (core/commands/mapViewCommands).
import type { Id } from "./types";

export type MapViewLayout = "force" | "radial" | "hierarchy" | "bipartite";
export type HierarchyMeasure = "references" | "characters" | "coverage";

export interface MapView {
  id: Id;
  projectId: Id;
  name: string;
  layout: MapViewLayout;
  includeCases: boolean;
  includeCooccurrence: boolean;
  minWeight: number;
  /** The topic's label; empty: the project's name. */
  topic: string;
  /** The themes shown; null: all of them. */
  themes: Id[] | null;
  /** Node ids left out (codes, themes, cases). */
  hidden: Id[];
  /** Node ids (the topic's is "topic") placed by hand, at map coordinates. */
  pins: Record<string, { x: number; y: number }>;
  hierarchyMeasure: HierarchyMeasure;
}

export function defaultMapView(projectId: Id, id: Id, name: string): MapView {
  return { id, projectId, name, layout: "force", includeCases: true, includeCooccurrence: true, minWeight: 1, topic: "", themes: null, hidden: [], pins: {}, hierarchyMeasure: "references" };
}

/** What a view refers to that the project does not have: themes, hidden nodes and pins of missing codes or cases. */
export function mapViewReferenceProblems(view: Pick<MapView, "name" | "themes" | "hidden" | "pins">, codeIds: ReadonlySet<Id>, caseIds: ReadonlySet<Id>, topicId: string): string[] {
  const problems: string[] = [];
  const node = (id: string) => id === topicId || codeIds.has(id) || caseIds.has(id);
  for (const theme of view.themes ?? []) if (!codeIds.has(theme)) problems.push(`map view "${view.name}" shows a missing theme (${theme})`);
  for (const id of view.hidden) if (!node(id)) problems.push(`map view "${view.name}" hides a missing node (${id})`);
  for (const id of Object.keys(view.pins)) if (!node(id)) problems.push(`map view "${view.name}" pins a missing node (${id})`);
  return problems;
}
