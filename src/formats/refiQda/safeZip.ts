// Reading the entries of a zip archive (a .qdpx) that may be hostile. The central directory is read
// first and the whole archive refused, with one FileProblem naming the problem, when it is too
// large, not a zip, truncated, names an entry outside the archive (`..`, an absolute path, a drive
// letter), names one entry twice, has entries whose data overlap (the "better zip bomb", where many
// entries inflate the same compressed bytes), or declares entries that would inflate past the size
// limits (zip bombs). Only then are entries inflated, one at a time, in small steps that stop as
// soon as an entry passes its declared size (a DEFLATE stream can run on far past it), and checked
// against the CRC-32 the directory records (a header that understates a size would otherwise yield
// a silently cut text).
import { Inflate, unzipSync } from "fflate";
import { FileProblem } from "../importTypes";
import { INPUT_LIMITS } from "../inputLimits";

export interface ZipLimits {
  /** Most bytes the archive itself may have. */
  maxArchiveBytes: number;
  /** Most bytes all entries may inflate to together. */
  maxTotalBytes: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most an entry may grow when inflated, as a multiple of its packed size. */
  maxRatio: number;
  /** Entries smaller than this when inflated are not held to maxRatio (tiny files compress wildly). */
  ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: INPUT_LIMITS.archiveBytes,
  maxTotalBytes: INPUT_LIMITS.inflatedBytes,
  maxEntryBytes: INPUT_LIMITS.entryBytes,
  maxRatio: INPUT_LIMITS.inflateRatio,
  ratioFloorBytes: 64 * 1024,
};

/** Compressed bytes given to the inflater at a time: an entry is stopped soon after it passes its declared size. */
const INFLATE_STEP = 16 * 1024;

export interface ZipEntryInfo {
  name: string;
  packedSize: number;
  size: number;
  /** The CRC-32 of the inflated bytes, as the central directory records it. */
  crc: number;
  /** Where the entry's local header, and its compressed data after it, begin in the archive. */
  headerStart: number;
  dataStart: number;
  /** 0 stored, 8 DEFLATE. */
  compression: number;
}

/** The archive's entries (folders left out), checked against hostile names and sizes. */
export function listZipEntries(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntryInfo[] {
  if (bytes.length > limits.maxArchiveBytes) {
    throw new FileProblem(fileName, "zipTooLarge", { limitBytes: limits.maxArchiveBytes });
  }
  if (!looksLikeZip(bytes)) throw new FileProblem(fileName, "notZip");
  const entries: ZipEntryInfo[] = [];
  try {
    const records = centralDirectory(bytes);
    unzipSync(bytes, {
      filter: (file) => {
        const record = records[entries.length];
        if (record === undefined) throw new Error("more entries than the directory lists");
        entries.push({ name: file.name, packedSize: file.size, size: file.originalSize, ...record, compression: file.compression });
        return false;
      },
    });
    if (entries.some((entry) => entry.dataStart + entry.packedSize > bytes.length)) throw new Error("an entry's data runs past the archive");
  } catch {
    throw new FileProblem(fileName, "zipCorrupt");
  }
  refuseOverlaps(fileName, entries);
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (isUnsafeEntryName(entry.name)) {
      throw new FileProblem(fileName, "zipEntryOutside", { entry: entry.name });
    }
    const key = entry.name.replace(/\\/g, "/");
    if (seen.has(key)) throw new FileProblem(fileName, "zipEntryTwice", { entry: entry.name });
    seen.add(key);
    if (entry.size > limits.maxEntryBytes) {
      throw new FileProblem(fileName, "zipEntryTooLarge", { entry: entry.name, limitBytes: limits.maxEntryBytes });
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new FileProblem(fileName, "zipTotalTooLarge", { limitBytes: limits.maxTotalBytes });
    }
    if (entry.size >= limits.ratioFloorBytes && entry.size > limits.maxRatio * Math.max(1, entry.packedSize)) {
      throw new FileProblem(fileName, "zipBombRatio", { entry: entry.name, ratio: String(limits.maxRatio) });
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

/**
 * How entries are inflated and checked: with fflate (FFLATE_CODEC, which runs anywhere) unless
 * another is given (the command line gives Node's zlib, src/cli/nodeZip.ts, which is faster).
 */
export interface ZipCodec {
  /** The inflated bytes of a raw DEFLATE stream; null as soon as they pass `limit` bytes; throws when the stream is damaged. */
  inflate(packed: Uint8Array, limit: number): Uint8Array | null;
  crc32(bytes: Uint8Array): number;
}

/** An archive checked by listZipEntries, whose entries are then inflated one at a time on demand. */
export function openZip(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, codec: ZipCodec = FFLATE_CODEC): SafeZip {
  const entries = listZipEntries(fileName, bytes, limits);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    read(name) {
      const entry = byName.get(name);
      if (!entry) throw new FileProblem(fileName, "zipEntryMissing", { entry: name });
      const inflated = inflateEntry(fileName, bytes, entry, codec);
      if (inflated.length !== entry.size || codec.crc32(inflated) !== entry.crc) {
        throw new FileProblem(fileName, "zipEntryChecksum", { entry: name });
      }
      return inflated;
    },
  };
}

/** The entry's bytes, refused as soon as they pass the size the directory declares (a DEFLATE stream can run on). */
function inflateEntry(fileName: string, bytes: Uint8Array, entry: ZipEntryInfo, codec: ZipCodec): Uint8Array {
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
  if (entry.compression === 0) return packed;
  if (entry.compression !== 8) throw new FileProblem(fileName, "zipCompression", { entry: entry.name, method: String(entry.compression) });
  let inflated: Uint8Array | null;
  try {
    inflated = codec.inflate(packed, entry.size);
  } catch {
    throw new FileProblem(fileName, "zipInflate", { entry: entry.name });
  }
  if (inflated === null) throw new FileProblem(fileName, "zipEntryOverrun", { entry: entry.name, size: String(entry.size) });
  return inflated;
}

export const FFLATE_CODEC: ZipCodec = {
  /** Inflated a step at a time into a buffer of `limit` bytes plus one, stopped as soon as that extra byte fills. */
  inflate(packed, limit) {
    const output = new Uint8Array(limit + 1);
    let filled = 0;
    const inflater = new Inflate((chunk) => {
      const room = output.length - filled;
      output.set(chunk.length > room ? chunk.subarray(0, room) : chunk, filled);
      filled += Math.min(room, chunk.length);
    });
    for (let at = 0; at < packed.length && filled <= limit; at += INFLATE_STEP) {
      const end = Math.min(packed.length, at + INFLATE_STEP);
      inflater.push(packed.subarray(at, end), end === packed.length);
    }
    return filled > limit ? null : output.subarray(0, filled);
  },
  crc32,
};

/** Refuses entries whose local header and data share bytes with another's (one compressed stream inflated many times). */
function refuseOverlaps(fileName: string, entries: ZipEntryInfo[]): void {
  const spans = entries
    .map((entry) => ({ entry, start: entry.headerStart, end: entry.dataStart + entry.packedSize }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const span = spans[i]!;
    if (span.start < previous.end) {
      throw new FileProblem(fileName, "zipOverlap", { first: previous.entry.name, second: span.entry.name });
    }
  }
}

/** Each central directory record's CRC-32 and where its local header and data begin, in directory order (fflate's order). */
function centralDirectory(bytes: Uint8Array): { crc: number; headerStart: number; dataStart: number }[] {
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
  const records: { crc: number; headerStart: number; dataStart: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error("bad central directory record");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const headerStart = zip64Offset(view, offset, nameLength, extraLength) ?? view.getUint32(offset + 42, true);
    if (view.getUint32(headerStart, true) !== 0x04034b50) throw new Error("bad local header");
    const dataStart = headerStart + 30 + view.getUint16(headerStart + 26, true) + view.getUint16(headerStart + 28, true);
    records.push({ crc: view.getUint32(offset + 16, true), headerStart, dataStart });
    offset += 46 + nameLength + extraLength + view.getUint16(offset + 32, true);
  }
  return records;
}

/** The local header offset a zip64 extra field holds, when the record's own says 0xffffffff. */
function zip64Offset(view: DataView, record: number, nameLength: number, extraLength: number): number | undefined {
  if (view.getUint32(record + 42, true) !== 0xffffffff) return undefined;
  // The zip64 field lists, in order, only the values whose record fields are 0xffffffff.
  const skipped = (view.getUint32(record + 24, true) === 0xffffffff ? 8 : 0) + (view.getUint32(record + 20, true) === 0xffffffff ? 8 : 0);
  for (let at = record + 46 + nameLength, end = at + extraLength; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === 1) return Number(view.getBigUint64(at + 4 + skipped, true));
  }
  return undefined;
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
