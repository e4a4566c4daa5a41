// The transcript's document: paragraphs (one per line of the text) of plain text, nothing else.
import { Schema } from "@tiptap/pm/model";

export const transcriptSchema = new Schema({
  nodes: {
    doc: { content: "paragraph+" },
    paragraph: { content: "text*", parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0] },
    text: {},
  },
});
