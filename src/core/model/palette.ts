// Code colours: 24 distinguishable colours, the colour-blind-safe Okabe–Ito set first, then
// Paul Tol's muted and light sets; and the arithmetic to keep coded text readable on them.

export const CODE_PALETTE: readonly string[] = [
  "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999",
  "#332288", "#88ccee", "#44aa99", "#117733", "#999933", "#ddcc77", "#cc6677", "#882255",
  "#aa4499", "#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33",
];

/** The colour a theme or an uncoloured code is drawn in. */
export const NEUTRAL_CODE_COLOR = "#8a94a0";

/** The first palette colour not yet used, or the least used one. */
export function nextPaletteColor(used: Iterable<string | null>): string {
  const counts = new Map(CODE_PALETTE.map((c) => [c, 0]));
  for (const color of used) if (color && counts.has(color.toLowerCase())) counts.set(color.toLowerCase(), counts.get(color.toLowerCase())! + 1);
  let best = CODE_PALETTE[0]!;
  for (const color of CODE_PALETTE) if (counts.get(color)! < counts.get(best)!) best = color;
  return best;
}

function channels(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A colour mixed with another: amount 0 is `base`, 1 the colour itself. */
export function mix(hex: string, base: string, amount: number): string {
  const under = channels(base);
  const mixed = channels(hex).map((c, i) => Math.round(under[i]! + (c - under[i]!) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The surface coded text is drawn on in each colour scheme (the transcript's --surface). */
export const SURFACE = { light: "#ffffff", dark: "#1c2228" } as const;

/**
 * The background and text colour of a coded passage: the code's colour over the transcript's
 * surface (lighter in the light scheme, deeper in the dark one), with black or white text,
 * whichever reads better (never under 4.5:1).
 */
export function highlightColors(color: string, scheme: "light" | "dark"): { background: string; text: string } {
  const background = mix(color, SURFACE[scheme], scheme === "light" ? 0.35 : 0.55);
  return { background, text: readableTextColor(background) };
}

/** Black or white, whichever reads better on the background (WCAG contrast). */
export function readableTextColor(background: string): "#000000" | "#ffffff" {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

/** `#rrggbb` (lower case) from `#rgb`, `#rrggbb`, or either without the `#`; null when empty or not a colour. */
export function normalizeColor(raw: string): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(raw.trim());
  if (!match?.[1]) return null;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex}`;
}
