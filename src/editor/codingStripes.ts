// Coding stripes in the margin beside the transcript, one lane per code, so that stacked codes
// can be told apart at a glance (as in NVivo's coding stripes), or one lane per code and coder, and
// a mark beside each coded passage that has a memo. Drawn for the editor's viewport in
// CodeMirror's measure cycle, into an element beside the editor, without React, in the frame after
// the text and its highlights are painted (those come first).
import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";
import { NEUTRAL_CODE_COLOR } from "../core/model/palette";
import type { CodingIndex, HighlightCoding } from "./codingIndex";
import { codingsInView, highlightState } from "./codingHighlights";

export interface StripeOptions {
  /** One lane per code and coder instead of per code. */
  byCoder: boolean;
  /** Codings that have memos: each gets a mark at its start. */
  memoCodingIds: ReadonlySet<string>;
  /** The marks' tooltip. */
  memoMarkTitle: string;
}

export const setStripeOptions = StateEffect.define<StripeOptions>();

export const stripeOptions = StateField.define<StripeOptions>({
  create: () => ({ byCoder: false, memoCodingIds: new Set(), memoMarkTitle: "" }),
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setStripeOptions)) value = effect.value;
    return value;
  },
});

const LANE_WIDTH = 6;
const MAX_LANES = 12;

interface Drawing {
  stripes: { lane: number; top: number; height: number; color: string; title: string }[];
  memoMarks: { id: string; top: number }[];
}

class StripesView {
  /** Lane of each code (or code and coder), in the order each first appears in the text. */
  private lanes = new Map<string, number>();
  private lanesFor: { index: CodingIndex; byCoder: boolean } | null = null;
  private readonly request = { read: (view: EditorView) => this.measure(view), write: (drawing: Drawing) => this.draw(drawing) };
  private frame = 0;

  constructor(
    private readonly view: EditorView,
    private readonly container: HTMLElement,
  ) {
    this.drawSoon();
  }

  update(update: ViewUpdate) {
    const changed = update.startState.field(highlightState) !== update.state.field(highlightState) || update.startState.field(stripeOptions) !== update.state.field(stripeOptions);
    if (changed || update.viewportChanged || update.geometryChanged) this.drawSoon();
  }

  destroy() {
    cancelAnimationFrame(this.frame);
  }

  /** Measured in the next frame's cycle, once this one has painted. */
  private drawSoon() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.view.requestMeasure(this.request);
    });
  }

  private laneKey(coding: HighlightCoding, byCoder: boolean): string {
    return byCoder && coding.coderName ? `${coding.codeName} — ${coding.coderName}` : coding.codeName;
  }

  /** The lanes, found again over the whole text only when a change could alter them. */
  private lanesOf(view: EditorView): Map<string, number> {
    const { index, change } = view.state.field(highlightState);
    const { byCoder } = view.state.field(stripeOptions);
    const previous = this.lanesFor;
    if (previous && previous.index === index && previous.byCoder === byCoder) return this.lanes;
    const onlyAddsToKnownLanes = previous?.byCoder === byCoder && change && change.removed.length === 0 && change.added.every((c) => this.lanes.has(this.laneKey(c, byCoder)));
    if (!onlyAddsToKnownLanes) {
      this.lanes = new Map();
      for (const coding of index.inOrder()) {
        const key = this.laneKey(coding, byCoder);
        if (!this.lanes.has(key)) this.lanes.set(key, this.lanes.size);
      }
    }
    this.lanesFor = { index, byCoder };
    return this.lanes;
  }

  private measure(view: EditorView): Drawing {
    const { offsets } = view.state.field(highlightState).index;
    const { byCoder, memoCodingIds } = view.state.field(stripeOptions);
    const lanes = this.lanesOf(view);
    const origin = this.container.getBoundingClientRect().top;
    const { from, to } = view.viewport;
    const drawing: Drawing = { stripes: [], memoMarks: [] };
    for (const coding of codingsInView(view)) {
      const start = offsets.toUtf16(coding.start);
      const end = offsets.toUtf16(coding.end);
      if (memoCodingIds.has(coding.id) && start >= from) {
        const at = topOf(view, start);
        if (at !== null) drawing.memoMarks.push({ id: coding.id, top: at - origin });
      }
      const title = this.laneKey(coding, byCoder);
      const lane = lanes.get(title) ?? MAX_LANES;
      if (lane >= MAX_LANES) continue;
      const top = topOf(view, Math.max(start, from));
      const bottom = bottomOf(view, Math.min(end, to));
      if (top === null || bottom === null) continue;
      drawing.stripes.push({ lane, top: top - origin, height: Math.max(4, bottom - top), color: coding.color ?? NEUTRAL_CODE_COLOR, title });
    }
    return drawing;
  }

  private draw({ stripes, memoMarks }: Drawing) {
    const { memoMarkTitle } = this.view.state.field(stripeOptions);
    const memoLeft = Math.min(this.lanes.size, MAX_LANES) * LANE_WIDTH + 3;
    const elements = stripes.map((s) => box("coding-stripe", { top: s.top, height: s.height, left: s.lane * LANE_WIDTH, background: s.color }, s.title));
    for (const m of memoMarks) {
      const mark = box("memo-mark", { top: m.top, left: memoLeft }, memoMarkTitle);
      mark.dataset.memoFor = m.id;
      elements.push(mark);
    }
    this.container.replaceChildren(...elements);
  }
}

// A stripe's ends are read from the box of the character there, which needs no bidirectional
// ordering of its line (coordsAtPos works that out, a pass over the whole line, for each new line
// shown); a position with no character box, a line's end, falls back to coordsAtPos.

/** The top of the text at a UTF-16 position, on screen. */
function topOf(view: EditorView, pos: number): number | null {
  return (view.coordsForChar(pos) ?? view.coordsAtPos(pos, 1))?.top ?? null;
}

/** The bottom of the text just before a UTF-16 position, on screen. */
function bottomOf(view: EditorView, pos: number): number | null {
  const last = pos - (pos >= 2 && isLowSurrogate(view.state.doc.sliceString(pos - 1, pos).charCodeAt(0)) ? 2 : 1);
  return (last >= 0 ? view.coordsForChar(last) : null)?.bottom ?? view.coordsAtPos(pos, -1)?.bottom ?? null;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function box(className: string, place: { top: number; left: number; height?: number; background?: string }, title: string): HTMLElement {
  const element = document.createElement("div");
  element.className = className;
  element.title = title;
  element.style.top = `${place.top}px`;
  element.style.left = `${place.left}px`;
  if (place.height !== undefined) element.style.height = `${place.height}px`;
  if (place.background) element.style.background = place.background;
  return element;
}

/** The stripes, drawn into the given element (placed beside the editor, its top at the editor's top). */
export function codingStripes(container: HTMLElement): Extension {
  return [stripeOptions, ViewPlugin.define((view) => new StripesView(view, container))];
}
