// The map as a standalone picture: an SVG file (every style written on its elements, with a title,
// the whole map whatever the zoom, and the legend beside it) and a PNG drawn from it at 2× scale.
import { select } from "d3";
import { drawLegend, type LegendContent } from "./legend";
import { FONT_FAMILY, INK, INK_SOFT } from "./mapStyle";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 24;
const TITLE_HEIGHT = 52;
const GAP = 28;

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
}

/** A copy of the live map, laid out for a file: title on top, the map, the legend to its right. */
export function standaloneSvg(live: SVGSVGElement, legendContent: LegendContent, title: string, subtitle: string): StandaloneSvg {
  const viewport = live.querySelector<SVGGElement>("g[data-role=viewport]");
  if (!viewport) throw new Error("the map is not drawn");
  const box = viewport.getBBox();
  // The legend is drawn (hidden) in the live map to measure its text, then moved to the copy.
  const legendGroup = select(live).append("g").attr("visibility", "hidden");
  const legendBox = drawLegend(legendGroup, legendContent);
  const legend = legendGroup.remove().attr("visibility", null).node()!;
  const mapWidth = Math.ceil(box.width);
  const width = Math.ceil(PAD + mapWidth + GAP + legendBox.width + PAD);
  const height = Math.ceil(TITLE_HEIGHT + PAD + Math.max(box.height, legendBox.height) + PAD);

  const svg = live.cloneNode(true) as SVGSVGElement;
  for (const name of Array.from(svg.attributes, (a) => a.name)) if (name !== "role" && name !== "aria-label") svg.removeAttribute(name);
  svg.setAttribute("xmlns", SVG_NS);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("font-family", FONT_FAMILY);
  svg.querySelectorAll("[data-role=pin]").forEach((pin) => pin.remove());
  svg.querySelectorAll("[opacity]").forEach((element) => element.removeAttribute("opacity"));
  svg.querySelectorAll("[cursor]").forEach((element) => element.removeAttribute("cursor"));
  svg.querySelector("g[data-role=viewport]")?.setAttribute("transform", `translate(${round(PAD - box.x)},${round(TITLE_HEIGHT + PAD - box.y)})`);
  legend.setAttribute("transform", `translate(${PAD + mapWidth + GAP},${TITLE_HEIGHT + PAD})`);
  svg.appendChild(legend);

  const first = svg.firstChild;
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    if (text !== undefined) element.textContent = text;
    svg.insertBefore(element, first);
    return element;
  };
  add("title", {}, title);
  add("rect", { width, height, fill: "#ffffff" });
  add("text", { x: PAD, y: PAD + 10, "font-size": 20, "font-weight": 700, fill: INK }, title);
  add("text", { x: PAD, y: PAD + 30, "font-size": 12, fill: INK_SOFT }, subtitle);
  return { markup: new XMLSerializer().serializeToString(svg), width, height };
}

export function svgFileText(image: StandaloneSvg): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${image.markup}\n`;
}

/** The picture drawn on a canvas at `scale` times its size, as PNG. */
export async function svgToPng(image: StandaloneSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.markup], { type: "image/svg+xml" }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(picture, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
