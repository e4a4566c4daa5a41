// The disagreement overlay of the coding comparison, as its own decorations over the transcript:
// passages coded by A only, by B only and by both, each with a colour-blind-safe colour
// (Okabe–Ito orange, blue, bluish green) and its own pattern and underline, so that colour is never
// the only cue; the current disagreement is outlined.
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { OffsetIndex } from "../core/text/offsets";

export interface OverlayMark {
  start: number;
  end: number;
  kind: "a" | "b" | "both";
  current: boolean;
}

/** Replaces the drawn overlay. */
export const setOverlay = StateEffect.define<DecorationSet>();

export function buildOverlay(offsets: OffsetIndex, marks: readonly OverlayMark[]): DecorationSet {
  return Decoration.set(
    marks
      .filter((m) => m.end > m.start)
      .map((m) =>
        Decoration.mark({ class: `overlay-${m.kind}${m.current ? " overlay-current" : ""}`, attributes: { "data-overlay": m.kind } }).range(offsets.toUtf16(m.start), offsets.toUtf16(m.end)),
      ),
    true,
  );
}

export const disagreementOverlay = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setOverlay)) value = effect.value;
    return value;
  },
  provide: (field) => EditorView.decorations.from(field),
});
