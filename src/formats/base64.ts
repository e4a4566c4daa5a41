// Base64 of bytes and back, in browsers and in Node alike (atob and btoa are in both): for binary
// files kept inside JSON records, such as the rich-text original of an imported source; and a
// short fingerprint of a text, to tell whether such an original still goes with it.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** FNV-1a (32 bits) of a text's UTF-16 units with its length, in hex: equal texts give equal fingerprints. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(16)}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}
