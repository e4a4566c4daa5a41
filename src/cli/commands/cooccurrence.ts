// telaah cooccurrence: code × code, the passages (or documents) two codes share, counted by the
// same core as the app's Co-occurrence view.
import { cooccurrence, type CooccurrenceMode } from "../../core/analysis/cooccurrence";
import { readProjectAny } from "../readProject";
import { cooccurrenceCsv } from "../../formats/analysisCsv";
import { cliCsvOptions, FORMAT_OPTION, LANG_HELP, LANG_OPTION, MERGE_CODERS_HELP, MERGE_CODERS_OPTION, writeResult, type Command } from "./command";

const MODES: readonly CooccurrenceMode[] = ["overlap", "document"];

export const cooccurrenceCommand: Command = {
  name: "cooccurrence",
  usage: "telaah cooccurrence FILE [--mode overlap|document] [--merge-coders] [--format csv|json] [--lang en|id]",
  summary: "code × code: the passages or documents two codes share",
  help: `Codes and themes in codebook order on both sides; a theme's coded text is its own and its
codes' together. The table is symmetric. Passages are counted per coder: a passage two coders
both coded at two codes is two shared passages.

Options:
  --mode       overlap (default): passages coded at both (the diagonal: each code's references);
               document: documents coded at both (the diagonal: each code's documents)
${MERGE_CODERS_HELP}
  --format     csv (default): a code column (the path joined with " / "), then one column per code;
               json: {"codes": [paths], "counts": [[numbers]]}
${LANG_HELP}`,
  arguments: ["FILE"],
  options: {
    mode: { type: "string", values: MODES, default: "overlap" },
    "merge-coders": MERGE_CODERS_OPTION,
    format: FORMAT_OPTION,
    lang: LANG_OPTION,
  },
  async run({ positionals: [file], options }, io) {
    const csvOptions = await cliCsvOptions(options.lang);
    const content = await readProjectAny(file!, io, "counting");
    const table = cooccurrence(content, options.mode as CooccurrenceMode, { mergeCoders: options["merge-coders"] === "true" });
    writeResult(io, options.format, { json: { codes: table.codes.map((code) => code.path), counts: table.counts }, csv: () => cooccurrenceCsv(table, csvOptions) });
    return 0;
  },
};
