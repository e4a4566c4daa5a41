// Reading a project for the command line, whatever its format: the reader is chosen by the file's
// extension (the app's project file, a REFI-QDA .qdpx archive or a bare .qde). What a REFI-QDA
// import could not carry is told on standard error, one line each. Also the file reading and
// writing every command shares, with Node's errors turned into one line naming the file.
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import type { ProjectContent } from "../core/model/types";
import { parseProjectFile } from "../formats/projectFile";
import { isCarriedWithChange, type RefiImportReport } from "../formats/refiQda/importReport";
import type { RefiImport } from "../formats/refiQda/projectRead";
import { importQde, importQdpx } from "../formats/refiQda/qdpxImport";
import { reportKindLabel } from "../lang";
import { InputError, type CliIo } from "./commands/command";
import { NODE_ZIP_CODEC } from "./nodeZip";

export interface ProjectReader {
  /** What the format is called in messages. */
  name: string;
  /** File name endings, lower case. */
  extensions: string[];
  read: (path: string, use?: ReadUse) => Promise<{ content: ProjectContent; report?: RefiImportReport }>;
}

/** What the command reads the project for: `counting` needs no quote or context on the codings of a REFI-QDA file. */
export type ReadUse = "everything" | "counting";

const refiOptions = (use: ReadUse = "everything") => ({ now: new Date().toISOString(), newId: randomUUID, anchors: use === "everything", codec: NODE_ZIP_CODEC });

export const PROJECT_READERS: ProjectReader[] = [
  {
    name: "Telaah project file",
    extensions: [".telaah.json", ".json"],
    read: async (path) => ({ content: await parseProjectFile(path, await readText(path)) }),
  },
  {
    name: "REFI-QDA project",
    extensions: [".qdpx"],
    read: async (path, use): Promise<RefiImport> => importQdpx(path, await readBytes(path), refiOptions(use)),
  },
  {
    name: "REFI-QDA project XML",
    extensions: [".qde"],
    read: async (path, use): Promise<RefiImport> => importQde(path, await readBytes(path), refiOptions(use)),
  },
];

/** The reader for the file's extension, if any. */
export function projectReaderFor(path: string): ProjectReader | undefined {
  const name = path.toLowerCase();
  return PROJECT_READERS.find((reader) => reader.extensions.some((extension) => name.endsWith(extension)));
}

/**
 * The whole project in the file; throws InputError or FileProblem (both naming the file) when it
 * cannot. What a REFI-QDA import left out or changed goes to `io.stderr`, one line each.
 */
export async function readProjectAny(path: string, io?: CliIo, use: ReadUse = "everything"): Promise<ProjectContent> {
  const reader = projectReaderFor(path);
  if (!reader) {
    const known = PROJECT_READERS.flatMap((r) => r.extensions);
    throw new InputError(path, `is not a project file Telaah reads (expected ${known.join(" or ")})`);
  }
  const { content, report } = await reader.read(path, use);
  if (report && io) for (const line of reportLines(path, report)) io.stderr(`${line}\n`);
  return content;
}

/** "telaah: FILE: not carried over: Sets: 2 (Urban, Rural)", one per report item. */
export function reportLines(path: string, report: RefiImportReport): string[] {
  return report.items.map((item) => {
    const what = isCarriedWithChange(item.kind) ? "carried over with a change" : "not carried over";
    const examples = item.examples.length > 0 ? ` (${item.examples.join("; ")})` : "";
    return `telaah: ${path}: ${what}: ${reportKindLabel(item.kind)}: ${item.count}${examples}`;
  });
}

/** The file's bytes. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new InputError(path, describeFileError(error, "cannot be read"));
  }
}

/** The file as UTF-8 text. */
export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(path, describeFileError(error, "cannot be read"));
  }
}

export async function writeText(path: string, text: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, text, typeof text === "string" ? "utf8" : undefined);
  } catch (error) {
    throw new InputError(path, describeFileError(error, "cannot be written"));
  }
}

/** Node's file errors in words, without the path Node puts in its own messages. */
function describeFileError(error: unknown, failed: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return failed === "cannot be read" ? "no such file" : `${failed}: its folder does not exist`;
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "no such file (a part of the path is not a folder)";
    case "EACCES":
    case "EPERM":
      return `${failed}: permission denied`;
    default:
      return `${failed}: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}
