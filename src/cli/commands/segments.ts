// telaah segments: every coded segment in long form (one row per coding), for R and pandas.
import { codedSegmentsCsv, segmentsJsonRows } from "../../formats/analysisCsv";
import { readProjectAny } from "../readProject";
import { cliCsvOptions, FORMAT_OPTION, LANG_HELP, LANG_OPTION, writeResult, type Command } from "./command";

export const segmentsCommand: Command = {
  name: "segments",
  usage: "telaah segments FILE [--format csv|json] [--lang en|id]",
  summary: "the coded segments, one row per coding",
  help: `One row per coding (orphaned codings left out), by document, start and code; offsets count
Unicode code points, half-open [start, end).

Options:
  --format     csv (default): document, case, one column per case attribute, theme, code,
               code_path, start, end, text, coder, created;
               json: [{"document", "case", "path": [names], "start", "end", "text", "coder"}]
${LANG_HELP}`,
  arguments: ["FILE"],
  options: { format: FORMAT_OPTION, lang: LANG_OPTION },
  async run({ positionals: [file], options }, io) {
    const csvOptions = await cliCsvOptions(options.lang);
    const content = await readProjectAny(file!, io);
    writeResult(io, options.format, { json: segmentsJsonRows(content), csv: () => codedSegmentsCsv(content, csvOptions) });
    return 0;
  },
};
