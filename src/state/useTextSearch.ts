// Searching the transcripts through the search worker's index: the page sends the worker only the
// documents that are new or changed since it last did (compared by name and text, so that a coding
// sends nothing), then each search; the latest search's hits are returned. Where there are no
// workers (Node) the same index runs in place.
import { useEffect, useState } from "react";
import { SearchIndex, type SearchableDocument } from "../core/text/searchIndex";
import type { DocumentHit, SearchOptions } from "../core/text/textSearch";
import type { SearchWorkerRequest, SearchWorkerResponse } from "../workers/searchWorker";

export interface SearchRequest {
  query: string;
  options: SearchOptions;
  /** Only these documents; all when absent. */
  documentIds?: readonly string[];
}

let worker: Worker | null = null;
let inPlace: SearchIndex | null = null;
/** What the worker holds: each document's name and text as last sent. */
const sent = new Map<string, SearchableDocument>();
let sentOrder = "";
let nextId = 1;
const waiting = new Map<number, (response: SearchWorkerResponse) => void>();

function send(request: SearchWorkerRequest): void {
  if (!worker) {
    worker = new Worker(new URL("../workers/searchWorker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
  }
  worker.postMessage(request);
}

/** Brings the index up to date with the documents (in their order), sending only what changed. */
function update(documents: readonly SearchableDocument[]): void {
  if (typeof Worker === "undefined") {
    (inPlace ??= new SearchIndex()).sync(documents);
    return;
  }
  const put = documents.filter((d) => {
    const known = sent.get(d.id);
    return !known || known.text !== d.text || known.name !== d.name;
  });
  const order = documents.map((d) => d.id);
  if (put.length === 0 && order.join("\u001f") === sentOrder) return;
  sentOrder = order.join("\u001f");
  const kept = new Set(order);
  for (const id of [...sent.keys()]) if (!kept.has(id)) sent.delete(id);
  for (const d of put) sent.set(d.id, { id: d.id, name: d.name, text: d.text });
  send({ kind: "update", put: put.map((d) => ({ id: d.id, name: d.name, text: d.text })), order });
}

function search(request: SearchRequest): Promise<DocumentHit[]> {
  if (typeof Worker === "undefined") return Promise.resolve(inPlace!.search(request.query, request.options, request.documentIds && new Set(request.documentIds)));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (response) => ("error" in response ? reject(new Error(response.error)) : resolve(response.hits)));
    send({ kind: "search", id, query: request.query, options: request.options, ...(request.documentIds ? { documentIds: [...request.documentIds] } : {}) });
  });
}

/** The hits of the latest request over the documents, null while it runs; an empty query has none. */
export function useTextSearch(documents: readonly SearchableDocument[], request: SearchRequest): DocumentHit[] | null {
  const [state, setState] = useState<{ key: string; documents: readonly SearchableDocument[]; hits: DocumentHit[] } | null>(null);
  const key = JSON.stringify(request);
  useEffect(() => {
    update(documents);
    if (request.query.trim() === "") return;
    let live = true;
    void search(request).then((hits) => live && setState({ key, documents, hits }));
    return () => {
      live = false;
    };
    // The request is described by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [documents, key]);
  if (request.query.trim() === "") return [];
  return state && state.key === key && state.documents === documents ? state.hits : null;
}
