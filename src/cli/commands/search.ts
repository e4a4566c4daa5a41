// telaah search: every occurrence of a word or phrase in the project's transcripts, in document
// order and then in order of start, with code-point offsets of the canonical text.
import { searchDocuments } from "../../core/text/textSearch";
import { readProjectAny } from "../readProject";
import { FORMAT_OPTION, passagesCsv, UsageError, writeResult, type Command } from "./command";

export const searchCommand: Command = {
  name: "search",
  usage: 'telaah search FILE "QUERY" [--whole-word] [--case-sensitive] [--format csv|json]',
  summary: "every occurrence of a word or phrase in the transcripts",
  help: `Case-insensitive unless --case-sensitive; --whole-word refuses a match that a letter, mark,
digit or _ continues. Offsets count Unicode code points of the text, half-open [start, end).

Options:
  --whole-word       match whole words only
  --case-sensitive   tell upper and lower case apart
  --format           csv (default): document, start, end, text;
                     json: {"query", "hits": [{"document", "start", "end", "text"}]}`,
  arguments: ["FILE", "QUERY"],
  options: { "whole-word": { type: "boolean" }, "case-sensitive": { type: "boolean" }, format: FORMAT_OPTION },
  async run({ positionals: [file, query], options }, io) {
    if (query!.trim() === "") throw new UsageError("the query is empty", searchCommand);
    const content = await readProjectAny(file!, io);
    const hits = searchDocuments(content.documents, query!, { wholeWord: options["whole-word"] === "true", caseSensitive: options["case-sensitive"] === "true" });
    const rows = hits.map((h) => ({ document: h.document, start: h.start, end: h.end, text: h.text }));
    writeResult(io, options.format, { json: { query, hits: rows }, csv: () => passagesCsv(rows) });
    return 0;
  },
};
