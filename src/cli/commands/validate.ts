// telaah validate: whether a project file is sound (its shape, checksum and references, by the
// same checks as the app's import), one line per problem.
import { FileProblem } from "../../formats/importTypes";
import { readProjectAny } from "../readProject";
import type { Command } from "./command";

export const validateCommand: Command = {
  name: "validate",
  usage: "telaah validate FILE",
  summary: "check a project file: its shape, checksum and references",
  help: `Prints "FILE: valid (N documents, N codes, N codings)" and exits 0, or one line per problem
on standard error and exits 1. (The project file's checks stop at the first problem.)`,
  arguments: ["FILE"],
  options: {},
  async run({ positionals: [file] }, io) {
    try {
      const content = await readProjectAny(file!);
      const { documents, codes, codings } = content;
      io.stdout(`${file}: valid (${count(documents.length, "document")}, ${count(codes.length, "code")}, ${count(codings.length, "coding")})\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`telaah: ${error.fileName}: ${error.reason}\n`);
      return 1;
    }
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
