// The memo editor's marks and lists (bold, italic, bullet and numbered lists), written against
// Tiptap's core, whose commands toggle marks and lists; with the installed document, paragraph and
// text nodes they make the small rich text a memo holds (core/model/memo.ts), with the usual keys:
// Mod-B, Mod-I, Mod-Shift-8 and Mod-Shift-7, Enter splitting a list item, Tab and Shift-Tab nesting;
// and its own undo history while a memo is written.
import { Extension, Mark, Node } from "@tiptap/core";
import { history, redo, undo } from "@tiptap/pm/history";

export const MemoBold = Mark.create({
  name: "bold",
  parseHTML: () => [{ tag: "strong" }, { tag: "b" }],
  renderHTML: () => ["strong", 0],
  addKeyboardShortcuts() {
    return { "Mod-b": () => this.editor.commands.toggleMark(this.name) };
  },
});

export const MemoItalic = Mark.create({
  name: "italic",
  parseHTML: () => [{ tag: "em" }, { tag: "i" }],
  renderHTML: () => ["em", 0],
  addKeyboardShortcuts() {
    return { "Mod-i": () => this.editor.commands.toggleMark(this.name) };
  },
});

export const MemoListItem = Node.create({
  name: "listItem",
  content: "paragraph block*",
  defining: true,
  parseHTML: () => [{ tag: "li" }],
  renderHTML: () => ["li", 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name),
    };
  },
});

function list(name: "bulletList" | "orderedList", tag: "ul" | "ol", shortcut: string) {
  return Node.create({
    name,
    group: "block list",
    content: "listItem+",
    parseHTML: () => [{ tag }],
    renderHTML: () => [tag, 0],
    addKeyboardShortcuts() {
      return { [shortcut]: () => this.editor.commands.toggleList(this.name, "listItem") };
    },
  });
}

export const MemoBulletList = list("bulletList", "ul", "Mod-Shift-8");
export const MemoOrderedList = list("orderedList", "ol", "Mod-Shift-7");

/** The editor's own undo while a memo is being written (the workbench's undo takes whole saved edits). */
export const MemoHistory = Extension.create({
  name: "memoHistory",
  addProseMirrorPlugins: () => [history()],
  addKeyboardShortcuts: () => ({
    "Mod-z": ({ editor }) => undo(editor.state, editor.view.dispatch),
    "Mod-Shift-z": ({ editor }) => redo(editor.state, editor.view.dispatch),
    "Mod-y": ({ editor }) => redo(editor.state, editor.view.dispatch),
  }),
});
