// Reading the entries of a zip archive (a .qdpx) that may be hostile. The central directory is read
// first and the whole archive refused, with one FileProblem naming the problem, when it is not a zip,
// is truncated, names an entry outside the archive (`..`, an absolute path, a drive letter), names
// one entry twice, or declares entries that would inflate past the size limits (zip bombs). Only
// then are entries inflated, one at a time and each into a buffer no larger than its declared size,
// and checked against the CRC-32 the directory records (a header that understates a size would
// otherwise yield a silently cut text).
import { unzipSync } from "fflate";
import { FileProblem } from "../importTypes";

export interface ZipLimits {
  /** Most bytes all entries may inflate to together. */
  maxTotalBytes: number;
  /** Most an entry may grow when inflated, as a multiple of its packed size. */
  maxRatio: number;
  /** Entries smaller than this when inflated are not held to maxRatio (tiny files compress wildly). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 1024 ** 3,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  packedSize: number;
  size: number;
  /** The CRC-32 of the inflated bytes, as the central directory records it. */
  crc: number;
}

/** The archive's entries (folders left out), checked against hostile names and sizes. */
export function listZipEntries(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  if (!looksLikeZip(bytes)) throw new FileProblem(fileName, "is not a zip archive (a .qdpx file is a zip)");
  const entries: ZipEntryInfo[] = [];
  try {
    const crcs = centralDirectoryCrcs(bytes);
    unzipSync(bytes, {
      filter: (file) => {
        const crc = crcs[entries.length];
        if (crc === undefined) throw new Error("more entries than the directory lists");
        entries.push({ name: file.name, packedSize: file.size, size: file.originalSize, crc });
        return false;
      },
    });
  } catch {
    throw new FileProblem(fileName, "is damaged: the zip archive is truncated or corrupt");
  }
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) {
      throw new FileProblem(fileName, `is refused: the entry "${entry.name}" points outside the archive`);
    }
    const key = entry.name.replace(/\\/g, "/");
    if (seen.has(key)) throw new FileProblem(fileName, `is refused: two entries are named "${entry.name}"`);
    seen.add(key);
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new FileProblem(fileName, `is refused: its entries would inflate to more than ${formatBytes(limits.maxTotalBytes)}`);
    }
    if (entry.size >= limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(1, entry.packedSize)) {
      throw new FileProblem(
        fileName,
        `is refused: the entry "${entry.name}" would inflate to more than ${limits.maxRatio} times its packed size (a zip bomb)`,
      );
    }
  }
  return entries.filter((entry) => !entry.name.endsWith("/"));
}

export interface SafeZip {
  /** The archive's file entries, already checked. */
  entries: ZipEntryInfo[];
  /** The inflated bytes of one listed entry. */
  read(name: string): Uint8Array;
}

/** An archive checked by listZipEntries, whose entries are then inflated one at a time on demand. */
export function openZip(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): SafeZip {
  const entries = listZipEntries(fileName, bytes, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    read(name) {
      const entry = byName.get(name);
      if (!entry) throw new FileProblem(fileName, `has no entry "${name}"`);
      let inflated: Uint8Array | undefined;
      try {
        inflated = unzipSync(bytes, { filter: (file) => file.name === name })[name];
      } catch {
        throw new FileProblem(fileName, `is damaged: the entry "${name}" cannot be inflated`);
      }
      if (!inflated || inflated.length !== entry.size || crc32(inflated) !== entry.crc) {
        throw new FileProblem(fileName, `is damaged: the entry "${name}" does not match its recorded size and checksum`);
      }
      return inflated;
    },
  };
}

/** The CRC-32 of each central directory record, in directory order (the order fflate lists them in). */
function centralDirectoryCrcs(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("no end of central directory");
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const zip64End = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(zip64End, true) === 0x06064b50) {
      count = Number(view.getBigUint64(zip64End + 32, true));
      offset = Number(view.getBigUint64(zip64End + 48, true));
    }
  }
  const crcs: number[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error("bad central directory record");
    crcs.push(view.getUint32(offset + 16, true));
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return crcs;
}

/** CRC-32 tables for reading four bytes a step ("slicing by 4"). */
let crcTables: Uint32Array[] | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTables) {
    const base = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      base[n] = c >>> 0;
    }
    crcTables = [base];
    for (let t = 1; t < 4; t++) {
      const previous = crcTables[t - 1]!;
      const table = new Uint32Array(256);
      for (let n = 0; n < 256; n++) table[n] = (previous[n]! >>> 8) ^ base[previous[n]! & 0xff]!;
      crcTables.push(table);
    }
  }
  const [t0, t1, t2, t3] = crcTables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let crc = 0xffffffff;
  let i = 0;
  for (const end = bytes.length - 3; i < end; i += 4) {
    crc ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    crc = t3[crc & 0xff]! ^ t2[(crc >>> 8) & 0xff]! ^ t1[(crc >>> 16) & 0xff]! ^ t0[crc >>> 24]!;
  }
  for (; i < bytes.length; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function looksLikeZip(bytes: Uint8Array): boolean {
  // A local file header, or the end-of-directory record of an empty archive.
  return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function isUnsafeEntryName(name: string): boolean {
  const path = name.replace(/\\/g, "/");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\0")) return true;
  return path.split("/").some((part) => part === "..");
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
