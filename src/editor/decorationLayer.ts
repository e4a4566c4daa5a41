// A layer of decorations over the transcript as a Tiptap extension: the decorations are replaced
// whole by a transaction carrying new ones, and otherwise follow the document's changes.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";

export interface DecorationLayer {
  extension: Extension;
  /** Replaces the layer's decorations. */
  set(tr: Transaction, decorations: DecorationSet): Transaction;
}

export function decorationLayer(name: string): DecorationLayer {
  const key = new PluginKey<DecorationSet>(name);
  const extension = Extension.create({
    name,
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
  return { extension, set: (tr, decorations) => tr.setMeta(key, decorations) };
}
