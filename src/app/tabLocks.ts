// Work that only one tab may do at a time, under the Web Locks API: opening the database (so that
// one tab alone runs a schema upgrade, the others waiting for it) and importing a project. Where
// the API is missing (Node, old browsers) the work simply runs.

export const SCHEMA_LOCK = "telaah-schema";
export const IMPORT_LOCK = "telaah-project-import";

/** Runs `work` holding the named lock across every tab of this origin. */
export function withTabLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request(name, { mode: "exclusive" }, work) as Promise<T>;
}
