// Record ids: random UUIDs for new records, and name-based ids for records built from data
// (so that building the same study twice yields the same ids, as REFI-QDA export needs).

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** FNV-1a over UTF-16 units, 64-bit, seeded twice to fill a UUID-shaped id (version nibble 8). */
export function stableId(...parts: string[]): string {
  const key = parts.join("\u001f");
  fnv1a64(key, 0xcbf29ce4, 0x84222325, 0);
  fnv1a64(key, 0x84222325, 0xcbf29ce4, 2);
  const hex = hex32(halves[0]!) + hex32(halves[1]!) + hex32(halves[2]!) + hex32(halves[3]!);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const halves = new Int32Array(4);
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const hex32 = (word: number) => BYTE_HEX[word >>> 24]! + BYTE_HEX[(word >>> 16) & 0xff]! + BYTE_HEX[(word >>> 8) & 0xff]! + BYTE_HEX[word & 0xff]!;

/**
 * 64-bit FNV-1a in two 32-bit halves (high, low), written to `halves` at `at`. The prime is
 * 2^40 + 0x1b3, so multiplying by it adds the low half shifted by 8 into the high half, plus the
 * low half times 0x1b3 with its carry, which is worked out in 16-bit pieces so that every step
 * stays a 32-bit integer.
 */
function fnv1a64(text: string, seedHigh: number, seedLow: number, at: number): void {
  let high = seedHigh | 0;
  let low = seedLow | 0;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    const lowPiece = (low & 0xffff) * 0x1b3;
    const highPiece = (low >>> 16) * 0x1b3 + (lowPiece >>> 16);
    high = (Math.imul(high, 0x1b3) + (highPiece >>> 16) + (low << 8)) | 0;
    low = ((highPiece & 0xffff) << 16) | (lowPiece & 0xffff);
  }
  halves[at] = high;
  halves[at + 1] = low;
}
