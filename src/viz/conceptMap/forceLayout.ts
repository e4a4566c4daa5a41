// The force layout: d3-force, started from the radial layout and gently pulled back towards it, so
// the map keeps its centre-out reading order while related nodes draw together and crowded ones
// push apart. The topic is pinned in the centre.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import type { ConceptLink, ConceptNode } from "../../core/analysis/conceptGraph";
import type { Point } from "./radialLayout";

export interface MapNode extends SimulationNodeDatum {
  id: string;
  node: ConceptNode;
  /** Radius of the node's shape (for the topic's pill, half its width). */
  r: number;
  /** Where the radial layout puts the node. */
  home: Point;
  /** Moved by the user: stays where it was dropped until double-clicked. */
  pinned: boolean;
  /** The side its label is drawn on, as last placed. */
  side?: LabelSide;
}

export type LabelSide = "left" | "right" | "above" | "below" | "inside";

export interface MapLink extends SimulationLinkDatum<MapNode> {
  link: ConceptLink;
  source: MapNode;
  target: MapNode;
}

export function forceLayout(nodes: MapNode[], links: MapLink[]): Simulation<MapNode, MapLink> {
  const homeDistance = (l: MapLink) => Math.hypot(l.source.home.x - l.target.home.x, l.source.home.y - l.target.home.y);
  const strength = (l: MapLink) => (l.link.kind === "case" ? 0.02 : l.link.kind === "cooccurrence" ? 0.08 : 0.5);
  const pull = (d: MapNode) => (d.node.kind === "topic" ? 0 : d.node.kind === "case" ? 0.12 : 0.07);
  return forceSimulation(nodes)
    .force("link", forceLink<MapNode, MapLink>(links).id((d) => d.id).distance((l) => (l.link.kind === "cooccurrence" ? 90 : homeDistance(l))).strength(strength))
    .force("charge", forceManyBody<MapNode>().strength(-160).distanceMax(260))
    .force("collide", forceCollide<MapNode>((d) => (d.node.kind === "topic" ? d.r : d.r + 16)).strength(0.9))
    .force("x", forceX<MapNode>((d) => d.home.x).strength(pull))
    .force("y", forceY<MapNode>((d) => d.home.y).strength(pull))
    .stop();
}
