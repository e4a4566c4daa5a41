// What the coding comparison shows of each disagreement and what the transcript overlay draws:
// the disputed passages with their text and the coders of the side that coded them, and per
// document and code the passages coded by A only, by B only and by both.
import { disagreements, type AgreementInput, type AgreementRequest, type Disagreement } from "./agreement";
import { intersectRuns, subtractRuns } from "./query/rangeSets";
import { unionRanges, type TextRange } from "./ranges";
import { subtreeIds } from "../model/codeTree";
import type { Id } from "../model/types";
import { OffsetIndex, sliceCodePoints } from "../text/offsets";

export interface DisagreementDetail extends Disagreement {
  text: string;
  /** The coders of the side that coded the passage whose codings reach into it. */
  codedBy: Id[];
}

export interface OverlayRange extends TextRange {
  kind: "a" | "b" | "both";
}

/** The disagreements between the request's two groups, with their text and who coded them. */
export function disagreementDetails(input: AgreementInput, request: AgreementRequest): DisagreementDetail[] {
  const found = disagreements(input, request);
  const texts = new Map(input.documents.map((d) => [d.id, { text: d.text, index: new OffsetIndex(d.text) }]));
  const under = new Map<Id, Set<Id>>();
  return found.map((d) => {
    const { text, index } = texts.get(d.documentId)!;
    const members = request.groups[d.side === "a" ? 0 : 1]!;
    let codes = under.get(d.codeId);
    if (!codes) under.set(d.codeId, (codes = subtreeIds(input.codes, d.codeId)));
    const codedBy = members.filter((coderId) =>
      input.codings.some((c) => !c.orphaned && c.coderId === coderId && c.documentId === d.documentId && codes.has(c.codeId) && c.start < d.end && c.end > d.start),
    );
    return { ...d, text: sliceCodePoints(text, d.start, d.end, index), codedBy };
  });
}

/**
 * For one document and code (with its sub-codes): where A alone, B alone and both coded it, in code
 * points, sorted by start.
 */
export function overlayRanges(input: AgreementInput, groups: Id[][], documentId: Id, codeId: Id): OverlayRange[] {
  const codes = subtreeIds(input.codes, codeId);
  const sideRuns = groups.map((members) =>
    unionRanges(input.codings.filter((c) => !c.orphaned && c.documentId === documentId && codes.has(c.codeId) && members.includes(c.coderId) && c.start < c.end)),
  );
  const [a = [], b = []] = sideRuns;
  const both = intersectRuns(a, b);
  const result: OverlayRange[] = both.map((r) => ({ ...r, kind: "both" }));
  for (const [kind, runs] of [["a", a], ["b", b]] as const) for (const r of subtractRuns(runs, both)) result.push({ ...r, kind });
  return result.sort((x, y) => x.start - y.start);
}
