// The force layout: d3-force, started from the radial layout and gently pulled back towards it, so
// the map keeps its centre-out reading order while related nodes draw together and crowded ones
// push apart; node boxes and label boxes collide. It runs a fixed number of steps from a seeded
// start, unseen, so the same project always settles the same way. The topic stays in the centre.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Force, type SimulationLinkDatum, type SimulationNodeDatum } from "d3";
import type { ConceptLink, ConceptNode } from "../../core/analysis/conceptGraph";
import { seededRandom, type Box, type Point } from "./layout/geometry";
import { pushApart, relativeBoxes } from "./layout/separate";

export interface ForceItem extends SimulationNodeDatum {
  id: string;
  node: ConceptNode;
  /** Where the radial layout puts the node. */
  home: Point;
  /** The shape's box and the label's box (on its side), relative to the node's centre. */
  shape: Box;
  label: Box | null;
}

export interface ForceLink extends SimulationLinkDatum<ForceItem> {
  link: ConceptLink;
  source: ForceItem;
  target: ForceItem;
}

/** Steps of the simulation, cooled to d3's minimum in that many (it starts from the radial layout, near its end). */
export const FORCE_STEPS = 60;
const SEED = 0x7e1aa;

/** Runs the simulation to its end (positions written to the items); fixed items (fx, fy set) stay. */
export function runForceLayout(items: ForceItem[], links: ForceLink[]): void {
  const homeDistance = (l: ForceLink) => Math.hypot(l.source.home.x - l.target.home.x, l.source.home.y - l.target.home.y);
  const strength = (l: ForceLink) => (l.link.kind === "case" ? 0.02 : l.link.kind === "cooccurrence" ? 0.08 : 0.5);
  const pull = (d: ForceItem) => (d.node.kind === "topic" ? 0 : d.node.kind === "case" ? 0.12 : 0.07);
  const simulation = forceSimulation(items)
    .randomSource(seededRandom(SEED))
    .alphaDecay(1 - Math.pow(0.001, 1 / FORCE_STEPS))
    .force("link", forceLink<ForceItem, ForceLink>(links).id((d) => d.id).distance((l) => (l.link.kind === "cooccurrence" ? 90 : homeDistance(l))).strength(strength))
    .force("charge", forceManyBody<ForceItem>().strength(-160).distanceMax(260))
    .force("boxes", boxCollide(0.6))
    .force("x", forceX<ForceItem>((d) => d.home.x).strength(pull))
    .force("y", forceY<ForceItem>((d) => d.home.y).strength(pull))
    .stop();
  simulation.tick(FORCE_STEPS);
}

/** A collision force on the boxes of shapes and labels: overlapping boxes of two nodes push their nodes apart. */
function boxCollide(strength: number): Force<ForceItem, ForceLink> {
  let items: ForceItem[] = [];
  let boxes: Float64Array = new Float64Array(0);
  const force = () => {
    pushApart(items, boxes, 4, strength / 2, (item, dx, dy) => {
      item.vx = (item.vx ?? 0) + dx;
      item.vy = (item.vy ?? 0) + dy;
    });
  };
  force.initialize = (nodes: ForceItem[]) => {
    items = nodes;
    boxes = relativeBoxes(nodes);
  };
  return force;
}
