// Record ids: random UUIDs for new records, and name-based ids for records built from data
// (so that building the same study twice yields the same ids, as REFI-QDA export needs).

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** FNV-1a over UTF-16 units, 64-bit, seeded twice to fill a UUID-shaped id (version nibble 8). */
export function stableId(...parts: string[]): string {
  const key = parts.join("\u001f");
  const hex = fnv1a64(key, 0xcbf29ce484222325n) + fnv1a64(key, 0x84222325cbf29ce4n);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function fnv1a64(text: string, seed: bigint): string {
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, "0");
}
