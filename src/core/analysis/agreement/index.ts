// Coding comparison: how far coders (or groups of coders) agree on where each code applies. Per
// codebook row × document, and pooled per row over the documents, units (characters, sentences or
// paragraphs) are coded or not by each group: coded when any code point of the unit lies in a
// member's ranges at the row's code or its descendants. From those: percent agreement, Cohen's κ,
// Fleiss' κ and Krippendorff's α, and the counts of units coded by A only, B only, both and neither.
import type { Id } from "../../model/types";
import { codePointLength } from "../../text/offsets";
import type { TextRange } from "../ranges";
import { coderRuns, type AgreementInput } from "./coderRuns";
import { cohenKappa, fleissKappa, krippendorffAlpha, type Statistic, type UndefinedReason } from "./statistics";
import { addTally, emptyTally, tallyCharacters, tallyUnits, type SegmentVisitor, type Tally } from "./tally";
import { segmentUnits, type AgreementUnit } from "./units";

export type { AgreementInput } from "./coderRuns";
export type { UndefinedReason } from "./statistics";
export type { AgreementUnit } from "./units";

export interface AgreementRequest {
  /** Coder ids per group; a group codes a unit when any member does. Two groups compare A with B. */
  groups: Id[][];
  /** Rows to compare: these codes and their descendants (all rows when absent). */
  codeIds?: Id[];
  /** Documents to compare (all when absent). */
  documentIds?: Id[];
  unit: AgreementUnit;
}

export type AgreementStatistic = "agreement" | "kappa" | "fleiss" | "alpha";

export interface AgreementRow {
  codeId: Id;
  path: string[];
  /** The document, or null for the row pooled over every compared document. */
  documentId: Id | null;
  units: number;
  /** Percent (0–100) of units on which every group gives the same value. */
  agreement: number | null;
  /** Cohen's κ: only for exactly two groups. */
  kappa: number | null;
  fleiss: number | null;
  alpha: number | null;
  /**
   * Units coded by A (the first group) and not by every group; by some group but not A; by every
   * group; by none. With two groups: A only, B only, both, neither.
   */
  aOnly: number;
  bOnly: number;
  both: number;
  neither: number;
  undefinedReasons: Partial<Record<AgreementStatistic, UndefinedReason>>;
}

export interface Disagreement {
  documentId: Id;
  codeId: Id;
  /** Code points, half-open. */
  start: number;
  end: number;
  /** Which side alone coded it. */
  side: "a" | "b";
}

/** Per document (in input order): its rows in codebook order, then the pooled rows. */
export function compareCoders(input: AgreementInput, request: AgreementRequest, onProgress?: (done: number, total: number) => void): AgreementRow[] {
  const m = request.groups.length;
  const { rows, documents, runsIn } = coderRuns(input, request);
  const pooled = rows.map(() => emptyTally(m));
  const none: TextRange[][] = Array.from({ length: m }, () => []);
  const result: AgreementRow[] = [];
  documents.forEach((document, d) => {
    const measure = measurer(document.text, request.unit);
    const runs = runsIn(d);
    /** Every row nobody coded here tallies alike. */
    let uncoded: Tally | undefined;
    rows.forEach((row, r) => {
      const tally = runs[r] ? measure(runs[r]) : (uncoded ??= measure(none));
      addTally(pooled[r]!, tally);
      result.push(toRow(row.code.id, row.path, document.id, tally));
    });
    onProgress?.(d + 1, documents.length);
  });
  rows.forEach((row, r) => result.push(toRow(row.code.id, row.path, null, pooled[r]!)));
  return result;
}

/** The maximal runs where exactly one of two groups coded, per document and row, by start. */
export function disagreements(input: AgreementInput, request: AgreementRequest): Disagreement[] {
  if (request.groups.length !== 2) throw new RangeError("disagreements compare exactly two groups");
  const { rows, documents, runsIn } = coderRuns(input, request);
  const found: Disagreement[] = [];
  documents.forEach((document, d) => {
    const measure = measurer(document.text, request.unit);
    const runs = runsIn(d);
    rows.forEach((row, r) => {
      if (!runs[r]) return;
      let last: Disagreement | undefined;
      measure(runs[r], (start, end, k, a) => {
        if (k !== 1) return;
        const side = a ? "a" : "b";
        if (last && last.side === side && last.end === start) last.end = end;
        else found.push((last = { documentId: document.id, codeId: row.code.id, start, end, side }));
      });
    });
  });
  return found;
}

type Measure = (runs: readonly (readonly TextRange[])[], visit?: SegmentVisitor) => Tally;

function measurer(text: string, unit: AgreementUnit): Measure {
  if (unit === "character") {
    const length = codePointLength(text);
    return (runs, visit) => tallyCharacters(length, runs, visit);
  }
  const units = segmentUnits(text, unit);
  return (runs, visit) => tallyUnits(units, runs, visit);
}

function toRow(codeId: Id, path: string[], documentId: Id | null, { groups: m, counts }: Tally): AgreementRow {
  let units = 0;
  let aOnly = 0;
  let bOnly = 0;
  for (let k = 0; k <= m; k++) {
    units += counts[2 * k]! + counts[2 * k + 1]!;
    if (k > 0 && k < m) {
      aOnly += counts[2 * k + 1]!;
      bOnly += counts[2 * k]!;
    }
  }
  const both = m > 0 ? counts[2 * m]! + counts[2 * m + 1]! : 0;
  const neither = counts[0]! + counts[1]!;
  const profiles = Array.from({ length: m + 1 }, (_, k) => ({ counts: [m - k, k], weight: counts[2 * k]! + counts[2 * k + 1]! }));
  const tooFew: Statistic = { value: null, reason: "fewerThanTwoCoders" };
  const statistics: Record<AgreementStatistic, Statistic> = {
    agreement: m < 2 ? tooFew : units === 0 ? { value: null, reason: "noUnits" } : { value: ((both + neither) / units) * 100 },
    kappa: m === 2 ? cohenKappa(both, aOnly, bOnly, neither) : { value: null, reason: m < 2 ? "fewerThanTwoCoders" : "notTwoCoders" },
    fleiss: m < 2 ? tooFew : fleissKappa(profiles),
    alpha: m < 2 ? tooFew : krippendorffAlpha(profiles),
  };
  const undefinedReasons: AgreementRow["undefinedReasons"] = {};
  for (const [name, statistic] of Object.entries(statistics) as [AgreementStatistic, Statistic][]) {
    if (statistic.value === null) undefinedReasons[name] = statistic.reason;
  }
  return {
    codeId,
    path,
    documentId,
    units,
    agreement: statistics.agreement.value,
    kappa: statistics.kappa.value,
    fleiss: statistics.fleiss.value,
    alpha: statistics.alpha.value,
    aOnly,
    bOnly,
    both,
    neither,
    undefinedReasons,
  };
}
