// Building zip archives byte by byte for hostile-input tests: entries whose central directory
// records share one compressed stream (the "better zip bomb"), and records whose declared sizes lie.
// By hand, because a zip library will not declare false sizes or point two names at one stream;
// the CRC-32 is Node's (zlib), independent of the reader's own.
import { crc32 } from "node:zlib";
import { deflateSync, strToU8 } from "fflate";

export interface CraftedEntry {
  name: string;
  content: string | Uint8Array;
  /** The inflated size the directory declares; the true size when left out. */
  declaredSize?: number;
  /** Raw DEFLATE data to store instead of compressing `content` (for streams that run past their size). */
  deflated?: Uint8Array;
}

/**
 * A zip of the entries, then one more central directory record for each alias, pointing at the local
 * header and data of the entry it names: many names, one stream.
 */
export function craftZip(entries: CraftedEntry[], aliases: { name: string; of: string }[] = []): Uint8Array {
  const parts: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  const byName = new Map<string, { offset: number; crc: number; packed: number; size: number }>();
  let offset = 0;
  for (const entry of entries) {
    const bytes = typeof entry.content === "string" ? strToU8(entry.content) : entry.content;
    const packed = entry.deflated ?? deflateSync(bytes);
    const info = { offset, crc: crc32(bytes), packed: packed.length, size: entry.declaredSize ?? bytes.length };
    const name = strToU8(entry.name);
    const header = localHeader(name, info);
    parts.push(header, packed);
    offset += header.length + packed.length;
    byName.set(entry.name, info);
    records.push(centralRecord(name, info));
  }
  for (const alias of aliases) {
    const info = byName.get(alias.of);
    if (!info) throw new Error(`no entry ${alias.of}`);
    records.push(centralRecord(strToU8(alias.name), info));
  }
  const directorySize = records.reduce((sum, record) => sum + record.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, records.length, true);
  view.setUint16(10, records.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...records, end]));
}

function localHeader(name: Uint8Array, info: { crc: number; packed: number; size: number }): Uint8Array {
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, 8, true);
  view.setUint32(14, info.crc, true);
  view.setUint32(18, info.packed, true);
  view.setUint32(22, info.size, true);
  view.setUint16(26, name.length, true);
  header.set(name, 30);
  return header;
}

/** A central directory record: "version made by", then the local header's fields (version to comment length), then its offset. */
function centralRecord(name: Uint8Array, info: { offset: number; crc: number; packed: number; size: number }): Uint8Array {
  const record = new Uint8Array(46 + name.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true);
  record.set(localHeader(name, info).subarray(4, 30), 6);
  view.setUint32(42, info.offset, true);
  record.set(name, 46);
  return record;
}

/**
 * Raw DEFLATE of at least `size` zero bytes, written directly as one fixed-Huffman block: a literal
 * zero, then copies of 258 bytes at distance 1 (13 bits each), so a gigabyte costs a few megabytes.
 */
export function deflatedZeros(size: number): Uint8Array {
  const copies = Math.ceil(Math.max(0, size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (code: number, length: number) => {
    // Huffman codes go most significant bit first into DEFLATE's least-significant-first bit stream.
    for (let i = length - 1; i >= 0; i--, bit++) if ((code >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  put(0b110, 3); // BFINAL = 1, BTYPE = 01 (fixed Huffman), read as bits 1, then 1 0
  put(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    put(0xc5, 8); // length code 285: 258 bytes
    put(0, 5); // distance code 0: distance 1
  }
  put(0, 7); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}
