// Reads the plain text of a Word .docx file with mammoth (loaded only when a .docx is imported):
// one line per paragraph, canonical, ending with a single line break.
import { canonicalizeText, isBlank } from "../core/text/canonical";
import { FileProblem } from "./importTypes";

export async function readDocx(fileName: string, bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  let raw: string;
  try {
    raw = (await mammoth.extractRawText(mammothInput(bytes))).value;
  } catch {
    throw new FileProblem(fileName, "is not a valid .docx file");
  }
  // mammoth ends every paragraph with "\n\n"; a line break inside a paragraph is a single "\n".
  const text = canonicalizeText(raw).replace(/\n\n/g, "\n").replace(/\n+$/, "");
  if (isBlank(text)) throw new FileProblem(fileName, "is empty");
  return text + "\n";
}

/**
 * mammoth's Node build only reads `{ buffer }`; its browser build (picked by the bundler through
 * the package's "browser" field) only reads `{ arrayBuffer }`.
 */
function mammothInput(bytes: Uint8Array): { buffer: Buffer } | { arrayBuffer: ArrayBuffer } {
  if (typeof Buffer !== "undefined") return { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  return { arrayBuffer: new Uint8Array(bytes).buffer };
}
