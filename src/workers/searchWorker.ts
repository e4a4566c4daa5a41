// The search worker: holds the project's search index (core/text/searchIndex) for as long as the
// page lives, brings it up to date with the documents the page sends (only the new and changed ones,
// with the ids of all in their order), and answers searches with the exact hits, off the main thread.
import { SearchIndex, type SearchableDocument } from "../core/text/searchIndex";
import type { DocumentHit, SearchOptions } from "../core/text/textSearch";

export type SearchWorkerRequest =
  | { kind: "update"; put: SearchableDocument[]; order: string[] }
  | { kind: "search"; id: number; query: string; options: SearchOptions; documentIds?: string[] };

export type SearchWorkerResponse = { id: number; hits: DocumentHit[] } | { id: number; error: string };

const index = new SearchIndex();

self.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  if (request.kind === "update") {
    const wanted = new Set(request.order);
    for (const id of index.ids()) if (!wanted.has(id)) index.remove(id);
    for (const document of request.put) index.put(document);
    index.setOrder(request.order);
    return;
  }
  try {
    const hits = index.search(request.query, request.options, request.documentIds && new Set(request.documentIds));
    self.postMessage({ id: request.id, hits } satisfies SearchWorkerResponse);
  } catch (error) {
    self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SearchWorkerResponse);
  }
};
