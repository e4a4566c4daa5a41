// Actions on saved map views behind the concept map, each a command (one undo step, like coding).
import { changeMapView, createMapView, deleteMapView } from "../core/commands/mapViewCommands";
import type { StepLabel } from "../core/commands/stepLabel";
import { newId } from "../core/model/ids";
import type { MapView } from "../core/model/mapView";
import { runCommand } from "./commandRunner";

export const addMapView = (projectId: string, name: string, from?: MapView) => runCommand(projectId, () => createMapView(projectId, name, newId, from));
export const updateMapView = (view: MapView, patch: Partial<Omit<MapView, "id" | "projectId">>, label: StepLabel) => runCommand(view.projectId, () => changeMapView(view, patch, label));
export const removeMapView = (view: MapView) => runCommand(view.projectId, () => deleteMapView(view));
