// The concept map's controls: layout, which links to show and the minimum link weight (MapOptions);
// fitting the map in view and the three exports (MapActions). Every control has a visible label.
import { t } from "../../lang";
import type { MapLayout } from "./renderMap";

export interface MapSettings {
  layout: MapLayout;
  includeCases: boolean;
  includeCooccurrence: boolean;
  minWeight: number;
}

export type MapExportKind = "svg" | "png" | "html";

interface OptionsProps {
  settings: MapSettings;
  onChange(settings: MapSettings): void;
  /** The heaviest case or co-occurrence link: the top of the minimum weight's range. */
  maxWeight: number;
}

export function MapOptions({ settings, onChange, maxWeight }: OptionsProps) {
  const set = (patch: Partial<MapSettings>) => onChange({ ...settings, ...patch });
  const minWeight = Math.min(settings.minWeight, maxWeight);
  return (
    <div className="concept-map-options">
      <label className="concept-map-field">
        {t("mapLayout")}
        <select value={settings.layout} onChange={(e) => set({ layout: e.target.value as MapLayout })}>
          <option value="force">{t("mapLayoutForce")}</option>
          <option value="radial">{t("mapLayoutRadial")}</option>
        </select>
      </label>
      <label className="checkbox-label">
        <input type="checkbox" checked={settings.includeCases} onChange={(e) => set({ includeCases: e.target.checked })} />
        {t("mapShowCases")}
      </label>
      <label className="checkbox-label">
        <input type="checkbox" checked={settings.includeCooccurrence} onChange={(e) => set({ includeCooccurrence: e.target.checked })} />
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
          onChange={(e) => set({ minWeight: Number(e.target.value) })}
        />
        <output className="concept-map-weight">{minWeight}</output>
      </label>
    </div>
  );
}

interface ActionsProps {
  onFit(): void;
  onExport(kind: MapExportKind): void;
  disabled: boolean;
}

export function MapActions({ onFit, onExport, disabled }: ActionsProps) {
  return (
    <div className="button-row concept-map-actions">
      <button type="button" onClick={onFit}>
        {t("mapFit")}
      </button>
      <button type="button" onClick={() => onExport("svg")} disabled={disabled}>
        {t("mapExportSvg")}
      </button>
      <button type="button" onClick={() => onExport("png")} disabled={disabled}>
        {t("mapExportPng")}
      </button>
      <button type="button" onClick={() => onExport("html")} disabled={disabled}>
        {t("mapExportHtml")}
      </button>
    </div>
  );
}
