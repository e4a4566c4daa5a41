// The project's own order of its documents: the order they were imported in, or the order of a
// REFI-QDA file's <Sources> or a project file's documents when the project came from one. Kept as
// each document's `position`; a document without one comes after those with one, as listed.
import type { TextDocument } from "./types";

type Positioned = Pick<TextDocument, "position">;

/** The documents in the project's order (a stable sort: those without a position keep theirs). */
export function inProjectOrder<T extends Positioned>(documents: readonly T[]): T[] {
  return documents.map((document, index) => ({ document, index })).sort((a, b) => (a.document.position ?? Infinity) - (b.document.position ?? Infinity) || a.index - b.index).map(({ document }) => document);
}

/** The position after every document's: where a newly added document goes. */
export function nextPosition(documents: readonly Positioned[]): number {
  return documents.reduce((next, d) => (d.position !== undefined && d.position >= next ? d.position + 1 : next), 0);
}

/** The documents, in the project's order, each with a position (those without get the next ones). */
export function withPositions<T extends Positioned>(documents: readonly T[]): T[] {
  let next = nextPosition(documents);
  return inProjectOrder(documents).map((document) => (document.position !== undefined ? document : { ...document, position: next++ }));
}
