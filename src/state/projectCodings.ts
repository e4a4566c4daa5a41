// Every coding of a project, read once and then kept up to date from what each write touched (in
// this tab or another): a write of a few codings reads those codings again by key, not the tens of
// thousands a project may hold. A write Dexie reports as a range of keys (fifty codings or more at
// once, a table cleared) reads them all again. Reads follow the writes at most a few times a second.
import Dexie, { cmp, RangeSet, type IntervalTree } from "dexie";
import { useEffect, useState } from "react";
import type { Coding } from "../core/model/types";
import { appDatabase } from "../persistence/database";

const INTERVAL_MS = 300;

/** What a write touched of a project's codings: nothing, the ids of those written, or maybe any. */
export type WrittenCodings = { kind: "none" } | { kind: "some"; ids: string[] } | { kind: "all" };

/**
 * The project's codings a write touched, from Dexie's "storagemutated" parts: "idb://database/table/index",
 * "" for the primary key ([projectId+id] for codings) and ":dels" for deleted keys, each with the key
 * ranges written.
 */
export function writtenCodings(parts: Record<string, IntervalTree>, database: string, projectId: string): WrittenCodings {
  const prefix = `idb://${database}/codings/`;
  const ids = new Set<string>();
  let byKey = false;
  for (const [part, ranges] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const index = part.slice(prefix.length);
    if (index !== "" && index !== ":dels") continue;
    byKey = true;
    for (const { from, to } of RangeSet(ranges)) {
      const key: unknown = from;
      if (cmp(from, to) !== 0 || !Array.isArray(key)) return { kind: "all" };
      if (key[0] === projectId) ids.add(String(key[1]));
    }
  }
  // A codings index written with no primary key reported: not a write Dexie is known to report; read all.
  if (!byKey) return Object.keys(parts).some((part) => part.startsWith(prefix)) ? { kind: "all" } : { kind: "none" };
  return ids.size > 0 ? { kind: "some", ids: [...ids] } : { kind: "none" };
}

/** Where an id is, or would go, in a sorted list of ids. */
function sortedPlace(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ids[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A project's codings kept in the database's order (by id, as strings compare in JavaScript), patched by id. */
export class KeptCodings {
  private byId = new Map<string, Coding>();
  private order: string[] = [];

  /** All of them, as read in the database's order. */
  replaceAll(codings: Coding[]): void {
    this.byId = new Map(codings.map((c) => [c.id, c]));
    this.order = codings.map((c) => c.id);
  }

  /** The codings of these ids as read again: each one read, or undefined where it is gone. */
  patch(ids: readonly string[], read: readonly (Coding | undefined)[]): void {
    ids.forEach((id, i) => {
      const coding = read[i];
      const known = this.byId.has(id);
      if (coding && !known) this.order.splice(sortedPlace(this.order, id), 0, id);
      if (!coding && known) this.order.splice(sortedPlace(this.order, id), 1);
      if (coding) this.byId.set(id, coding);
      else this.byId.delete(id);
    });
  }

  list(): Coding[] {
    return this.order.map((id) => this.byId.get(id)!);
  }
}

/** The project's codings in the order the database keeps them (by id), undefined while loading. */
export function useStoredProjectCodings(projectId: string | null): Coding[] | undefined {
  const [state, setState] = useState<{ projectId: string; codings: Coding[] } | null>(null);
  useEffect(() => {
    if (!projectId) return;
    const db = appDatabase();
    let alive = true;
    const kept = new KeptCodings();
    // What is to be read again: everything, or these ids.
    let due: Set<string> | "all" = "all";
    let timer: ReturnType<typeof setTimeout> | null = null;
    let reading = false;
    let lastRun = 0;
    const anyDue = () => due === "all" || due.size > 0;
    const ask = (ids: "all" | Iterable<string>) => {
      if (ids === "all") due = "all";
      else if (due !== "all") for (const id of ids) due.add(id);
    };
    const schedule = () => {
      if (timer === null && !reading) timer = setTimeout(() => void run(), Math.max(0, lastRun + INTERVAL_MS - performance.now()));
    };
    const run = async () => {
      timer = null;
      reading = true;
      lastRun = performance.now();
      const asked = due;
      due = new Set();
      try {
        if (asked === "all") {
          kept.replaceAll(await db.codings.where("projectId").equals(projectId).toArray());
        } else if (asked.size > 0) {
          const ids = [...asked];
          kept.patch(ids, await db.codings.bulkGet(ids.map((id) => [projectId, id])));
        }
      } catch (error) {
        // A read that failed is asked for again with the next write, and the list shown stays as it was.
        ask(asked);
        reading = false;
        console.error(error);
        return;
      }
      reading = false;
      if (!alive) return;
      setState({ projectId, codings: kept.list() });
      if (anyDue()) schedule();
    };
    const onMutated = (parts: Record<string, IntervalTree>) => {
      const written = writtenCodings(parts, db.name, projectId);
      if (written.kind === "none") return;
      ask(written.kind === "all" ? "all" : written.ids);
      schedule();
    };
    Dexie.on("storagemutated", onMutated);
    void run();
    return () => {
      alive = false;
      if (timer !== null) clearTimeout(timer);
      Dexie.on("storagemutated").unsubscribe(onMutated);
    };
  }, [projectId]);
  return projectId && state?.projectId === projectId ? state.codings : undefined;
}
