// The open document and its codings, read together and read again whenever a write (in this tab or
// another) may have touched them. A Dexie live query would do the same, but it tracks each coding's
// key as it reads: 20,000 codings cost it some 400 ms at every read. This one reads plainly and tests
// what each write touched (Dexie's "storagemutated" parts) against the document and the codings'
// ids it last read.
import Dexie, { cmp, RangeSet, rangesOverlap, type IntervalTree } from "dexie";
import { useEffect, useState } from "react";
import type { Coding, TextDocument } from "../core/model/types";
import { appDatabase } from "../persistence/database";
import { readDocumentReusingText } from "../persistence/documents";

/** A document with its codings, read together: the codings always belong to the text returned with them. */
export interface DocumentWithCodings {
  document: TextDocument;
  codings: Coding[];
}

/**
 * The open document and its codings in one read transaction. Read apart, a saved text edit could
 * bring the re-anchored codings before the new text (or the reverse), and codings would be drawn
 * on a text they do not fit. Null when the document does not exist, undefined while loading.
 */
export function useDocumentWithCodings(projectId: string | null, documentId: string | null): DocumentWithCodings | null | undefined {
  const key = `${projectId}\u001f${documentId}`;
  const [state, setState] = useState<{ key: string; value: DocumentWithCodings | null } | null>(null);
  useEffect(() => {
    if (!projectId || !documentId) return;
    let alive = true;
    let reading = false;
    let again = false;
    let codingIds = new Set<string>();
    const read = async () => {
      reading = true;
      do {
        again = false;
        const value = await readTogether(projectId, documentId);
        codingIds = new Set(value?.codings.map((c) => c.id));
        if (alive) setState({ key, value });
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

async function readTogether(projectId: string, documentId: string): Promise<DocumentWithCodings | null> {
  const db = appDatabase();
  return db.transaction("r", [db.documents, db.documentTexts, db.codings], async () => {
    const [document, codings] = await Promise.all([
      readDocumentReusingText(db, projectId, documentId),
      db.codings.where("[projectId+documentId]").equals([projectId, documentId]).toArray(),
    ]);
    return document ? { document, codings } : null;
  });
}

/**
 * Whether a write may have touched the document, its text or its codings. Parts are named
 * "idb://database/table/index" ("" for the primary key, ":dels" for deleted keys), each with the
 * key ranges written. A coding changed in place shows only by its primary key, [projectId+id].
 */
export function touches(parts: Record<string, IntervalTree>, database: string, projectId: string, documentId: string, codingIds: ReadonlySet<string>): boolean {
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

/** Whether primary keys written include one of the codings read, or a range that may. */
function writesAnyCoding(written: RangeSet, projectId: string, codingIds: ReadonlySet<string>): boolean {
  for (const { from, to } of written) {
    if (cmp(from, to) !== 0) return true;
    const key: unknown = from;
    if (Array.isArray(key) && key[0] === projectId && codingIds.has(String(key[1]))) return true;
  }
  return false;
}
