// The browser's storage for this origin: how much is used, and whether it is persistent
// (not evicted under storage pressure). Persistence is requested after the first import.

export interface StorageStatus {
  usedBytes: number | null;
  quotaBytes: number | null;
  persistent: boolean | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage?.estimate) return { usedBytes: null, quotaBytes: null, persistent: null };
  const [estimate, persistent] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(null)]);
  return { usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persistent };
}

/** Asks the browser to keep this origin's data; resolves to whether it now is persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
