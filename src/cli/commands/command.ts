// What every command of the command line shares: its description (usage, help, options for
// util.parseArgs), the two kinds of expected failure (wrong usage: exit 2; bad input: exit 1),
// the writing of CSV and JSON output, and --lang, the language of the column headers.
import type { AnalysisCsvOptions } from "../../formats/analysisCsv";
import { DEFAULT_CSV_OPTIONS, type CsvOptions } from "../../formats/csvOptions";
import { writeCsv } from "../../formats/csvWrite";
import { setLanguage, type Language } from "../../lang";
import { exportHeaders } from "../../lang/exportHeaders";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** An option as util.parseArgs takes it: a string value, or a flag without one. */
export type OptionSpec =
  | {
      type: "string";
      /** The values allowed, for checking and for the help text. */
      values?: readonly string[];
      default?: string;
    }
  | { type: "boolean" };

export interface ParsedArgs {
  positionals: string[];
  /** String options by name; a flag that was given has the value "true". */
  options: Record<string, string>;
}

export interface Command {
  name: string;
  /** One line: `telaah NAME ARGS [OPTIONS]`. */
  usage: string;
  /** One line for the list of commands. */
  summary: string;
  /** The help body shown after the usage line. */
  help: string;
  /** Names of the positional arguments, all required. */
  arguments: string[];
  options: Record<string, OptionSpec>;
  /** Returns the exit code (0, or 1 when the input has problems the command reports itself). */
  run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** Wrong usage (unknown command or option, a missing argument, a bad option value): exit 2 with a usage line. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show; none for the command line as a whole. */
    readonly command?: Command,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A problem with a file that was read or written: exit 1 with "telaah: <file>: <reason>". */
export class InputError extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = "InputError";
  }
}

export type OutputFormat = "csv" | "json";

export const FORMAT_OPTION: OptionSpec & { type: "string" } = { type: "string", values: ["csv", "json"], default: "csv" };

/** CSV for R and pandas: the app's defaults (commas, formula cells neutralized) without the BOM. */
export const CLI_CSV_OPTIONS: CsvOptions = { ...DEFAULT_CSV_OPTIONS, bom: false };

export const LANG_OPTION: OptionSpec = { type: "string", values: ["en", "id"], default: "en" };

export const LANG_HELP = `  --lang       en (default) or id: the language of the CSV column headers (decimals keep ".")`;

/** CLI_CSV_OPTIONS with the headers of the --lang language (the reports on standard error follow it too). */
export async function cliCsvOptions(lang: string | undefined): Promise<AnalysisCsvOptions> {
  await setLanguage((lang ?? "en") as Language);
  return { ...CLI_CSV_OPTIONS, headers: exportHeaders() };
}

/** CSV ends with its last row's line break, JSON with a newline, so that the output is a complete text file. */
export function csvOutput(csv: string): string {
  return csv === "" || csv.endsWith("\n") ? csv : `${csv}\r\n`;
}

/** A command's result on standard output: `json` with --format json, otherwise the CSV `csv` writes (only then). */
export function writeResult(io: CliIo, format: string | undefined, result: { json: unknown; csv: () => string }): void {
  io.stdout(format === "json" ? `${JSON.stringify(result.json, null, 2)}\n` : csvOutput(result.csv()));
}

/** Passages (search hits, query results) as CSV: document, start, end, text. */
export function passagesCsv(rows: readonly { document: string; start: number; end: number; text: string }[]): string {
  return writeCsv(["document", "start", "end", "text"], rows.map((r) => [r.document, r.start, r.end, r.text]), CLI_CSV_OPTIONS);
}

/** `--merge-coders`: the old counting rule, a passage once whatever its coder. */
export const MERGE_CODERS_OPTION: OptionSpec = { type: "boolean" };

export const MERGE_CODERS_HELP = `  --merge-coders  count a passage once whatever its coder (by default each coder's passages are
               references of their own, as NVivo counts them)`;
