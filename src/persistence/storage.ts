// The browser's storage for this origin: how much is used, and whether it is persistent
// (not evicted under storage pressure). Persistence is requested after the first import.

export interface StorageStatus {
  usedBytes: number | null;
  quotaBytes: number | null;
  persistent: boolean | null;
}

function browserStorage(): StorageManager | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.storage;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = browserStorage();
  if (!storage?.estimate) return { usedBytes: null, quotaBytes: null, persistent: null };
  const [estimate, persistent] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]);
  return { usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persistent };
}

/** Asks the browser to keep this origin's data; resolves to whether it now is persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = browserStorage();
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
