// Which errors are the browser's storage failing (and get the "no room left" message), however
// Dexie wraps them.
import { describe, expect, it } from "vitest";
import { isStorageError } from "../../../src/app/storageErrors";

const named = (name: string, inner?: unknown) => Object.assign(new Error(`${name}: message`), { name, inner });

describe("isStorageError", () => {
  it("knows QuotaExceededError and UnknownError, also inside Dexie's wrapping errors", () => {
    expect(isStorageError(named("QuotaExceededError"))).toBe(true);
    expect(isStorageError(named("UnknownError"))).toBe(true);
    expect(isStorageError(named("AbortError", named("QuotaExceededError")))).toBe(true);
    expect(isStorageError(new Error("x", { cause: named("UnknownError") }))).toBe(true);
  });

  it("leaves other errors alone", () => {
    expect(isStorageError(named("ConstraintError"))).toBe(false);
    expect(isStorageError(new Error("QuotaExceededError in the text only"))).toBe(false);
    expect(isStorageError("QuotaExceededError")).toBe(false);
  });
});
