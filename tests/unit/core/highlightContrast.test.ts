// Coded text stays readable: the contrast function agrees with published WCAG figures, and every
// colour of the palette (and the neutral theme colour), drawn as a highlight in the light and the
// dark scheme, keeps its text at 4.5:1 or more.
import { describe, expect, it } from "vitest";
import { CODE_PALETTE, contrastRatio, highlightColors, NEUTRAL_CODE_COLOR, SURFACE } from "../../../src/core/model/palette";

describe("contrastRatio", () => {
  it("gives the WCAG figures", () => {
    // Black on white is 21:1; #777777 on white is 4.48:1 and #767676 the lightest grey passing 4.5:1
    // (WebAIM's contrast checker); equal colours are 1:1, in either order.
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#777777")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#1f4e5f", "#1f4e5f")).toBe(1);
  });
});

describe("highlight colours", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`keep 4.5:1 text over the whole palette in the ${scheme} scheme`, () => {
      for (const color of [...CODE_PALETTE, NEUTRAL_CODE_COLOR]) {
        const { background, text } = highlightColors(color, scheme);
        expect(contrastRatio(background, text), `${color} in ${scheme}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("sit between the code's colour and the scheme's surface", () => {
    // Mixing is per channel: every channel of the background lies between the colour's and the surface's.
    const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const scheme of ["light", "dark"] as const) {
      for (const color of CODE_PALETTE) {
        const mixed = channels(highlightColors(color, scheme).background);
        const [from, to] = [channels(color), channels(SURFACE[scheme])];
        mixed.forEach((c, i) => {
          expect(c).toBeGreaterThanOrEqual(Math.min(from[i]!, to[i]!));
          expect(c).toBeLessThanOrEqual(Math.max(from[i]!, to[i]!));
        });
      }
    }
  });
});
