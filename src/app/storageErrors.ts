// Storage failures in words: a full disk or quota (QuotaExceededError) and the browser's
// unexplained storage failures (UnknownError, which Chromium gives for a full disk too) get a
// message that says what happened and what to do, with the space the project's browser uses.
import { formatBytes, t } from "../lang";
import { readStorageStatus } from "../persistence/storage";

const STORAGE_ERRORS = new Set(["QuotaExceededError", "UnknownError"]);

/** Whether the error (or the error Dexie wraps) is the browser's storage failing. */
export function isStorageError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (STORAGE_ERRORS.has(current.name)) return true;
    current = (current as Error & { inner?: unknown }).inner ?? current.cause;
  }
  return false;
}

/** The message for a storage error: "The browser has no room left for this project (12.0 MB used). …". */
export async function storageErrorMessage(): Promise<string> {
  const { usedBytes } = await readStorageStatus().catch(() => ({ usedBytes: null }));
  return usedBytes === null ? t("storageFullUnknownUse") : t("storageFull", { used: formatBytes(usedBytes) });
}
