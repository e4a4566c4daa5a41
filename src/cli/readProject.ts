// Reading a project for the command line, whatever its format: the reader is chosen by the file's
// extension. Today that is the app's own project file; a reader for REFI-QDA (.qdpx) plugs into
// PROJECT_READERS. Also the file reading and writing every command shares, with Node's errors
// turned into one line naming the file.
import { readFile, writeFile } from "node:fs/promises";
import type { ProjectContent } from "../core/model/types";
import { parseProjectFile } from "../formats/projectFile";
import { InputError } from "./commands/command";

export interface ProjectReader {
  /** What the format is called in messages. */
  name: string;
  /** File name endings, lower case. */
  extensions: string[];
  /** Null while the format is known but not read yet. */
  read: ((path: string) => Promise<ProjectContent>) | null;
}

export const PROJECT_READERS: ProjectReader[] = [
  {
    name: "Telaah project file",
    extensions: [".telaah.json", ".json"],
    read: async (path) => parseProjectFile(path, await readText(path)),
  },
  { name: "REFI-QDA project", extensions: [".qdpx"], read: null },
];

/** The reader for the file's extension, if any. */
export function projectReaderFor(path: string): ProjectReader | undefined {
  const name = path.toLowerCase();
  return PROJECT_READERS.find((reader) => reader.extensions.some((extension) => name.endsWith(extension)));
}

/** The whole project in the file; throws InputError or FileProblem (both naming the file) when it cannot. */
export async function readProjectAny(path: string): Promise<ProjectContent> {
  const reader = projectReaderFor(path);
  if (!reader) {
    const known = PROJECT_READERS.filter((r) => r.read).flatMap((r) => r.extensions);
    throw new InputError(path, `is not a project file Telaah reads (expected ${known.join(" or ")})`);
  }
  if (!reader.read) throw new InputError(path, `is a ${reader.name} (${reader.extensions.join(", ")}): that format is not supported yet`);
  return reader.read(path);
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
