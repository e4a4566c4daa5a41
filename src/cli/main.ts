// The telaah command line: reads a project with the same core as the app and writes tables for R,
// pandas and spreadsheets. This module parses the arguments (Node's util.parseArgs), runs the
// command and turns expected failures into one line on standard error and an exit code:
// 0 done, 1 a problem with a file, 2 wrong usage. Built into dist-cli/telaah.mjs (npm run build:cli).
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FORMULA_NOTE } from "../formats/csvWrite";
import { FileProblem } from "../formats/importTypes";
import { InputError, UsageError, type CliIo, type Command, type ParsedArgs } from "./commands/command";
import { agreementCommand } from "./commands/agreement";
import { convertCommand } from "./commands/convert";
import { cooccurrenceCommand } from "./commands/cooccurrence";
import { matrixCommand } from "./commands/matrix";
import { segmentsCommand } from "./commands/segments";
import { validateCommand } from "./commands/validate";

export const COMMANDS: readonly Command[] = [matrixCommand, segmentsCommand, cooccurrenceCommand, agreementCommand, convertCommand, validateCommand];

const USAGE = `telaah ${COMMANDS.map((c) => c.name).join("|")} ARGUMENTS [OPTIONS]  (telaah --help, telaah COMMAND --help)`;

const HELP = `usage: ${USAGE}

Telaah on the command line: reads a Telaah project file (.telaah.json) and writes CSV or JSON
for R, pandas and spreadsheets, with the same counting as the workbench.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join("\n")}

Output goes to standard output (convert writes OUT). Every CSV (matrix, segments, co-occurrence, a
codebook from convert) has no BOM, commas and CRLF line endings. ${FORMULA_NOTE} Offsets count Unicode
code points. Exit status: 0 done, 1 a problem with a file (one line on standard error), 2 wrong usage.
`;

/** Runs one command line; returns the exit code. Unexpected errors (bugs) are thrown. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`telaah: ${error.message}\nusage: ${error.command?.usage ?? USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof FileProblem) {
      io.stderr(`telaah: ${error.fileName}: ${error.reason}\n`);
      return 1;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError("no command given");
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    const command = topic === undefined ? undefined : findCommand(topic);
    io.stdout(command ? commandHelp(command) : HELP);
    return 0;
  }
  if (name.startsWith("-")) throw new UsageError(`unknown option ${name} (options come after the command)`);
  const command = findCommand(name);
  const args = parseCommandArgs(command, rest);
  if (args === "help") {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.run(args, io);
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command;
}

function commandHelp(command: Command): string {
  return `usage: ${command.usage}\n\n${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.\n\n${command.help}\n`;
}

/** The command's arguments and options (defaults filled in), or "help" when --help is among them. */
function parseCommandArgs(command: Command, args: string[]): ParsedArgs | "help" {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [name, spec.type === "boolean" || spec.default === undefined ? { type: spec.type } : { type: spec.type, default: spec.default }]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error), command);
  }
  if (parsed.values.help === true) return "help";
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const value = parsed.values[name];
    if (spec.type === "boolean") {
      if (value === true) values[name] = "true";
      continue;
    }
    if (typeof value !== "string") continue;
    if (spec.values && !spec.values.includes(value)) {
      throw new UsageError(`--${name} must be ${spec.values.join(", ").replace(/, ([^,]*)$/, " or $1")}, not "${value}"`, command);
    }
    values[name] = value;
  }
  const { positionals } = parsed;
  const missing = command.arguments[positionals.length];
  if (missing !== undefined) throw new UsageError(`missing ${missing}`, command);
  const extra = positionals[command.arguments.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`, command);
  return { positionals, options: values };
}

/** util.parseArgs' errors in one short line. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
  switch ((error as { code?: string }).code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message) ? `option ${option} takes no value` : `option ${option} needs a value`;
    default:
      return message.split(". ")[0]!;
  }
}

/** True when Node runs this module itself (the built bin, or tsx src/cli/main.ts), not when it is imported. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // Output cut short by a closed pipe (telaah segments FILE | head) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  const io: CliIo = { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) };
  run(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`telaah: unexpected error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
