// Reads one picked or dropped file into an ImportedTranscript, choosing the reader by the file's
// extension; pasted text is wrapped the same way.
import type { SourceType } from "../core/model/types";
import { canonicalizeText, isBlank } from "../core/text/canonical";
import { cleanName } from "../core/text/names";
import { decodeTextBytes } from "./decodeText";
import { readDocx } from "./docx";
import { FileProblem, type ImportedTranscript } from "./importTypes";
import { formatCount, INPUT_LIMITS } from "./inputLimits";
import { markdownToText } from "./markdown";
import { parseSrt, parseVtt } from "./subtitles";

const READABLE = "Telaah reads .txt, .md, .docx, .vtt and .srt files";

const UNSUPPORTED_TYPES: [string[], string][] = [
  [["doc"], "is an old Word .doc file; save it as .docx or .txt first"],
  [["pdf"], "is a PDF; export it as .txt or .docx first"],
  [["rtf"], "is an RTF file; save it as .docx or .txt first"],
  [["odt"], "is an OpenDocument text file; save it as .docx or .txt first"],
  [["pages"], "is an Apple Pages file; export it as .docx or .txt first"],
  [["zip"], "is a ZIP archive; unpack it and import the transcripts inside"],
  [["qdpx", "qde"], "is a REFI-QDA project; open it with Import project file in the Projects dialog"],
  [["qdc"], "is a REFI-QDA codebook; import it from the codebook panel"],
  [["xls", "xlsx", "ods", "numbers"], `is a spreadsheet; ${READABLE}`],
  [["ppt", "pptx", "odp", "key"], `is a presentation; ${READABLE}`],
  [["png", "jpg", "jpeg", "gif", "webp", "heic"], `is an image; ${READABLE}`],
  [["mp3", "wav", "m4a", "ogg", "mp4", "mov", "webm"], "is an audio or video recording; transcribe it first, then import the transcript"],
];
const UNSUPPORTED = new Map(UNSUPPORTED_TYPES.flatMap(([extensions, reason]) => extensions.map((ext) => [ext, reason] as const)));

export async function readTranscriptFile(fileName: string, bytes: Uint8Array): Promise<ImportedTranscript> {
  const { name, extension } = splitFileName(fileName);
  const unsupported = UNSUPPORTED.get(extension);
  if (unsupported !== undefined) throw new FileProblem(fileName, unsupported);
  const transcript = (text: string, sourceType: SourceType, notes: string[]): ImportedTranscript => {
    if (text.length > INPUT_LIMITS.textCharacters) {
      throw new FileProblem(fileName, `is refused: its text is longer than ${formatCount(INPUT_LIMITS.textCharacters)} characters, the most Telaah reads in one text`);
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
  if (isBlank(text)) throw new FileProblem(fileName, "has no text besides its Markdown markup");
  return text;
}

export function readPastedText(name: string, text: string): ImportedTranscript {
  const canonical = canonicalizeText(text);
  if (isBlank(canonical)) throw new FileProblem(name, "is empty");
  return { name: cleanName(name), text: canonical, sourceName: name, sourceType: "paste", notes: [] };
}

/** "notes/Wawancara 1.TXT" → name "Wawancara 1", extension "txt". A leading dot is not an extension. */
function splitFileName(fileName: string): { name: string; extension: string } {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return { name: cleanName(base), extension: "" };
  return { name: cleanName(base.slice(0, dot)), extension: base.slice(dot + 1).toLowerCase() };
}
