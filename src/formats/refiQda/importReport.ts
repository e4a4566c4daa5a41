// What a REFI-QDA import could not carry into the project, or carried with a change, so that
// nothing is dropped silently. Each item counts one kind of thing and names a few examples.
import type { ProducerKind } from "./producers";

export type ReportKind =
  // Left out: Telaah holds text sources and their codings only.
  | "pdfSources"
  | "pictureSources"
  | "audioSources"
  | "videoSources"
  | "textSourcesWithoutText"
  | "codingsOfSkippedSources"
  | "selectionsWithoutCode"
  | "emptySelections"
  | "sets"
  | "graphs"
  | "links"
  | "sourceVariables"
  | "caseCodeRefs"
  | "unreadableValues"
  | "unreadableDates"
  | "noteRefs"
  | "richTextsMissing"
  | "noteRichTextsNotUsed"
  | "userIds"
  // Carried with a change.
  | "caseSelectionRefs"
  | "sourceVariablesToCases"
  | "wholeSourceCodings"
  | "droppedColors"
  | "unknownUsers"
  | "unknownVariableTypes"
  | "sourcesReadAsWindows1252";

export interface ReportItem {
  kind: ReportKind;
  count: number;
  /** A few names or descriptions, for the user to recognise them. */
  examples: string[];
}

export interface RefiImportReport {
  /** The producing tool, as its `origin` attribute names it (empty when it names none). */
  origin: string;
  /** How its offsets were read. */
  producer: ProducerKind;
  items: ReportItem[];
}

const CHANGES = new Set<ReportKind>(["caseSelectionRefs", "sourceVariablesToCases", "wholeSourceCodings", "droppedColors", "unknownUsers", "unknownVariableTypes", "sourcesReadAsWindows1252"]);

/** True for what was carried with a change, false for what was left out. */
export function isCarriedWithChange(kind: ReportKind): boolean {
  return CHANGES.has(kind);
}

const MAX_EXAMPLES = 5;

/** Collects report items while reading, then lists them in a fixed order. */
export class ReportCollector {
  private readonly byKind = new Map<ReportKind, ReportItem>();

  add(kind: ReportKind, example?: string, count = 1): void {
    if (count <= 0) return;
    const item = this.byKind.get(kind) ?? { kind, count: 0, examples: [] };
    item.count += count;
    if (example !== undefined && item.examples.length < MAX_EXAMPLES && !item.examples.includes(example)) item.examples.push(example);
    this.byKind.set(kind, item);
  }

  items(): ReportItem[] {
    return [...this.byKind.values()];
  }
}
