// Room tokens on the sync server: only a SHA-256 digest of a token is kept, and digests are
// compared in constant time. Tokens are random secrets of at least 128 bits made by the app, so a
// plain digest (no salt, no slow hash) is enough: there is no dictionary to guess from.
import { createHash, timingSafeEqual } from "node:crypto";

/** 22 base64url characters carry 132 bits; anything shorter is refused when a room is claimed. */
export const MIN_TOKEN_LENGTH = 22;
/** A bound on what is hashed, so that a client cannot make the server digest megabytes. */
export const MAX_TOKEN_LENGTH = 512;

export function isAcceptableToken(token: unknown): token is string {
  return typeof token === "string" && token.length >= MIN_TOKEN_LENGTH && token.length <= MAX_TOKEN_LENGTH;
}

export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
