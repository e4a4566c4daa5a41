// telaah words: word frequency over the project's transcripts (Unicode word segments with a letter,
// lowercased), without the stop words of the chosen languages (stopwords-iso), sorted by count and
// then by word.
import { wordFrequency } from "../../core/analysis/wordFrequency";
import { writeCsv } from "../../formats/csvWrite";
import { stopwordSet, type StopwordLanguage } from "../../formats/stopwords";
import { readProjectAny } from "../readProject";
import { CLI_CSV_OPTIONS, FORMAT_OPTION, UsageError, writeResult, type Command } from "./command";

export const wordsCommand: Command = {
  name: "words",
  usage: "telaah words FILE [--stopwords id,en|none] [--min-length N] [--format csv|json]",
  summary: "word frequency over the transcripts",
  help: `Words are Unicode word segments with at least one letter, lowercased.

Options:
  --stopwords  the languages whose common words are left out: id,en (default), id, en or none
  --min-length the shortest word counted, in characters (default 1)
  --format     csv (default): word, count, documents;
               json: {"words": [{"word", "count", "documents"}]}`,
  arguments: ["FILE"],
  options: { stopwords: { type: "string", default: "id,en" }, "min-length": { type: "string", default: "1" }, format: FORMAT_OPTION },
  async run({ positionals: [file], options }, io) {
    const languages = parseLanguages(options.stopwords!);
    const minLength = Number(options["min-length"]);
    if (!Number.isInteger(minLength) || minLength < 1) throw new UsageError(`--min-length must be a whole number of 1 or more, not "${options["min-length"]}"`, wordsCommand);
    const content = await readProjectAny(file!, io);
    const words = wordFrequency(content.documents.map((d) => ({ documentId: d.id, text: d.text })), { stopwords: stopwordSet(languages), minLength });
    writeResult(io, options.format, {
      json: { words },
      csv: () => writeCsv(["word", "count", "documents"], words.map((w) => [w.word, w.count, w.documents]), CLI_CSV_OPTIONS),
    });
    return 0;
  },
};

function parseLanguages(value: string): StopwordLanguage[] {
  if (value === "none") return [];
  const languages = value.split(",").map((l) => l.trim());
  const unknown = languages.find((l) => l !== "id" && l !== "en");
  if (unknown !== undefined) throw new UsageError(`--stopwords takes id, en, id,en or none, not "${value}"`, wordsCommand);
  return languages as StopwordLanguage[];
}
