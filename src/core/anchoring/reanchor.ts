// Finds coded passages again after a document's text has changed, as hypothesis anchors highlights:
// offsets mapped through the edit (one changed stretch between a common prefix and suffix), else the
// exact quote chosen by its context, else a fuzzy match within a bounded number of errors, else orphan.
import search from "approx-string-match";
import { CONTEXT_LENGTH } from "../model/anchor";
import type { Coding } from "../model/types";
import { codePointLength, OffsetIndex, sliceCodePoints } from "../text/offsets";

export type AnchoredCoding = Pick<Coding, "id" | "start" | "end" | "quote" | "before" | "after">;

/** "unchanged": same offsets; "shifted": moved by the edit's change in length; "quote": the quote found
 * verbatim elsewhere; "fuzzy": a close match of the quote, whose text may differ from it. */
export type PlacementMethod = "unchanged" | "shifted" | "quote" | "fuzzy";

export interface Placement {
  id: string;
  start: number;
  end: number;
  method: PlacementMethod;
}

export interface ReanchorResult {
  placed: Placement[];
  /** Ids of the codings whose passage is no longer in the text. */
  orphaned: string[];
}

/** A fuzzy match may differ from the quote by one edit per this many code points, and by at most MAX_FUZZY_ERRORS. */
const CODE_POINTS_PER_ERROR = 5;
const MAX_FUZZY_ERRORS = 32;

/** The changed stretch, in code points: old [start, oldEnd) became new [start, newEnd). */
interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** A place in the new text, in code points, with the edit operations between its text and the quote. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Each coding placed in the new text (in the order given) or orphaned. Offsets are code points throughout. */
export function reanchorCodings(oldText: string, newText: string, codings: AnchoredCoding[]): ReanchorResult {
  const oldIndex = new OffsetIndex(oldText);
  const newIndex = new OffsetIndex(newText);
  const edit = findEdit(oldText, newText, oldIndex, newIndex);
  const result: ReanchorResult = { placed: [], orphaned: [] };
  for (const coding of codings) {
    const placement = placeCoding(coding, edit, newText, newIndex);
    if (placement) result.placed.push({ id: coding.id, ...placement });
    else result.orphaned.push(coding.id);
  }
  return result;
}

function placeCoding(coding: AnchoredCoding, edit: Edit, text: string, index: OffsetIndex): Omit<Placement, "id"> | null {
  const mapped = mapThroughEdit(coding, edit);
  if (mapped && mapped.end <= index.codePointLength && sliceCodePoints(text, mapped.start, mapped.end, index) === coding.quote) return mapped;
  if (coding.quote === "") return null;
  const expected = coding.start <= edit.start ? coding.start : Math.max(edit.start, coding.start + edit.newEnd - edit.oldEnd);
  const exact = best(exactOccurrences(text, index, coding.quote), coding, expected, text, index);
  if (exact) return { start: exact.start, end: exact.end, method: "quote" };
  const fuzzy = best(fuzzyMatches(text, index, coding.quote, edit), coding, expected, text, index);
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: "fuzzy" } : null;
}

/** The single changed stretch between the longest common prefix and suffix, never splitting a surrogate pair. */
function findEdit(oldText: string, newText: string, oldIndex: OffsetIndex, newIndex: OffsetIndex): Edit {
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return {
    start: oldIndex.toCodePoint(prefix),
    oldEnd: oldIndex.toCodePoint(oldText.length - suffix),
    newEnd: newIndex.toCodePoint(newText.length - suffix),
  };
}

/** The coding's offsets in the new text when it lies wholly before or wholly after the changed stretch. */
function mapThroughEdit(coding: AnchoredCoding, edit: Edit): Omit<Placement, "id"> | null {
  if (coding.end <= edit.start) return { start: coding.start, end: coding.end, method: "unchanged" };
  if (coding.start < edit.oldEnd) return null;
  const shift = edit.newEnd - edit.oldEnd;
  return { start: coding.start + shift, end: coding.end + shift, method: shift === 0 ? "unchanged" : "shifted" };
}

function exactOccurrences(text: string, index: OffsetIndex, quote: string): Candidate[] {
  const length = codePointLength(quote);
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const start = index.toCodePoint(at);
    if (index.toUtf16(start) === at) found.push({ start, end: start + length, errors: 0 });
  }
  return found;
}

/**
 * The closest approximate matches of the quote, within the error bound (none for quotes under 5 code
 * points), that overlap or touch the changed stretch: text outside it was there before and was not the
 * passage. Only the changed stretch and a quote's length around it are searched.
 */
function fuzzyMatches(text: string, index: OffsetIndex, quote: string, edit: Edit): Candidate[] {
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(codePointLength(quote) / CODE_POINTS_PER_ERROR));
  if (maxErrors === 0) return [];
  const margin = quote.length + maxErrors;
  const from = Math.max(0, index.toUtf16(edit.start) - margin);
  const to = Math.min(text.length, index.toUtf16(edit.newEnd) + margin);
  return search(text.slice(from, to), quote, maxErrors)
    .map((match) => {
      const start = from + match.start;
      const end = from + match.end + (isLowSurrogate(text.charCodeAt(from + match.end)) && isHighSurrogate(text.charCodeAt(from + match.end - 1)) ? 1 : 0);
      return { start: index.toCodePoint(start), end: index.toCodePoint(end), errors: match.errors };
    })
    .filter((match) => match.start <= edit.newEnd && match.end >= edit.start);
}

/** Fewest errors first, then the surrounding text most like the stored context, then nearest the expected place. */
function best(candidates: Candidate[], coding: AnchoredCoding, expected: number, text: string, index: OffsetIndex): Candidate | null {
  let chosen: { candidate: Candidate; context: number; distance: number } | null = null;
  for (const candidate of candidates) {
    const before = sliceCodePoints(text, Math.max(0, candidate.start - CONTEXT_LENGTH), candidate.start, index);
    const after = sliceCodePoints(text, candidate.end, Math.min(index.codePointLength, candidate.end + CONTEXT_LENGTH), index);
    const context = similarity(before, coding.before) + similarity(after, coding.after);
    const distance = Math.abs(candidate.start - expected);
    if (
      !chosen ||
      candidate.errors < chosen.candidate.errors ||
      (candidate.errors === chosen.candidate.errors && (context > chosen.context || (context === chosen.context && distance < chosen.distance)))
    ) {
      chosen = { candidate, context, distance };
    }
  }
  return chosen?.candidate ?? null;
}

/** 1 for equal texts down to 0 for wholly different ones: one minus the code-point edit distance over the longer length. */
function similarity(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return 1 - previous[y.length]! / longer;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
