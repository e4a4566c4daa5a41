// Agreement statistics for nominal data, each from the counts it needs: percent agreement, Cohen's
// κ (two coders, each with their own marginals), Fleiss' κ (Fleiss 1971) and Krippendorff's α
// (nominal, from the coincidence matrix: Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"). A statistic without variation to measure is undefined, with the reason.

/** Why a statistic has no value. */
export type UndefinedReason = "noUnits" | "noVariation" | "notTwoCoders" | "fewerThanTwoCoders";

export type Statistic = { value: number } | { value: null; reason: UndefinedReason };

/**
 * A unit's profile: how many coders gave it each value (index = value), and how many units share
 * that profile. Coders who gave no value to a unit are simply not counted in it (missing values).
 */
export interface UnitProfile {
  counts: readonly number[];
  weight: number;
}

/** Cohen's κ from a 2×2 table: both coded, A only, B only, neither. */
export function cohenKappa(both: number, aOnly: number, bOnly: number, neither: number): Statistic {
  const n = both + aOnly + bOnly + neither;
  if (n === 0) return { value: null, reason: "noUnits" };
  const observed = (both + neither) / n;
  const a = (both + aOnly) / n;
  const b = (both + bOnly) / n;
  const expected = a * b + (1 - a) * (1 - b);
  if (expected >= 1) return { value: null, reason: "noVariation" };
  return { value: (observed - expected) / (1 - expected) };
}

/** Fleiss' κ: every unit rated by the same number of coders (at least two). */
export function fleissKappa(profiles: readonly UnitProfile[]): Statistic {
  let units = 0;
  let raters = -1;
  let agreementSum = 0;
  const totals: number[] = [];
  for (const { counts, weight } of profiles) {
    if (weight === 0) continue;
    const n = counts.reduce((s, c) => s + c, 0);
    if (raters < 0) raters = n;
    else if (n !== raters) throw new RangeError("Fleiss' kappa needs the same number of ratings for every unit");
    units += weight;
    let pairs = 0;
    counts.forEach((c, j) => {
      pairs += c * (c - 1);
      totals[j] = (totals[j] ?? 0) + c * weight;
    });
    agreementSum += weight * pairs;
  }
  if (units === 0) return { value: null, reason: "noUnits" };
  if (raters < 2) return { value: null, reason: "fewerThanTwoCoders" };
  const observed = agreementSum / (units * raters * (raters - 1));
  const expected = totals.reduce((s, t) => s + (t / (units * raters)) ** 2, 0);
  if (expected >= 1) return { value: null, reason: "noVariation" };
  return { value: (observed - expected) / (1 - expected) };
}

/** Krippendorff's α, nominal; units with fewer than two values are not pairable and left out. */
export function krippendorffAlpha(profiles: readonly UnitProfile[]): Statistic {
  // Coincidences: the diagonal (matching pairs) and the value totals n_c of the pairable values.
  let matching = 0;
  let pairable = 0;
  const valueTotals: number[] = [];
  for (const { counts, weight } of profiles) {
    const m = counts.reduce((s, c) => s + c, 0);
    if (m < 2 || weight === 0) continue;
    counts.forEach((c, v) => {
      matching += (weight * c * (c - 1)) / (m - 1);
      valueTotals[v] = (valueTotals[v] ?? 0) + weight * c;
    });
    pairable += weight * m;
  }
  if (pairable === 0) return { value: null, reason: "noUnits" };
  // Disagreement: 1 − observed matching share, against the share expected by chance.
  const observed = pairable - matching;
  const expected = (pairable * pairable - valueTotals.reduce((s, t) => s + (t ?? 0) * (t ?? 0), 0)) / (pairable - 1);
  if (expected <= 0) return { value: null, reason: "noVariation" };
  return { value: 1 - observed / expected };
}
