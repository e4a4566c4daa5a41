// The open document and its codings, read together and read again whenever a write (in this tab or
// another) may have touched them. A Dexie live query would do the same, but it tracks each coding's
// key as it reads: 20,000 codings cost it some 400 ms at every read. This one reads plainly and tests
// what each write touched (Dexie's "storagemutated" parts) against the document and the codings'
// ids it last read. A document with many codings is read in two steps, so that its opening screen is
// drawn before all its codings have arrived: the codings that start before the end of the part shown
// on opening (those are all that can be seen there), then all of them.
import Dexie, { cmp, RangeSet, rangesOverlap, type IntervalTree } from "dexie";
import { useEffect, useRef, useState } from "react";
import type { Coding, TextDocument } from "../core/model/types";
import { appDatabase } from "../persistence/database";
import { readDocumentReusingText } from "../persistence/documents";

/** A document with its codings, read together: the codings always belong to the text returned with them. */
export interface DocumentWithCodings {
  document: TextDocument;
  codings: Coding[];
  /** False after the first of two steps: only the codings that start in the part shown on opening. */
  complete: boolean;
}

/** A document with more codings than this is read in two steps (IndexedDB reads some 60 records a millisecond here). */
export const READ_AT_ONCE = 2_000;
/** Code points read in the first step, from where the view opens: far more than the tallest screen shows. */
export const FIRST_STEP_SPAN = 40_000;

/**
 * The open document and its codings in one read transaction. Read apart, a saved text edit could
 * bring the re-anchored codings before the new text (or the reverse), and codings would be drawn
 * on a text they do not fit. Null when the document does not exist, undefined while loading.
 * `opensAt` is the code point the view opens at (0 for the top), read when the document is first read.
 */
export function useDocumentWithCodings(projectId: string | null, documentId: string | null, opensAt: number): DocumentWithCodings | null | undefined {
  const key = `${projectId}\u001f${documentId}`;
  const [state, setState] = useState<{ key: string; value: DocumentWithCodings | null } | null>(null);
  const opening = useRef(opensAt);
  opening.current = opensAt;
  useEffect(() => {
    if (!projectId || !documentId) return;
    let alive = true;
    let reading = false;
    let again = false;
    // Null until all the document's codings have been read: then any coding of the project written may be one of them.
    let codingIds: Set<string> | null = null;
    let firstUntil: number | null = opening.current + FIRST_STEP_SPAN;
    const read = async () => {
      reading = true;
      do {
        again = false;
        const value = await readTogether(projectId, documentId, firstUntil);
        firstUntil = null;
        codingIds = value?.complete === false ? null : new Set(value?.codings.map((c) => c.id));
        if (alive) setState({ key, value });
        if (value && !value.complete) again = true;
      } while (again && alive);
      reading = false;
    };
    const onMutated = (parts: Record<string, IntervalTree>) => {
      if (!alive || !touches(parts, appDatabase().name, projectId, documentId, codingIds)) return;
      if (reading) again = true;
      else void read();
    };
    Dexie.on("storagemutated", onMutated);
    void read();
    return () => {
      alive = false;
      Dexie.on("storagemutated").unsubscribe(onMutated);
    };
  }, [key, projectId, documentId]);
  if (!projectId || !documentId) return null;
  return state?.key === key ? state.value : undefined;
}

/** The document and its codings; with `firstUntil`, only those starting before it if there are many. */
async function readTogether(projectId: string, documentId: string, firstUntil: number | null): Promise<DocumentWithCodings | null> {
  const db = appDatabase();
  return db.transaction("r", [db.documents, db.documentTexts, db.codings], async () => {
    const ofDocument = db.codings.where("[projectId+documentId]").equals([projectId, documentId]);
    const firstStep = firstUntil !== null && (await ofDocument.count()) > READ_AT_ONCE;
    const [document, codings] = await Promise.all([
      readDocumentReusingText(db, projectId, documentId),
      firstStep
        ? db.codings.where("[projectId+documentId+start]").between([projectId, documentId, -Infinity], [projectId, documentId, firstUntil]).toArray()
        : ofDocument.toArray(),
    ]);
    return document ? { document, codings, complete: !firstStep } : null;
  });
}

/**
 * Whether a write may have touched the document, its text or its codings. Parts are named
 * "idb://database/table/index" ("" for the primary key, ":dels" for deleted keys), each with the
 * key ranges written. A coding changed in place shows only by its primary key, [projectId+id].
 */
export function touches(parts: Record<string, IntervalTree>, database: string, projectId: string, documentId: string, codingIds: ReadonlySet<string> | null): boolean {
  const documentKey = new RangeSet([projectId, documentId]);
  const prefix = `idb://${database}/`;
  for (const [part, ranges] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index = ""] = part.slice(prefix.length).split("/");
    const written = RangeSet(ranges);
    if (table === "documents" || table === "documentTexts") {
      if ((index === "" || index === ":dels") && rangesOverlap(written, documentKey)) return true;
    } else if (table === "codings") {
      if (index === "[projectId+documentId]" && rangesOverlap(written, documentKey)) return true;
      if ((index === "" || index === ":dels") && writesAnyCoding(written, projectId, codingIds)) return true;
    }
  }
  return false;
}

/** Whether primary keys written include one of the codings read (any of the project's, when null), or a range that may. */
function writesAnyCoding(written: RangeSet, projectId: string, codingIds: ReadonlySet<string> | null): boolean {
  for (const { from, to } of written) {
    if (cmp(from, to) !== 0) return true;
    const key: unknown = from;
    if (Array.isArray(key) && key[0] === projectId && (codingIds === null || codingIds.has(String(key[1])))) return true;
  }
  return false;
}
