// A maintained full-text index of a project's transcripts (MiniSearch), kept up to date as documents
// are added, removed and edited. The index only narrows the search to the documents that can hold a
// hit; the hits themselves are found and placed by the one text search (textSearch.ts) on the
// canonical text, so they are exactly those of a scan, with the same code-point offsets.
//
// Terms are the maximal runs of letters, marks, digits and _ (the characters whole-word search
// treats as part of a word), each code point folded case-insensitively. A run of the query that is
// bounded on both sides (by another character, or by the whole-word option) must be a term; bounded
// on the left only, the start of a term; on the right only, the end of one; not at all, anywhere in
// one. The last two are looked up in the vocabulary (each term with the number of documents using it).
import MiniSearch, { type Query } from "minisearch";
import type { Id } from "../model/types";
import { searchDocuments, type DocumentHit, type SearchOptions } from "./textSearch";

export interface SearchableDocument {
  id: Id;
  name: string;
  text: string;
}

interface IndexedDocument extends SearchableDocument {
  terms: string[];
}

/** A run of the query and whether something bounds it on the left and on the right. */
interface QueryRun {
  term: string;
  left: boolean;
  right: boolean;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}_]+/gu;
/** A run matching more vocabulary terms than this narrows too little to be worth asking the index. */
const MOST_TERMS = 2_000;

const folded = new Map<string, string>();

/** Case folding per code point, so that every two characters a case-insensitive search matches fold alike. */
export function foldTerm(term: string): string {
  let result = "";
  for (const character of term) {
    let fold = folded.get(character);
    if (fold === undefined) {
      fold = character.toLowerCase().toUpperCase().toLowerCase();
      folded.set(character, fold);
    }
    result += fold;
  }
  return result;
}

/** Words already folded (a project's words repeat from transcript to transcript). */
const foldedWords = new Map<string, string>();

/** The distinct folded terms of a text. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of new Set(text.match(WORD_RUN))) {
    let term = foldedWords.get(word);
    if (term === undefined) {
      term = foldTerm(word);
      if (foldedWords.size < 500_000) foldedWords.set(word, term);
    }
    terms.add(term);
  }
  return [...terms];
}

function queryRuns(query: string, wholeWord: boolean): QueryRun[] {
  const runs = [...query.matchAll(WORD_RUN)];
  return runs.map((match, i) => ({
    term: foldTerm(match[0]),
    left: match.index > 0 || (i === 0 && wholeWord),
    right: match.index + match[0].length < query.length || (i === runs.length - 1 && wholeWord),
  }));
}

export class SearchIndex {
  private readonly index = new MiniSearch<{ id: Id; terms: string }>({
    fields: ["terms"],
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => term || null,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });
  private readonly documents = new Map<Id, IndexedDocument>();
  private readonly vocabulary = new Map<string, number>();
  /** The documents in the project's order, for hits in document order. */
  private order: Id[] = [];

  get size(): number {
    return this.documents.size;
  }

  /** The ids of the documents indexed, in their order. */
  ids(): Id[] {
    return [...this.order];
  }

  /** Adds a document, or indexes it again when its text or name changed. */
  put(document: SearchableDocument): void {
    const known = this.documents.get(document.id);
    if (known && known.text === document.text) {
      known.name = document.name;
      return;
    }
    if (known) this.remove(document.id);
    const terms = termsOf(document.text);
    this.documents.set(document.id, { ...document, terms });
    for (const term of terms) this.vocabulary.set(term, (this.vocabulary.get(term) ?? 0) + 1);
    this.index.add({ id: document.id, terms: terms.join(" ") });
    if (!known) this.order.push(document.id);
  }

  remove(id: Id): void {
    const known = this.documents.get(id);
    if (!known) return;
    this.index.discard(id);
    for (const term of known.terms) {
      const count = this.vocabulary.get(term)! - 1;
      if (count === 0) this.vocabulary.delete(term);
      else this.vocabulary.set(term, count);
    }
    this.documents.delete(id);
    this.order = this.order.filter((d) => d !== id);
  }

  /** The order hits are listed in; documents not named keep their place after those named. */
  setOrder(ids: readonly Id[]): void {
    const named = ids.filter((id) => this.documents.has(id));
    const namedSet = new Set(named);
    this.order = [...named, ...this.order.filter((id) => !namedSet.has(id))];
  }

  /** Makes the index hold exactly these documents, in this order. */
  sync(documents: readonly SearchableDocument[]): void {
    const wanted = new Set(documents.map((d) => d.id));
    for (const id of this.ids()) if (!wanted.has(id)) this.remove(id);
    for (const document of documents) this.put(document);
    this.setOrder(documents.map((d) => d.id));
  }

  /** The documents that can hold a hit (a superset of those that do), or null when the query narrows nothing. */
  candidates(query: string, options: SearchOptions = {}): Set<Id> | null {
    const parts: Query[] = [];
    for (const run of queryRuns(query, options.wholeWord ?? false)) {
      if (run.left && run.right) parts.push(run.term);
      else if (run.left) parts.push({ queries: [run.term], prefix: true });
      else {
        const matches = (term: string) => (run.right ? term.endsWith(run.term) : term.includes(run.term));
        const terms: string[] = [];
        for (const term of this.vocabulary.keys()) if (matches(term) && terms.push(term) > MOST_TERMS) break;
        if (terms.length === 0) return new Set();
        if (terms.length <= MOST_TERMS) parts.push({ queries: terms, combineWith: "OR" });
      }
    }
    if (parts.length === 0) return null;
    return new Set(this.index.search({ queries: parts, combineWith: "AND" }).map((r) => r.id as Id));
  }

  /** Every hit in the documents (all, or those given), in document order, found on their texts. */
  search(query: string, options: SearchOptions = {}, documentIds?: ReadonlySet<Id>): DocumentHit[] {
    if (query.trim() === "") return [];
    const candidates = this.candidates(query, options);
    const documents = this.order.filter((id) => (!candidates || candidates.has(id)) && (!documentIds || documentIds.has(id))).map((id) => this.documents.get(id)!);
    return searchDocuments(documents, query, options);
  }
}
