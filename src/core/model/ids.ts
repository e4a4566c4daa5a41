// Record ids: random UUIDs for new records, and name-based ids for records built from data
// (so that building the same study twice yields the same ids, as REFI-QDA export needs).

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** FNV-1a over UTF-16 units, 64-bit, seeded twice to fill a UUID-shaped id (version nibble 8). */
export function stableId(...parts: string[]): string {
  const key = parts.join("\u001f");
  const hex = fnv1a64(key, 0xcbf29ce4, 0x84222325) + fnv1a64(key, 0x84222325, 0xcbf29ce4);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * 64-bit FNV-1a in two 32-bit halves (high, low). The prime is 2^40 + 0x1b3, so multiplying by it
 * adds the low half shifted by 8 into the high half, plus the low half times 0x1b3 with its carry.
 */
function fnv1a64(text: string, seedHigh: number, seedLow: number): string {
  let high = seedHigh >>> 0;
  let low = seedLow >>> 0;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    const product = low * 0x1b3;
    const carry = Math.floor(product / 0x100000000);
    high = (Math.imul(high, 0x1b3) + carry + (low << 8)) >>> 0;
    low = product >>> 0;
  }
  return high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0");
}
