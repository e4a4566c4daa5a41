// telaah validate: whether a project file is sound, one line per problem. The app's project file:
// its shape, checksum and references, by the same checks as the app's import (which stops at the first). A REFI-QDA project
// (.qdpx, .qde) or codebook (.qdc): the archive, validity against the REFI-QDA XML Schema, every
// reference, and then whether Telaah can import it (positions inside their texts, texts present).
import { FileProblem } from "../../formats/importTypes";
import { readQdc } from "../../formats/refiQda/codebookRead";
import { decodeXml, qdpxProjectXml, readQdeProject, readQdpxProject } from "../../formats/refiQda/qdpxImport";
import { referenceProblems } from "../../formats/refiQda/referenceCheck";
import { codesOf, refuseDeepCodeTree } from "../../formats/refiQda/codeTreeRead";
import { childElement, parseXmlDocument } from "../../formats/refiQda/xmlRead";
import { checkProjectFile } from "../../formats/projectFile";
import { englishProblem } from "../../formats/problems";
import { projectReaderFor, readBytes, readProjectAny, readText, reportLines } from "../readProject";
import { NODE_ZIP_CODEC } from "../nodeZip";
import { schemaProblems, type RefiSchema } from "../schemaCheck";
import type { CliIo, Command } from "./command";

export const validateCommand: Command = {
  name: "validate",
  usage: "telaah validate FILE",
  summary: "check a project file, .qdpx or .qdc: schema, references, and that Telaah can read it",
  help: `Prints "FILE: valid (N documents, N codes, N codings)" and exits 0, or one line per problem
on standard error and exits 1.
  Telaah project file (.telaah.json, .json): its shape, checksum and references.
  REFI-QDA project (.qdpx, .qde) or codebook (.qdc): validity against the REFI-QDA XML Schema,
  every reference (codes, sources, selections, variables, notes, users), then the import itself
  (texts present, positions inside them). What Telaah would not carry over (PDF or audio
  sources, sets, ...) is listed on standard error without making the file invalid.`,
  arguments: ["FILE"],
  options: {},
  async run({ positionals: [file] }, io) {
    try {
      const lower = file!.toLowerCase();
      if (lower.endsWith(".qdpx") || lower.endsWith(".qde") || lower.endsWith(".qdc")) return await validateRefi(file!, io);
      return await validateProjectFile(file!, io);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      io.stderr(`telaah: ${error.fileName}: ${error.reason}\n`);
      return 1;
    }
  },
};

async function validateProjectFile(file: string, io: CliIo): Promise<number> {
  if (!projectReaderFor(file)) await readProjectAny(file); // refused with the formats it reads
  const { content, problems } = await checkProjectFile(await readText(file));
  for (const problem of problems) io.stderr(`telaah: ${file}: ${englishProblem(problem)}\n`);
  if (!content) return 1;
  io.stdout(`${file}: valid (${summary(content.documents.length, content.codes.length, content.codings.length)})\n`);
  return 0;
}

async function validateRefi(file: string, io: CliIo): Promise<number> {
  const bytes = await readBytes(file);
  const lower = file.toLowerCase();
  const schema: RefiSchema = lower.endsWith(".qdc") ? "codebook" : "project";
  // The archive is opened and the XML parsed once, for the checks and the import alike.
  const archive = lower.endsWith(".qdpx") ? qdpxProjectXml(file, bytes, undefined, NODE_ZIP_CODEC) : null;
  const xml = archive ? archive.xml : decodeXml(file, bytes);
  const entry = archive ? archive.qdeName : file.replace(/^.*[/\\]/, "");
  const rootName = schema === "codebook" ? "CodeBook" : "Project";
  const { element } = parseXmlDocument(file, xml, [rootName]);
  refuseDeepCodeTree(file, codesOf(schema === "codebook" ? element : childElement(element, "CodeBook")));
  const problems = [...(await schemaProblems(xml, schema, entry)), ...referenceProblems(element, rootName)];
  for (const problem of problems) io.stderr(`telaah: ${file}: ${problem}\n`);
  if (problems.length > 0) return 1;

  const options = { now: new Date().toISOString(), newId: () => globalThis.crypto.randomUUID() };
  if (schema === "codebook") {
    const { codes } = readQdc(file, xml, "validate");
    io.stdout(`${file}: valid (${count(codes.length, "code")})\n`);
    return 0;
  }
  const { content, report } = archive ? readQdpxProject(file, archive.zip, element, options) : readQdeProject(file, element, options);
  io.stdout(`${file}: valid (${summary(content.documents.length, content.codes.length, content.codings.length)})\n`);
  for (const line of reportLines(file, report)) io.stderr(`${line}\n`);
  return 0;
}

function summary(documents: number, codes: number, codings: number): string {
  return `${count(documents, "document")}, ${count(codes, "code")}, ${count(codings, "coding")}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
