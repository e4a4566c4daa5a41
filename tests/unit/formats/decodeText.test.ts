import { describe, expect, it } from "vitest";
import { decodeTextBytes } from "../../../src/formats/decodeText";
import { problemOf } from "../../support/fileProblem";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 code units of `text` after a byte-order mark, in the given byte order. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.push(...(littleEndian ? [low, high] : [high, low]));
  }
  return new Uint8Array(bytes);
}

const decodingProblem = (fileName: string, bytes: Uint8Array) => problemOf(() => decodeTextBytes(fileName, bytes));

describe("decodeTextBytes", () => {
  it("reads UTF-8 without a BOM", () => {
    const decoded = decodeTextBytes("a.txt", utf8("Informan A: Saya setuju 😀 — café\n"));
    expect(decoded).toEqual({ text: "Informan A: Saya setuju 😀 — café\n", encoding: "utf-8", notes: [] });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Halo\n")]);
    expect(decodeTextBytes("a.txt", bytes)).toEqual({ text: "Halo\n", encoding: "utf-8", notes: [] });
  });

  it("reads UTF-16LE with a BOM, surrogate pairs included", () => {
    const decoded = decodeTextBytes("a.txt", utf16("Ibu Siti: é 😀\r\nya", true));
    expect(decoded).toEqual({ text: "Ibu Siti: é 😀\nya", encoding: "utf-16le", notes: [] });
  });

  it("reads UTF-16BE with a BOM", () => {
    const decoded = decodeTextBytes("a.txt", utf16("שלום, P1: ok", false));
    expect(decoded).toEqual({ text: "שלום, P1: ok", encoding: "utf-16be", notes: [] });
  });

  it("reads invalid UTF-8 as Windows-1252, with a note", () => {
    // "café “ok” 5€" in Windows-1252: é = E9, “ = 93, ” = 94, € = 80.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x35, 0x80]);
    expect(decodeTextBytes("lama.txt", bytes)).toEqual({
      text: "café “ok” 5€",
      encoding: "windows-1252",
      notes: [{ code: "readAsWindows1252" }],
    });
  });

  it("canonicalizes CRLF and lone CR line endings to LF", () => {
    expect(decodeTextBytes("a.txt", utf8("satu\r\ndua\rtiga\n")).text).toBe("satu\ndua\ntiga\n");
  });

  it.each([
    ["PDF", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], "is a PDF, not text"],
    ["ZIP", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "is a ZIP archive (a .docx renamed?), not text"],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], "is a PNG image, not text"],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "is a JPEG image, not text"],
    ["GIF", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00], "is a GIF image, not text"],
    ["old .doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "is an old Word (.doc) or other Office 97–2003 file, not text"],
  ])("rejects a %s file by its signature", (_kind, bytes, reason) => {
    const problem = decodingProblem("transkrip.txt", new Uint8Array(bytes));
    expect(problem.fileName).toBe("transkrip.txt");
    expect(problem.reason).toBe(reason);
  });

  it("rejects data with NUL bytes", () => {
    const bytes = new Uint8Array([0x48, 0x00, 0x69, 0x00, 0x21, 0x00, 0x0a, 0x00]);
    expect(decodingProblem("data.txt", bytes).reason).toBe("is not a text file");
  });

  it("rejects data that is mostly control characters", () => {
    const bytes = new Uint8Array([0x01, 0x02, 0x41, 0x03, 0x04, 0x42, 0x05, 0x06, 0x07, 0x08]);
    expect(decodingProblem("data.txt", bytes).reason).toBe("is not a text file");
  });

  it("rejects UTF-16 that cannot be decoded", () => {
    // A BOM, "A", then a lone high surrogate.
    expect(decodingProblem("a.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8])).reason).toBe("could not be decoded as UTF-16");
    // An odd number of bytes.
    expect(decodingProblem("a.txt", new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00])).reason).toBe("could not be decoded as UTF-16");
  });

  it.each([
    ["no bytes", []],
    ["only white space", [0x20, 0x0a, 0x09, 0x0d, 0x0a]],
    ["only a UTF-8 BOM", [0xef, 0xbb, 0xbf]],
    ["only a UTF-16 BOM", [0xff, 0xfe]],
  ])("rejects an empty file (%s)", (_kind, bytes) => {
    expect(decodingProblem("kosong.txt", new Uint8Array(bytes)).reason).toBe("is empty");
  });
});
