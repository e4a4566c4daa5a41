// The concept map's controls: the saved view (choose, save as new, rename, delete), layout, which
// links to show, the minimum link weight, the hierarchy chart's measure, the topic's label and the
// themes shown (MapOptions); fitting the map in view and the exports (MapActions). Every control has
// a visible label; every change of a view is a command, one step of undo.
import { useState } from "react";
import type { Code } from "../../core/model/types";
import type { HierarchyMeasure, MapView, MapViewLayout } from "../../core/model/mapView";
import { t } from "../../lang";
import { stepLabel, type StepLabel } from "../../core/commands/stepLabel";
import "../../lang/enViews";

export type MapExportKind = "svg" | "png" | "pdf" | "html";
export type PngSize = "1600" | "3200" | "a4" | "column";

interface ViewProps {
  views: MapView[];
  current: MapView;
  onSelect(id: string): void;
  onSaveAs(name: string): void;
  onRename(name: string): void;
  onDelete(): void;
}

export function MapViews({ views, current, onSelect, onSaveAs, onRename, onDelete }: ViewProps) {
  const [name, setName] = useState("");
  const stored = views.some((v) => v.id === current.id);
  return (
    <div className="concept-map-options">
      <label className="concept-map-field">
        {t("mapViews")}
        <select value={stored ? current.id : ""} onChange={(e) => onSelect(e.target.value)}>
          {!stored && <option value="">{current.name}</option>}
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      <label className="concept-map-field">
        {t("mapViewName")}
        <input value={name} onChange={(e) => setName(e.target.value)} size={14} />
      </label>
      <button type="button" disabled={!name.trim()} onClick={() => (onSaveAs(name), setName(""))}>
        {t("mapViewNew")}
      </button>
      <button type="button" disabled={!name.trim() || !stored} onClick={() => (onRename(name), setName(""))}>
        {t("mapViewRename")}
      </button>
      <button type="button" disabled={!stored} onClick={onDelete}>
        {t("mapViewDelete")}
      </button>
    </div>
  );
}

interface OptionsProps {
  view: MapView;
  themes: Code[];
  onChange(patch: Partial<MapView>, label: StepLabel): void;
  /** The heaviest case or co-occurrence link: the top of the minimum weight's range. */
  maxWeight: number;
  projectName: string;
}

export function MapOptions({ view, themes, onChange, maxWeight, projectName }: OptionsProps) {
  const minWeight = Math.min(view.minWeight, maxWeight);
  const [topic, setTopic] = useState(view.topic);
  const [editing, setEditing] = useState(false);
  const shownTopic = editing ? topic : view.topic;
  const shown = new Set(view.themes ?? themes.map((c) => c.id));
  const commitTopic = () => {
    setEditing(false);
    if (topic.trim() !== view.topic) onChange({ topic: topic.trim() }, stepLabel("renameMapTopic", { name: topic.trim() || projectName }));
  };
  return (
    <div className="concept-map-options">
      <label className="concept-map-field">
        {t("mapLayout")}
        <select value={view.layout} onChange={(e) => onChange({ layout: e.target.value as MapViewLayout }, stepLabel("changeMapLayout"))}>
          <option value="force">{t("mapLayoutForce")}</option>
          <option value="radial">{t("mapLayoutRadial")}</option>
          <option value="hierarchy">{t("mapLayoutHierarchy")}</option>
          <option value="bipartite">{t("mapLayoutBipartite")}</option>
        </select>
      </label>
      {view.layout === "hierarchy" ? (
        <label className="concept-map-field">
          {t("mapMeasure")}
          <select value={view.hierarchyMeasure} onChange={(e) => onChange({ hierarchyMeasure: e.target.value as HierarchyMeasure }, stepLabel("changeHierarchyMeasure"))}>
            <option value="references">{t("mapMeasureReferences")}</option>
            <option value="characters">{t("mapMeasureCharacters")}</option>
            <option value="coverage">{t("mapMeasureCoverage")}</option>
          </select>
        </label>
      ) : (
        <>
          <label className="checkbox-label">
            <input type="checkbox" checked={view.includeCases} onChange={(e) => onChange({ includeCases: e.target.checked }, stepLabel(e.target.checked ? "showCasesOnMap" : "hideCasesOnMap"))} />
            {t("mapShowCases")}
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={view.includeCooccurrence} onChange={(e) => onChange({ includeCooccurrence: e.target.checked }, stepLabel("toggleCooccurrence"))} />
            {t("mapShowCooccurrence")}
          </label>
          <label className="concept-map-field">
            {t("mapMinWeight")}
            <input
              type="range"
              min={1}
              max={Math.max(1, maxWeight)}
              step={1}
              value={minWeight}
              disabled={maxWeight <= 1}
              onChange={(e) => onChange({ minWeight: Number(e.target.value) }, stepLabel("changeMinWeight"))}
            />
            <output className="concept-map-weight">{minWeight}</output>
          </label>
        </>
      )}
      <label className="concept-map-field">
        {t("mapTopic")}
        <input
          value={shownTopic}
          placeholder={projectName}
          size={24}
          onFocus={() => (setTopic(view.topic), setEditing(true))}
          onChange={(e) => setTopic(e.target.value)}
          onBlur={commitTopic}
          onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
        />
      </label>
      <details className="concept-map-themes">
        <summary>{t("mapThemesShown", { shown: shown.size, all: themes.length })}</summary>
        {themes.map((theme) => (
          <label key={theme.id} className="checkbox-label">
            <input
              type="checkbox"
              checked={shown.has(theme.id)}
              onChange={(e) => {
                const next = themes.filter((c) => (c.id === theme.id ? e.target.checked : shown.has(c.id))).map((c) => c.id);
                onChange({ themes: next.length === themes.length ? null : next }, stepLabel(e.target.checked ? "showThemeOnMap" : "hideThemeOnMap", { name: theme.name }));
              }}
            />
            {theme.name}
          </label>
        ))}
      </details>
    </div>
  );
}

interface ActionsProps {
  onFit(): void;
  onExport(kind: MapExportKind): void;
  pngSize: PngSize;
  onPngSize(size: PngSize): void;
  disabled: boolean;
}

export function MapActions({ onFit, onExport, pngSize, onPngSize, disabled }: ActionsProps) {
  return (
    <div className="button-row concept-map-actions">
      <button type="button" onClick={onFit}>
        {t("mapFit")}
      </button>
      <button type="button" onClick={() => onExport("svg")} disabled={disabled}>
        {t("mapExportSvg")}
      </button>
      <label className="concept-map-field">
        {t("mapPngSize")}
        <select value={pngSize} onChange={(e) => onPngSize(e.target.value as PngSize)}>
          <option value="1600">{t("mapPng1600")}</option>
          <option value="3200">{t("mapPng3200")}</option>
          <option value="a4">{t("mapPngA4")}</option>
          <option value="column">{t("mapPngColumn")}</option>
        </select>
      </label>
      <button type="button" onClick={() => onExport("png")} disabled={disabled}>
        {t("mapExportPng")}
      </button>
      <button type="button" onClick={() => onExport("pdf")} disabled={disabled}>
        {t("mapExportPdf")}
      </button>
      <button type="button" onClick={() => onExport("html")} disabled={disabled}>
        {t("mapExportHtml")}
      </button>
    </div>
  );
}

/** The PNG's width in pixels: fixed, or 300 dpi over a print width (A4 text width 17 cm, a journal column 8.5 cm). */
export function pngWidth(size: PngSize): number {
  const dpi = (cm: number) => Math.round((cm / 2.54) * 300);
  return size === "1600" ? 1600 : size === "3200" ? 3200 : size === "a4" ? dpi(17) : dpi(8.5);
}
