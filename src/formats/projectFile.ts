// The app's own project file: a versioned JSON envelope with a SHA-256 checksum of its content.
// Export writes the current version; import reads any version from 1 up: it checks format,
// version and checksum (over the content as its own version wrote it), migrates older content,
// then checks shape and references, and either yields a whole project or throws one FileProblem
// naming what is wrong. JSON nested deeper than the limit is refused before it is parsed.
import { withPositions } from "../core/model/documentOrder";
import type { ProjectContent } from "../core/model/types";
import { cleanName } from "../core/text/names";
import { FileProblem } from "./importTypes";
import type { Problem } from "./problems";
import { INPUT_LIMITS } from "./inputLimits";
import { migrateContent, PROJECT_FILE_VERSION } from "./projectFileMigrations";
import { referenceProblems } from "./projectFileReferences";
import { fileContentSchema, projectFileEnvelopeSchema, type FileContent } from "./projectFileSchema";

export const PROJECT_FILE_FORMAT = "telaah-project";
export const PROJECT_FILE_EXTENSION = ".telaah.json";

export async function serializeProjectFile(content: ProjectContent): Promise<string> {
  const fileContent = toFileContent(content);
  const checksum = await sha256Hex(JSON.stringify(fileContent));
  const file = { format: PROJECT_FILE_FORMAT, version: PROJECT_FILE_VERSION, checksum: `sha256:${checksum}`, content: fileContent };
  return JSON.stringify(file, null, 2) + "\n";
}

export async function parseProjectFile(fileName: string, text: string): Promise<ProjectContent> {
  const { content, problems } = await checkProjectFile(text);
  const [first] = problems;
  if (first !== undefined || !content) throw FileProblem.of(fileName, first ?? { code: "notProjectFile" });
  return content;
}

/**
 * Every problem of a project file (a damaged one's detail in English), and its content when
 * there is none. A file that is not a project file at all, or of a version this Telaah cannot read,
 * has that one problem; otherwise every shape problem, the checksum and every broken reference are
 * listed, in that order.
 */
export async function checkProjectFile(text: string): Promise<{ content?: ProjectContent; problems: Problem[] }> {
  let json: unknown;
  if (nestsDeeperThan(text, INPUT_LIMITS.jsonDepth)) {
    return { problems: [{ code: "jsonTooDeep", values: { limit: INPUT_LIMITS.jsonDepth } }] };
  }
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { problems: [{ code: "notJson" }] };
  }
  const envelope = projectFileEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { problems: [{ code: "notProjectFile" }] };
  const { version, checksum, content } = envelope.data;
  if (!Number.isInteger(version) || version < 1) {
    return { problems: [{ code: "unknownVersion", values: { version: String(version) } }] };
  }
  if (version > PROJECT_FILE_VERSION) {
    return { problems: [{ code: "newerVersion", values: { version: String(version), supported: String(PROJECT_FILE_VERSION) } }] };
  }
  // Every version's exporter hashed JSON.stringify of the content it wrote: checked before migrating.
  const intact = checksum === `sha256:${await sha256Hex(JSON.stringify(content))}`;
  const parsed = fileContentSchema.safeParse(migrateContent(content, version));
  const damaged = (detail: string): Problem => ({ code: "damaged", values: { detail } });
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => damaged(`${issue.path.join(".")}: ${issue.message}`));
  if (!intact) problems.push({ code: "checksumMismatch" });
  if (!parsed.success) return { problems };
  problems.push(...referenceProblems(parsed.data).map(damaged));
  return problems.length > 0 ? { problems } : { content: fromFileContent(parsed.data), problems };
}

function toFileContent(content: ProjectContent): FileContent {
  const strip = <T extends { projectId: string }>({ projectId: _projectId, ...rest }: T) => rest;
  const { project } = content;
  return {
    project: {
      id: project.id,
      name: project.name,
      ...(project.description ? { description: project.description } : {}),
      ...(project.created !== undefined ? { created: project.created } : {}),
      modified: project.modified,
      ...(project.creatingUser !== undefined ? { creatingUser: project.creatingUser } : {}),
      ...(project.modifyingUser !== undefined ? { modifyingUser: project.modifyingUser } : {}),
      ...(project.basePath !== undefined ? { basePath: project.basePath } : {}),
    },
    coders: content.coders.map(strip),
    documents: content.documents.map((d) => ({ ...strip(d), description: d.description ?? "" })),
    codes: content.codes.map(strip),
    codings: content.codings.map(strip),
    attributes: content.attributes.map(strip),
    cases: content.cases.map((c) => ({ ...strip(c), description: c.description ?? "" })),
    caseDocuments: content.caseDocuments.map(strip),
    ...(content.mapViews && content.mapViews.length > 0 ? { mapViews: content.mapViews.map(strip) } : {}),
    ...(content.memos && content.memos.length > 0 ? { memos: content.memos.map(strip) } : {}),
    ...(content.savedQueries && content.savedQueries.length > 0 ? { savedQueries: content.savedQueries.map(strip) } : {}),
  };
}

function fromFileContent(file: FileContent): ProjectContent {
  const projectId = file.project.id;
  const own = <T extends object>(record: T) => ({ ...record, projectId });
  // Names lose any control characters (a NUL in a hand-edited file).
  const named = <T extends { name: string }>(record: T) => ({ ...own(record), name: cleanName(record.name) });
  // An empty description in the file is no description in the project.
  const described = <T extends { name: string; description: string }>({ description, ...rest }: T) => ({ ...named(rest), ...(description ? { description } : {}) });
  return {
    project: (({ description, ...project }) => ({ ...project, ...(description ? { description } : {}) }))(file.project),
    coders: file.coders.map(named),
    // A file of an earlier version gives no positions: its list is the project's order.
    documents: withPositions(file.documents.map(described)),
    codes: file.codes.map(named),
    codings: file.codings.map(own),
    attributes: file.attributes.map(named),
    cases: file.cases.map(described),
    caseDocuments: file.caseDocuments.map(own),
    ...(file.mapViews ? { mapViews: file.mapViews.map(own) } : {}),
    ...(file.memos ? { memos: file.memos.map(own) } : {}),
    ...(file.savedQueries ? { savedQueries: file.savedQueries.map(named) } : {}),
  };
}

/** Whether arrays and objects nest deeper than `limit` (brackets inside strings do not count). */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
