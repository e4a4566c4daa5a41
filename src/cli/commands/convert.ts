// telaah convert: from one file format to another, chosen by the extensions of IN and OUT. A
// project file becomes a codebook CSV, a REFI-QDA project (.qdpx) or codebook (.qdc), or a project
// file again (re-serialized, so written by this version); a codebook CSV becomes a new project
// holding only that codebook.
import { realpath } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { newId } from "../../core/model/ids";
import type { ProjectContent } from "../../core/model/types";
import { codebookRowsToCodes, exportCodebookCsv, parseCodebookCsv } from "../../formats/codebookCsv";
import { serializeProjectFile } from "../../formats/projectFile";
import { codebookQdc } from "../../formats/refiQda/codebookXml";
import { exportQdpx } from "../../formats/refiQda/qdpx";
import { projectReaderFor, readProjectAny, readText, writeText } from "../readProject";
import { csvOutput, InputError, UsageError, type Command } from "./command";

/** What a file holds, as far as converting goes. */
type Kind = "project" | "codebook" | "qdpx" | "qdc";

/** The coder of a project made from a codebook, as in a project created in the app. */
const DEFAULT_CODER_NAME = "me";

export const convertCommand: Command = {
  name: "convert",
  usage: "telaah convert IN OUT",
  summary: "convert between project files and codebook CSV, by extension",
  help: `The formats follow from the extensions of IN and OUT:
  project file (.telaah.json, .json) → codebook CSV (.csv): theme,code,description,color
  project file → project file: the same project written again by this version
  project file or codebook CSV → REFI-QDA project (.qdpx) or codebook (.qdc)
  codebook CSV → project file: a new project named after IN, holding only that codebook
OUT is overwritten if it exists, but never when it is IN. A codebook CSV with problems (a row
without a theme, a repeated code, a bad colour) is refused, naming the first one.`,
  arguments: ["IN", "OUT"],
  options: {},
  async run({ positionals: [input, output] }) {
    const from = inputKind(input!);
    const to = outputKind(output!);
    if (!from || !to || from === "qdpx" || from === "qdc" || (from === "codebook" && to === "codebook")) {
      throw new UsageError(`cannot convert ${input} to ${output}`, convertCommand);
    }
    if ((await canonicalPath(input!)) === (await canonicalPath(output!))) {
      throw new UsageError(`${output} is the input file; give another name for the output`, convertCommand);
    }
    const content = from === "project" ? await readProjectAny(input!) : await codebookProject(input!);
    await writeText(output!, await written(content, to, output!));
    return 0;
  },
};

async function written(content: ProjectContent, kind: Kind, output: string): Promise<string | Uint8Array> {
  if (kind === "codebook") return csvOutput(exportCodebookCsv(content.codes));
  if (kind === "qdpx") return exportQdpx(content, { exportedBy: "Telaah", now: new Date().toISOString() });
  if (kind === "qdc") {
    if (content.codes.length === 0) throw new InputError(output, "cannot hold an empty codebook (REFI-QDA needs at least one code)");
    return codebookQdc(content.codes);
  }
  return serializeProjectFile(content);
}

function inputKind(path: string): Kind | null {
  if (path.toLowerCase().endsWith(".csv")) return "codebook";
  return projectReaderFor(path)?.read ? "project" : null;
}

function outputKind(path: string): Kind | null {
  const name = path.toLowerCase();
  if (name.endsWith(".qdpx")) return "qdpx";
  if (name.endsWith(".qdc")) return "qdc";
  return name.endsWith(".csv") ? "codebook" : name.endsWith(".json") ? "project" : null;
}

/** A fresh project named after the file, with one coder and the file's codebook. */
async function codebookProject(path: string): Promise<ProjectContent> {
  const { rows, problems } = parseCodebookCsv(path, await readText(path));
  const [first] = problems;
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? "problem" : "problems"})` : "";
    throw new InputError(path, `line ${first.line}: ${first.message}${more}`);
  }
  const now = new Date().toISOString();
  const projectId = newId();
  return {
    project: { id: projectId, name: basename(path).replace(/\.[^.]*$/, "") || "Codebook", created: now, modified: now },
    coders: [{ id: newId(), projectId, name: DEFAULT_CODER_NAME }],
    documents: [],
    codes: codebookRowsToCodes(rows, projectId, () => newId()),
    codings: [],
    attributes: [],
    cases: [],
    caseDocuments: [],
  };
}

/** The real path of an existing file (through links), else the absolute path. */
async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}
