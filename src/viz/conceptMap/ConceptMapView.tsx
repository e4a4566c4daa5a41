// The concept map of a project (fixtures/banten/README.md, "The mapping to reproduce"): the topic
// in the centre, themes, codes, cases and co-occurrence, drawn with d3 in a force or radial layout,
// with its controls, legend and exports. Mounted by the app for the "map" view.
import { useMemo, useRef, useState } from "react";
import { conceptGraph } from "../../core/analysis/conceptGraph";
import { useCaseSheet, useCodes, useDocumentList, useProject, useProjectCodings } from "../../state/liveQueries";
import { t } from "../../lang";
import "./conceptMap.css";
import { MapCanvas } from "./MapCanvas";
import { MapActions, MapOptions, type MapSettings } from "./MapControls";
import { MapLegend } from "./MapLegend";
import type { ConceptMapRenderer } from "./renderMap";
import { useMapExport, type MapExportSource } from "./useMapExport";

const INITIAL: MapSettings = { layout: "force", includeCases: true, includeCooccurrence: true, minWeight: 1 };

export function ConceptMapView({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const codes = useCodes(projectId);
  const codings = useProjectCodings(projectId);
  const sheet = useCaseSheet(projectId);
  const documents = useDocumentList(projectId);
  const [settings, setSettings] = useState(INITIAL);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const rendererRef = useRef<ConceptMapRenderer | null>(null);

  const input = useMemo(
    () => (project && codes && codings && sheet ? { projectName: project.name, codes, codings, cases: sheet.cases, caseDocuments: sheet.links } : null),
    [project, codes, codings, sheet],
  );
  const { includeCases, includeCooccurrence } = settings;
  const unfiltered = useMemo(() => (input ? conceptGraph(input, { includeCases, includeCooccurrence, minWeight: 0 }) : null), [input, includeCases, includeCooccurrence]);
  const maxWeight = useMemo(
    () => Math.max(1, ...(unfiltered?.links ?? []).filter((l) => l.kind === "case" || l.kind === "cooccurrence").map((l) => l.weight)),
    [unfiltered],
  );
  const minWeight = Math.min(settings.minWeight, maxWeight);
  const graph = useMemo(() => (input ? conceptGraph(input, { includeCases, includeCooccurrence, minWeight }) : null), [input, includeCases, includeCooccurrence, minWeight]);

  const title = t("mapAriaLabel", { name: project?.name ?? "" });
  const summary = useMemo(() => {
    const nodes = unfiltered?.nodes ?? [];
    const count = (kind: string) => nodes.filter((n) => n.kind === kind).length;
    return t("mapSummary", { themes: count("theme"), codes: count("code"), cases: sheet?.cases.length ?? 0, references: nodes.find((n) => n.kind === "topic")?.references ?? 0 });
  }, [unfiltered, sheet]);
  const legend = useMemo(
    () => ({ cases: (graph?.nodes ?? []).some((n) => n.kind === "case"), cooccurrence: (graph?.links ?? []).some((l) => l.kind === "cooccurrence") }),
    [graph],
  );
  const exportSource: MapExportSource | null = useMemo(
    () =>
      input && documents
        ? {
            projectName: input.projectName,
            title,
            subtitle: summary,
            legend,
            tableInput: { codes: input.codes, codings: input.codings, documents, cases: input.cases, caseDocuments: input.caseDocuments },
          }
        : null,
    [input, documents, title, summary, legend],
  );
  const { exporting, exportMap } = useMapExport(svgRef, exportSource);

  if (!graph || !project) return <p className="muted">{t("loading")}</p>;
  const noCodes = codes?.length === 0;
  return (
    <section className="concept-map" aria-label={t("mapTitle")}>
      <header className="concept-map-head">
        <h1>{t("mapTitle")}</h1>
        <MapActions onFit={() => rendererRef.current?.fit(true)} onExport={(kind) => void exportMap(kind)} disabled={exporting || !exportSource || noCodes} />
      </header>
      <MapOptions settings={{ ...settings, minWeight }} onChange={setSettings} maxWeight={maxWeight} />
      {noCodes ? (
        <p className="concept-map-empty">{t("mapEmpty")}</p>
      ) : (
        <MapCanvas graph={graph} layout={settings.layout} label={title} rendererRef={rendererRef} svgRef={svgRef} />
      )}
      <div className="concept-map-foot">
        <MapLegend cases={legend.cases} cooccurrence={legend.cooccurrence} />
        <p className="concept-map-hint">
          {summary}. {t("mapHint")}
        </p>
      </div>
    </section>
  );
}
