// The app's own project file: a versioned JSON envelope with a SHA-256 checksum of its content.
// Export writes the current version; import reads any version from 1 up: it checks format,
// version and checksum (over the content as its own version wrote it), migrates older content,
// then checks shape and references, and either yields a whole project or throws one FileProblem
// naming what is wrong.
import { codePointLength } from "../core/text/offsets";
import type { ProjectContent } from "../core/model/types";
import { FileProblem } from "./importTypes";
import { migrateContent, PROJECT_FILE_VERSION } from "./projectFileMigrations";
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
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new FileProblem(fileName, "is not a Telaah project file (not valid JSON)");
  }
  const envelope = projectFileEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new FileProblem(fileName, "is not a Telaah project file");
  const { version, checksum, content } = envelope.data;
  if (!Number.isInteger(version) || version < 1) {
    throw new FileProblem(fileName, `has an unknown project file version (${version}); Telaah project files start at version 1`);
  }
  if (version > PROJECT_FILE_VERSION) {
    throw new FileProblem(fileName, `was written by a newer Telaah (project file version ${version}; this one reads up to ${PROJECT_FILE_VERSION})`);
  }
  // Every version's exporter hashed JSON.stringify of the content it wrote: checked before migrating.
  const intact = checksum === `sha256:${await sha256Hex(JSON.stringify(content))}`;
  const parsed = fileContentSchema.safeParse(migrateContent(content, version));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FileProblem(fileName, `is damaged: ${issue.path.join(".")}: ${issue.message}`);
  }
  if (!intact) throw new FileProblem(fileName, "is damaged: its checksum does not match its content");
  const problem = findReferenceProblem(parsed.data);
  if (problem) throw new FileProblem(fileName, `is damaged: ${problem}`);
  return fromFileContent(parsed.data);
}

function toFileContent(content: ProjectContent): FileContent {
  const strip = <T extends { projectId: string }>({ projectId: _projectId, ...rest }: T) => rest;
  const { project } = content;
  return {
    project: { id: project.id, name: project.name, created: project.created, modified: project.modified },
    coders: content.coders.map(strip),
    documents: content.documents.map((d) => ({ ...strip(d), description: d.description ?? "" })),
    codes: content.codes.map(strip),
    codings: content.codings.map(strip),
    attributes: content.attributes.map(strip),
    cases: content.cases.map((c) => ({ ...strip(c), description: c.description ?? "" })),
    caseDocuments: content.caseDocuments.map(strip),
  };
}

function fromFileContent(file: FileContent): ProjectContent {
  const projectId = file.project.id;
  const own = <T extends object>(record: T) => ({ ...record, projectId });
  // An empty description in the file is no description in the project.
  const described = <T extends { description: string }>({ description, ...rest }: T) => ({ ...own(rest), ...(description ? { description } : {}) });
  return {
    project: file.project,
    coders: file.coders.map(own),
    documents: file.documents.map(described),
    codes: file.codes.map(own),
    codings: file.codings.map(own),
    attributes: file.attributes.map(own),
    cases: file.cases.map(described),
    caseDocuments: file.caseDocuments.map(own),
  };
}

/** The first broken reference or impossible offset, described for the user; null when all is well. */
function findReferenceProblem(file: FileContent): string | null {
  const duplicate = (records: { id: string }[], kind: string) => {
    const seen = new Set<string>();
    for (const r of records) {
      if (seen.has(r.id)) return `two ${kind} share the id ${r.id}`;
      seen.add(r.id);
    }
    return null;
  };
  const dup =
    duplicate(file.coders, "coders") ?? duplicate(file.documents, "documents") ?? duplicate(file.codes, "codes") ??
    duplicate(file.codings, "codings") ?? duplicate(file.attributes, "attributes") ?? duplicate(file.cases, "cases");
  if (dup) return dup;
  const lengths = new Map(file.documents.map((d) => [d.id, codePointLength(d.text)]));
  const codes = new Set(file.codes.map((c) => c.id));
  const coders = new Set(file.coders.map((c) => c.id));
  const parentOf = new Map(file.codes.map((c) => [c.id, c.parentId]));
  for (const code of file.codes) {
    if (code.parentId !== null && !codes.has(code.parentId)) return `code "${code.name}" has a missing parent`;
    let ancestor = code.parentId;
    for (let steps = 0; ancestor !== null && ancestor !== undefined; steps++) {
      if (ancestor === code.id || steps > file.codes.length) return `code "${code.name}" is its own ancestor`;
      ancestor = parentOf.get(ancestor) ?? null;
    }
  }
  for (const coding of file.codings) {
    const length = lengths.get(coding.documentId);
    if (length === undefined) return `coding ${coding.id} refers to a missing document`;
    if (!codes.has(coding.codeId)) return `coding ${coding.id} refers to a missing code`;
    if (!coders.has(coding.coderId)) return `coding ${coding.id} refers to a missing coder`;
    if (coding.start > coding.end || (!coding.orphaned && coding.end > length)) return `coding ${coding.id} lies outside its document`;
  }
  const cases = new Set(file.cases.map((c) => c.id));
  for (const link of file.caseDocuments) {
    if (!cases.has(link.caseId) || !lengths.has(link.documentId)) return "a case is linked to a missing case or document";
  }
  return null;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
