// Agreement statistics against published values computed from the published data: Krippendorff
// (2011)'s 4 observers × 12 units with missing values, Cohen's κ on the classic 2×2 table, and
// Fleiss (1971)'s 10 subjects rated by 14 raters into 5 categories (as printed in the literature).
import { describe, expect, it } from "vitest";
import { cohenKappa, fleissKappa, krippendorffAlpha, type UnitProfile } from "../../../../src/core/analysis/agreement/statistics";

/** Krippendorff 2011, section C (nominal data): rows are observers A–D, columns units 1–12; null = missing. */
const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

/** Fleiss 1971 as reprinted (e.g. Wikipedia, "Fleiss' kappa"): per subject, raters per category. */
const FLEISS_1971 = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("published values", () => {
  it("Krippendorff's alpha, nominal, with missing values: 0.743", () => {
    const profiles: UnitProfile[] = KRIPPENDORFF_2011[0]!.map((_, u) => {
      const counts = [0, 0, 0, 0, 0, 0];
      for (const observer of KRIPPENDORFF_2011) if (observer[u] !== null) counts[observer[u]!]!++;
      return { counts, weight: 1 };
    });
    const alpha = krippendorffAlpha(profiles);
    expect(alpha.value).toBeCloseTo(0.743, 3);
  });

  it("Cohen's kappa on the table (20, 5, 10, 15): 0.40", () => {
    expect(cohenKappa(20, 5, 10, 15).value).toBeCloseTo(0.4, 10);
  });

  it("Fleiss' kappa on Fleiss's 10 × 14 × 5 example: 0.210", () => {
    const kappa = fleissKappa(FLEISS_1971.map((counts) => ({ counts, weight: 1 })));
    expect(kappa.value).toBeCloseTo(0.21, 3);
  });

  it("weights stand for repeated units", () => {
    const once = FLEISS_1971.flatMap((counts) => [counts, counts, counts]).map((counts) => ({ counts, weight: 1 }));
    const weighted = FLEISS_1971.map((counts) => ({ counts, weight: 3 }));
    expect(fleissKappa(weighted).value).toBeCloseTo(fleissKappa(once).value!, 12);
    expect(krippendorffAlpha(weighted).value).toBeCloseTo(krippendorffAlpha(once).value!, 12);
  });
});

describe("no variation", () => {
  it("is undefined with a reason, never NaN or 1", () => {
    expect(cohenKappa(0, 0, 0, 10)).toEqual({ value: null, reason: "noVariation" });
    expect(cohenKappa(7, 0, 0, 0)).toEqual({ value: null, reason: "noVariation" });
    expect(cohenKappa(0, 0, 0, 0)).toEqual({ value: null, reason: "noUnits" });
    expect(fleissKappa([{ counts: [3, 0], weight: 5 }])).toEqual({ value: null, reason: "noVariation" });
    expect(krippendorffAlpha([{ counts: [0, 3], weight: 5 }])).toEqual({ value: null, reason: "noVariation" });
    expect(krippendorffAlpha([{ counts: [0, 1], weight: 5 }])).toEqual({ value: null, reason: "noUnits" });
  });

  it("perfect agreement with variation is 1", () => {
    expect(cohenKappa(4, 0, 0, 6).value).toBe(1);
    expect(fleissKappa([{ counts: [3, 0], weight: 2 }, { counts: [0, 3], weight: 1 }]).value).toBeCloseTo(1, 12);
    expect(krippendorffAlpha([{ counts: [3, 0], weight: 2 }, { counts: [0, 3], weight: 1 }]).value).toBeCloseTo(1, 12);
  });
});
