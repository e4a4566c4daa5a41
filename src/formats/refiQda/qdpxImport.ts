// Importing a REFI-QDA project: a .qdpx archive (its .qde at the root, whatever its name, and the
// source texts under sources/ or Sources/) or a bare .qde whose texts are inline. Paths are read
// leniently (`internal://` or not, any letter case, URL-escaped or not); a text that is named but
// missing is refused, naming it.
import { decodeRawTextBytes } from "../decodeText";
import { FileProblem } from "../importTypes";
import { projectRoot, readRefiProject, type RefiImport, type RefiReadOptions, type RefiTextSource } from "./projectRead";
import type { XmlElement } from "./xmlRead";
import { openZip, type SafeZip, type ZipCodec, type ZipLimits } from "./safeZip";

export interface QdpxReadOptions extends RefiReadOptions {
  /** How the archive's entries are inflated (fflate unless given). */
  codec?: ZipCodec;
}

export function importQdpx(fileName: string, bytes: Uint8Array, options: QdpxReadOptions, limits?: ZipLimits): RefiImport {
  const { zip, xml } = qdpxProjectXml(fileName, bytes, limits, options.codec);
  return readQdpxProject(fileName, zip, projectRoot(fileName, xml), options);
}

/** The project of an archive already opened and parsed (see qdpxProjectXml, projectRoot). */
export function readQdpxProject(fileName: string, zip: SafeZip, root: XmlElement, options: RefiReadOptions): RefiImport {
  const byLowerName = new Map(zip.entries.map((entry) => [entry.name.replace(/\\/g, "/").toLowerCase(), entry.name]));
  const notUtf8: string[] = [];
  const file = (path: string) => {
    const entry = findEntry(path, byLowerName);
    return entry === undefined ? null : zip.read(entry);
  };
  const result = readRefiProject(fileName, root, (source) => archiveText(fileName, zip, byLowerName, source, notUtf8), options, file);
  if (notUtf8.length > 0) result.report.items.push({ kind: "sourcesReadAsWindows1252", count: notUtf8.length, examples: notUtf8.slice(0, 5) });
  return result;
}

/** The checked archive and the text of its project (.qde) file. */
export function qdpxProjectXml(fileName: string, bytes: Uint8Array, limits?: ZipLimits, codec?: ZipCodec): { zip: SafeZip; qdeName: string; xml: string } {
  const zip = openZip(fileName, bytes, limits, codec);
  const qdeName = projectEntry(fileName, zip);
  return { zip, qdeName, xml: decodeXml(fileName, zip.read(qdeName)) };
}

/** A bare project.qde: its sources' texts must be inline (<PlainTextContent>). */
export function importQde(fileName: string, bytes: Uint8Array, options: RefiReadOptions): RefiImport {
  return readQdeProject(fileName, projectRoot(fileName, decodeXml(fileName, bytes)), options);
}

/** The project of a bare .qde already parsed (see projectRoot). */
export function readQdeProject(fileName: string, root: XmlElement, options: RefiReadOptions): RefiImport {
  return readRefiProject(fileName, root, (source) => {
    if (source.inlineText !== undefined) return source.inlineText;
    if (source.plainTextPath) throw new FileProblem(fileName, "textOutsideArchive", { source: source.name, path: source.plainTextPath });
    return null;
  }, options);
}

function projectEntry(fileName: string, zip: SafeZip): string {
  const all = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith(".qde")).map((entry) => entry.name);
  const atRoot = all.filter((name) => !/[/\\]/.test(name));
  const candidates = atRoot.length > 0 ? atRoot : all;
  if (candidates.length === 0) throw new FileProblem(fileName, "noProjectInArchive");
  if (candidates.length > 1) {
    const standard = candidates.find((name) => name.toLowerCase() === "project.qde");
    if (standard) return standard;
    throw new FileProblem(fileName, "severalProjects", { names: candidates.join(", ") });
  }
  return candidates[0]!;
}

export function decodeXml(fileName: string, bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(fileName, "projectNotText", { encoding: utf16 ?? "UTF-8" });
  }
}

const OUTSIDE_ARCHIVE = /^(?:relative|absolute|file|https?):/i;

/** The raw text of a source from the archive; the names of sources that were not UTF-8 go to `notUtf8`. */
function archiveText(fileName: string, zip: SafeZip, byLowerName: Map<string, string>, source: RefiTextSource, notUtf8: string[]): string | null {
  const path = source.plainTextPath;
  if (!path) return source.inlineText ?? null;
  const entry = OUTSIDE_ARCHIVE.test(path) ? undefined : findEntry(path, byLowerName);
  if (entry === undefined) {
    if (source.inlineText !== undefined) return source.inlineText;
    throw new FileProblem(fileName, "sourceTextMissing", { source: source.name, path });
  }
  try {
    const decoded = decodeRawTextBytes(entry, zip.read(entry));
    if (decoded.encoding === "windows-1252") notUtf8.push(source.name);
    return decoded.text;
  } catch (error) {
    if (error instanceof FileProblem && error.fileName === entry) throw new FileProblem(fileName, "sourceTextBad", { entry }, error.problem);
    throw error;
  }
}

function findEntry(path: string, byLowerName: Map<string, string>): string | undefined {
  const bare = path.replace(/^internal:\/\//i, "").replace(/\\/g, "/").replace(/^(?:\.\/|\/)+/, "");
  const variants = new Set([bare, safeDecode(bare)]);
  for (const variant of variants) {
    const lower = variant.toLowerCase();
    const found = byLowerName.get(`sources/${lower}`) ?? byLowerName.get(lower);
    if (found !== undefined) return found;
  }
  return undefined;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
