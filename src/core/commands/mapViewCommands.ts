// Commands on saved map views: create, change (any of its settings: layout, options, topic, themes,
// hidden nodes, pins; or its name) and delete. Each returns a diff with its inverse, one undo step.
import { defaultMapView, type MapView } from "../model/mapView";
import type { Id } from "../model/types";
import { emptyChanges, emptyDiff, type CommandResult } from "./diff";
import { stepLabel, type StepLabel } from "./stepLabel";

export function createMapView(projectId: Id, name: string, newId: () => Id, from?: MapView): CommandResult {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A map view needs a name.");
  const view: MapView = from ? { ...structuredClone(from), id: newId(), name: trimmed } : defaultMapView(projectId, newId(), trimmed);
  return { label: stepLabel("newMapView", { name: trimmed }), diff: { ...emptyDiff(), mapViews: { ...emptyChanges<MapView>(), added: [view] } } };
}

/** The view with `patch` applied; `label` names the change for the undo menu. */
export function changeMapView(view: MapView, patch: Partial<Omit<MapView, "id" | "projectId">>, label: StepLabel): CommandResult {
  const after: MapView = { ...view, ...patch };
  if (!after.name.trim()) throw new Error("A map view needs a name.");
  return { label, diff: { ...emptyDiff(), mapViews: { ...emptyChanges<MapView>(), updated: [{ before: view, after }] } } };
}

export function deleteMapView(view: MapView): CommandResult {
  return { label: stepLabel("deleteMapView", { name: view.name }), diff: { ...emptyDiff(), mapViews: { ...emptyChanges<MapView>(), removed: [view] } } };
}
