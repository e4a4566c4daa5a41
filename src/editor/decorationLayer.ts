// A layer of decorations over the transcript as a ProseMirror plugin: the decorations are replaced
// whole by a transaction carrying new ones, and otherwise follow the document's changes.
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { DecorationSet } from "@tiptap/pm/view";

export interface DecorationLayer {
  plugin: Plugin<DecorationSet>;
  /** Replaces the layer's decorations. */
  set(tr: Transaction, decorations: DecorationSet): Transaction;
}

export function decorationLayer(name: string): DecorationLayer {
  const key = new PluginKey<DecorationSet>(name);
  const plugin = new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, previous) => (tr.getMeta(key) as DecorationSet | undefined) ?? previous.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => key.getState(state) },
  });
  return { plugin, set: (tr, decorations) => tr.setMeta(key, decorations) };
}
