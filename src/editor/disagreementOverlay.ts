// The disagreement overlay of the coding comparison, as its own decoration plugin over the
// transcript: passages coded by A only, by B only and by both, each with a colour-blind-safe colour
// (Okabe–Ito orange, blue, bluish green) and its own pattern and underline, so that colour is never
// the only cue; the current disagreement is outlined.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { PositionMap } from "./positionMap";

export interface OverlayMark {
  start: number;
  end: number;
  kind: "a" | "b" | "both";
  current: boolean;
}

const key = new PluginKey<DecorationSet>("disagreementOverlay");

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

export function setOverlay(tr: Transaction, decorations: DecorationSet): Transaction {
  return tr.setMeta(key, decorations);
}

export const DisagreementOverlay = Extension.create({
  name: "disagreementOverlay",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, previous) => (tr.getMeta(key) as DecorationSet | undefined) ?? previous.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
