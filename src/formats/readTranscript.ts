// Reads one picked or dropped file into an ImportedTranscript, choosing the reader by the file's
// extension; pasted text is wrapped the same way.
import type { SourceType } from "../core/model/types";
import { canonicalizeText, isBlank } from "../core/text/canonical";
import { cleanName } from "../core/text/names";
import { decodeTextBytes } from "./decodeText";
import { readDocx } from "./docx";
import { FileProblem, type ImportedTranscript } from "./importTypes";
import { INPUT_LIMITS } from "./inputLimits";
import type { Problem, ProblemCode } from "./problems";
import { markdownToText } from "./markdown";
import { parseSrt, parseVtt } from "./subtitles";

const UNSUPPORTED_TYPES: [string[], ProblemCode][] = [
  [["doc"], "oldWordFile"],
  [["pdf"], "pdfFile"],
  [["rtf"], "rtfFile"],
  [["odt"], "odtFile"],
  [["pages"], "applePages"],
  [["zip"], "zipArchive"],
  [["qdpx", "qde"], "refiProject"],
  [["qdc"], "refiCodebook"],
  [["xls", "xlsx", "ods", "numbers"], "spreadsheet"],
  [["ppt", "pptx", "odp", "key"], "presentation"],
  [["png", "jpg", "jpeg", "gif", "webp", "heic"], "image"],
  [["mp3", "wav", "m4a", "ogg", "mp4", "mov", "webm"], "recording"],
];
const UNSUPPORTED = new Map(UNSUPPORTED_TYPES.flatMap(([extensions, reason]) => extensions.map((ext) => [ext, reason] as const)));

export async function readTranscriptFile(fileName: string, bytes: Uint8Array): Promise<ImportedTranscript> {
  const { name, extension } = splitFileName(fileName);
  const unsupported = UNSUPPORTED.get(extension);
  if (unsupported !== undefined) throw new FileProblem(fileName, unsupported);
  const transcript = (text: string, sourceType: SourceType, notes: Problem[]): ImportedTranscript => {
    if (text.length > INPUT_LIMITS.textCharacters) {
      throw new FileProblem(fileName, "textTooLong", { limit: INPUT_LIMITS.textCharacters });
    }
    return { name, text, sourceName: fileName, sourceType, notes };
  };

  if (extension === "docx") return transcript(await readDocx(fileName, bytes), "docx", []);
  const { text, notes } = decodeTextBytes(fileName, bytes);
  switch (extension) {
    case "vtt":
    case "srt": {
      const cues = extension === "vtt" ? parseVtt(fileName, text) : parseSrt(fileName, text);
      return transcript(cues.text, extension, [...notes, ...cues.notes]);
    }
    case "md":
    case "markdown":
      return transcript(markdownText(fileName, text), "md", notes);
    default:
      // .txt, .text, and any unknown extension: decodeTextBytes has already refused binaries.
      return transcript(text, "txt", notes);
  }
}

/** The plain text of a Markdown file; one that holds only markup (a rule, link definitions) is empty. */
function markdownText(fileName: string, markdown: string): string {
  const text = markdownToText(markdown);
  if (isBlank(text)) throw new FileProblem(fileName, "markdownEmpty");
  return text;
}

export function readPastedText(name: string, text: string): ImportedTranscript {
  const canonical = canonicalizeText(text);
  if (isBlank(canonical)) throw new FileProblem(name, "empty");
  return { name: cleanName(name), text: canonical, sourceName: name, sourceType: "paste", notes: [] };
}

/** "notes/Wawancara 1.TXT" → name "Wawancara 1", extension "txt". A leading dot is not an extension. */
function splitFileName(fileName: string): { name: string; extension: string } {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return { name: cleanName(base), extension: "" };
  return { name: cleanName(base.slice(0, dot)), extension: base.slice(dot + 1).toLowerCase() };
}
