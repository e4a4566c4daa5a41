// Turns the bytes of a text file into canonical text: honours a UTF-8/UTF-16 byte-order mark,
// otherwise reads strict UTF-8 and falls back to Windows-1252; binary files are refused.
import { canonicalizeText, isBlank } from "../core/text/canonical";
import { FileProblem } from "./importTypes";
import type { Problem, ProblemCode } from "./problems";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** What was changed in reading it, e.g. a fallback to Windows-1252. */
  notes: Problem[];
}

const BINARY_SIGNATURES: { bytes: number[]; reason: ProblemCode }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], reason: "pdf" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], reason: "zipNotText" },
  { bytes: [0x50, 0x4b, 0x05, 0x06], reason: "zipNotText" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], reason: "pngImage" },
  { bytes: [0xff, 0xd8, 0xff], reason: "jpegImage" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], reason: "gifImage" },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], reason: "gifImage" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], reason: "oldOffice" },
];

/** Characters for bytes 0x80–0x9F in Windows-1252 (WHATWG index). Node's own decoder treats them as Latin-1. */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Share of control bytes (other than tab, LF, FF, CR, ESC) above which data is taken to be binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeTextBytes(fileName: string, bytes: Uint8Array): DecodedText {
  const decoded = decodeRawTextBytes(fileName, bytes);
  if (isBlank(decoded.text)) throw new FileProblem(fileName, "empty");
  return { ...decoded, text: canonicalizeText(decoded.text) };
}

/**
 * The text as written: the byte-order mark removed, line endings left as they are (for formats whose
 * offsets count the raw text, such as REFI-QDA sources). May be empty.
 */
export function decodeRawTextBytes(fileName: string, bytes: Uint8Array): DecodedText {
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) throw new FileProblem(fileName, signature.reason);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(fileName, bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(fileName, bytes, "utf-16be");
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new FileProblem(fileName, "notText");
  return decodeUtf8OrWindows1252(body);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(fileName: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedText {
  try {
    // The decoder drops the byte-order mark itself.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { text, encoding, notes: [] };
  } catch {
    throw new FileProblem(fileName, "notUtf16");
  }
}

/** Per byte value: 2 for NUL, 1 for the other control characters a text does not hold, else 0. */
const BYTE_KINDS = Uint8Array.from({ length: 256 }, (_, b) => {
  if (b === 0) return 2;
  const allowed = b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x1b;
  return (b < 0x20 && !allowed) || b === 0x7f ? 1 : 0;
});

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const kind = BYTE_KINDS[bytes[i]!]!;
    if (kind === 2) return true;
    controls += kind;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8", notes: [] };
  } catch {
    let text = "";
    for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
    return { text, encoding: "windows-1252", notes: [{ code: "readAsWindows1252" }] };
  }
}
