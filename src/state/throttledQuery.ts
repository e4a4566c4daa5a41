// A live query that re-runs at most once per interval. Dexie's own live queries re-run on every
// commit; a list of hundreds of documents being imported one by one would re-read and re-render
// hundreds of times. This one listens for changes to the named tables (in this tab or another)
// and re-reads after the interval, so the list follows the import without slowing it.
import Dexie from "dexie";
import { useEffect, useState } from "react";
import { DATABASE_NAME } from "../persistence/schema";

const INTERVAL_MS = 300;

export function useThrottledQuery<T>(tables: string[], query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  const key = JSON.stringify(deps);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastRun = 0;
    const prefixes = tables.map((table) => `idb://${DATABASE_NAME}/${table}/`);
    const run = () => {
      timer = null;
      lastRun = performance.now();
      void query().then((value) => alive && setState({ key, value }));
    };
    const onMutated = (parts: Record<string, unknown>) => {
      if (timer !== null || !Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) return;
      timer = setTimeout(run, Math.max(0, lastRun + INTERVAL_MS - performance.now()));
    };
    Dexie.on("storagemutated", onMutated);
    run();
    return () => {
      alive = false;
      if (timer !== null) clearTimeout(timer);
      Dexie.on("storagemutated").unsubscribe(onMutated);
    };
    // The query is identified by its deps (the key); tables are fixed per call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : undefined;
}
