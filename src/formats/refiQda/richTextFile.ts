// The bytes of a rich-text original (`richTextPath`, a .docx) of a source or a note: read from the
// archive when the path is inside it (`internal://…` or relative); a path elsewhere (another
// scheme) is not read, and an `internal://` file the archive lacks is reported.
import type { ReportCollector } from "./importReport";
import type { SourceFileResolver } from "./projectRead";

export function richTextFile(path: string, resolveFile: SourceFileResolver, report: ReportCollector, what: string): Uint8Array | null {
  const internal = /^internal:\/\//i.test(path);
  const bytes = internal || !/^[a-z][a-z0-9+.-]*:/i.test(path) ? resolveFile(path) : null;
  if (bytes === null && internal) report.add("richTextsMissing", what);
  return bytes;
}
