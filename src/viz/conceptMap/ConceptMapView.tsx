// The concept map of a project (fixtures/banten/README.md, "The mapping to reproduce"): the topic
// in the centre, themes, codes, cases and co-occurrence in a mind-map or force layout, or the
// codebook as a hierarchy chart, or cases × codes; saved views (every change one command), the
// passages behind a node or link on hover and on click, a legend with its scales, and the exports.
// Mounted by the app for the "map" view.
import { useEffect, useMemo, useRef, useState } from "react";
import { codingMatrix } from "../../core/analysis/matrix";
import { conceptGraph, TOPIC_NODE_ID, type ConceptGraphOptions, type ConceptLink } from "../../core/analysis/conceptGraph";
import { defaultMapView, type MapView } from "../../core/model/mapView";
import { addMapView, removeMapView, updateMapView } from "../../app/mapViewActions";
import { formatCount, formatDecimal, t } from "../../lang";
import { useAnalysisInput, useMapViews, useProject } from "../../state/liveQueries";
import { PassageList } from "../../ui/analysis/PassageList";
import "./conceptMap.css";
import type { Point } from "./layout/geometry";
import { MapCanvas } from "./MapCanvas";
import { MapActions, MapOptions, MapViews, type PngSize } from "./MapControls";
import { MapLegend } from "./MapLegend";
import { mapPassages } from "./mapPassages";
import { drawBipartite, drawHierarchy } from "./renderCharts";
import type { ConceptMapRenderer, MapCallbacks, MapTarget } from "./renderMap";
import { useMapExport, type MapExportSource } from "./useMapExport";
import { scaleText } from "./legend";
import { useMemos } from "../../state/memoQueries";
import { stepLabel, type StepLabel } from "../../core/commands/stepLabel";
import "../../lang/enViews";

/** The links the minimum weight applies to (ConceptGraphOptions.minWeight). */
const isWeighted = (link: ConceptLink) => link.kind === "case" || link.kind === "cooccurrence";

export function ConceptMapView({ projectId }: { projectId: string }) {
  const project = useProject(projectId);
  const input = useAnalysisInput(projectId);
  const views = useMapViews(projectId);
  const [selected, setSelected] = useState<string | null>(null);
  const [hover, setHover] = useState<{ target: MapTarget; x: number; y: number } | null>(null);
  const [opened, setOpened] = useState<MapTarget | null>(null);
  const [pngSize, setPngSize] = useState<PngSize>("1600");
  const svgRef = useRef<SVGSVGElement | null>(null);
  const rendererRef = useRef<ConceptMapRenderer | null>(null);

  const view: MapView = useMemo(() => views?.find((v) => v.id === selected) ?? views?.[0] ?? defaultMapView(projectId, "", t("mapViewDefaultName")), [views, selected, projectId]);
  const stored = views?.some((v) => v.id === view.id) ?? false;
  /** A change of the view: a command on the stored view, or (the first change) the view saved with it. */
  const change = (patch: Partial<MapView>, label: StepLabel) => {
    if (stored) void updateMapView(view, patch, label);
    else void addMapView(projectId, view.name, { ...view, ...patch });
  };

  const graphInput = useMemo(() => (project && input ? { projectName: project.name, codes: input.codes, codings: input.codings, documents: input.documents, cases: input.cases, caseDocuments: input.caseDocuments } : null), [project, input]);
  // The filters and pins are kept by value: the view is read again after every change to it (a pin,
  // a rename), and only a change of theirs builds the graph again or places the map again.
  const filtersKey = JSON.stringify({ includeCases: view.includeCases, includeCooccurrence: view.includeCooccurrence, topic: view.topic, themes: view.themes ?? undefined, hidden: view.hidden });
  const filters = useMemo(() => JSON.parse(filtersKey) as Omit<ConceptGraphOptions, "minWeight">, [filtersKey]);
  // Built once with every link; the minimum weight (which only case and co-occurrence links have to
  // meet) is applied to it, so moving the slider builds nothing again.
  const unfiltered = useMemo(() => (graphInput ? conceptGraph(graphInput, { ...filters, minWeight: 0 }) : null), [graphInput, filters]);
  const maxWeight = useMemo(() => Math.max(1, ...(unfiltered?.links ?? []).filter(isWeighted).map((l) => l.weight)), [unfiltered]);
  const minWeight = Math.min(view.minWeight, maxWeight);
  const graph = useMemo(() => unfiltered && { ...unfiltered, links: unfiltered.links.filter((l) => !isWeighted(l) || l.weight >= minWeight) }, [unfiltered, minWeight]);
  const pinsKey = JSON.stringify(view.pins);
  const pins = useMemo(() => new Map<string, Point>(Object.entries(JSON.parse(pinsKey) as MapView["pins"])), [pinsKey]);
  const themes = useMemo(() => (input?.codes ?? []).filter((c) => c.parentId === null).sort((a, b) => a.order - b.order), [input]);
  const chart = view.layout === "hierarchy" || view.layout === "bipartite";

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !input || !graph || !chart) return;
    if (view.layout === "bipartite") drawBipartite(svg, graph);
    else {
      const rows = codingMatrix(input, { columns: { kind: "documents" }, measure: view.hierarchyMeasure }).rows;
      const format = view.hierarchyMeasure === "coverage" ? (v: number) => `${formatDecimal(v, 1)} %` : formatCount;
      drawHierarchy(svg, rows, new Map(input.codes.map((c) => [c.id, c.color])), format);
    }
  }, [chart, view.layout, view.hierarchyMeasure, graph, input]);

  const callbacks: MapCallbacks = useMemo(
    () => ({
      onPin: (id, at) => change({ pins: { ...view.pins, [id]: at } }, stepLabel("pinNode")),
      onUnpin: (id) => {
        const { [id]: _gone, ...rest } = view.pins;
        change({ pins: rest }, stepLabel("unpinNode"));
      },
      onHover: (target, at) => setHover(target ? { target, ...at } : null),
      onOpen: (target) => setOpened(target),
    }),
    [view, stored], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const title = t("mapAriaLabel", { name: view.topic || project?.name || "" });
  const topic = graph?.nodes.find((n) => n.id === TOPIC_NODE_ID);
  const counts = t("mapCounts", { codings: formatCount(topic?.codings ?? 0), passages: formatCount(topic?.references ?? 0) });
  const summary = useMemo(() => {
    const nodes = graph?.nodes ?? [];
    const count = (kind: string) => nodes.filter((n) => n.kind === kind).length;
    return t("mapSummary", { themes: count("theme"), codes: count("code"), cases: count("case"), counts });
  }, [graph, counts]);
  const legend = useMemo(() => ({ cases: (graph?.nodes ?? []).some((n) => n.kind === "case"), cooccurrence: (graph?.links ?? []).some((l) => l.kind === "cooccurrence"), scales: graph ? scaleText(graph) : [] }), [graph]);
  const memos = useMemos(projectId);
  const exportSource: MapExportSource | null = useMemo(
    () => (project && input ? { projectName: project.name, projectDescription: project.description, title, subtitle: summary, legend, input, graph, view, memos: memos ?? [] } : null),
    [project, input, title, summary, legend, graph, view, memos],
  );
  const { exporting, exportMap } = useMapExport(svgRef, exportSource, pngSize);
  const describe = (target: MapTarget) =>
    target.kind === "node" ? target.node.label : `${graph?.nodes.find((n) => n.id === target.link.source)?.label ?? ""} — ${graph?.nodes.find((n) => n.id === target.link.target)?.label ?? ""}`;
  const hoverPassages = useMemo(() => (hover && input ? mapPassages(input, hover.target) : []), [hover, input]);
  const openedPassages = useMemo(() => (opened && input ? mapPassages(input, opened) : []), [opened, input]);

  if (!graph || !project || !input) return <p className="muted">{t("loading")}</p>;
  const noCodes = input.codes.length === 0;
  return (
    <section className="concept-map" aria-label={t("mapTitle")}>
      <header className="concept-map-head">
        <h1>{t("mapTitle")}</h1>
        <MapActions onFit={() => rendererRef.current?.fit(true)} onExport={(kind) => void exportMap(kind)} pngSize={pngSize} onPngSize={setPngSize} disabled={exporting || !exportSource || noCodes} />
      </header>
      <MapViews
        views={views ?? []}
        current={view}
        onSelect={setSelected}
        onSaveAs={(name) => void addMapView(projectId, name, view)}
        onRename={(name) => change({ name: name.trim() }, stepLabel("renameMapView", { name: name.trim() }))}
        onDelete={() => (void removeMapView(view), setSelected(null))}
      />
      <MapOptions view={{ ...view, minWeight }} themes={themes} onChange={change} maxWeight={maxWeight} projectName={project.name} />
      {noCodes ? (
        <p className="concept-map-empty">{t("mapEmpty")}</p>
      ) : chart ? (
        <svg ref={svgRef} key="chart" className="concept-map-svg" role="img" aria-label={title} />
      ) : (
        <MapCanvas key="map" graph={graph} layout={view.layout === "radial" ? "radial" : "force"} pins={pins} callbacks={callbacks} label={title} rendererRef={rendererRef} svgRef={svgRef} />
      )}
      {hover && !chart && hoverPassages.length > 0 && (
        <div className="concept-map-hover" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          <strong>{describe(hover.target)}</strong>
          <ul>
            {hoverPassages.slice(0, 4).map((p) => (
              <li key={p.key}>
                <span className="muted">{p.caseName || p.documentName}:</span> {p.text.length > 140 ? `${p.text.slice(0, 139)}…` : p.text}
              </li>
            ))}
          </ul>
          {hoverPassages.length > 4 && <p className="muted">{t("mapPassagesMore", { count: hoverPassages.length - 4 })}</p>}
        </div>
      )}
      <div className="concept-map-foot">
        <MapLegend cases={legend.cases} cooccurrence={legend.cooccurrence} scales={legend.scales} />
        <p className="concept-map-hint">
          {summary}. {t("mapHint")}
          {view.hidden.length > 0 && (
            <button type="button" className="link-button concept-map-show-hidden" onClick={() => change({ hidden: [] }, stepLabel("showHiddenNodes"))}>
              {t("mapShowHidden", { count: view.hidden.length })}
            </button>
          )}
        </p>
      </div>
      {opened && (
        <div className="concept-map-opened">
          {opened.kind === "node" && opened.node.id !== TOPIC_NODE_ID && (
            <button type="button" onClick={() => (change({ hidden: [...view.hidden, opened.node.id] }, stepLabel("hideNode", { name: opened.node.label })), setOpened(null))}>
              {t("mapHide")}
            </button>
          )}
          <PassageList title={describe(opened)} passages={openedPassages} />
        </div>
      )}
    </section>
  );
}
