// The disagreement overlay of the coding comparison, as its own decoration plugin over the
// transcript: passages coded by A only, by B only and by both, each with a colour-blind-safe colour
// (Okabe–Ito orange, blue, bluish green) and its own pattern and underline, so that colour is never
// the only cue; the current disagreement is outlined.
import type { EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { decorationLayer } from "./decorationLayer";
import type { PositionMap } from "./positionMap";

export interface OverlayMark {
  start: number;
  end: number;
  kind: "a" | "b" | "both";
  current: boolean;
}

export function buildOverlay(doc: EditorState["doc"], map: PositionMap, marks: readonly OverlayMark[]): DecorationSet {
  return DecorationSet.create(
    doc,
    marks.map((m) =>
      Decoration.inline(map.toPosition(m.start), map.toPosition(m.end), {
        class: `overlay-${m.kind}${m.current ? " overlay-current" : ""}`,
        "data-overlay": m.kind,
      }),
    ),
  );
}

const layer = decorationLayer("disagreementOverlay");
export const disagreementOverlay = layer.plugin;
/** Replaces the drawn overlay. */
export const setOverlay = layer.set;
