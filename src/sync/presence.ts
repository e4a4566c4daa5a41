// Who is in a shared project now, through Yjs awareness: each browser tells its coder's name and
// colour, the document it has open, and the text it is editing (a text has one editor at a time;
// the claim falls when that browser goes quiet, after awareness's 30 s timeout).
import type { Awareness } from "y-protocols/awareness";
import type { Id } from "../core/model/types";

export interface Presence {
  coderId: Id;
  name: string;
  color: string;
  documentId: Id | null;
  /** The document whose text this browser is editing, if any. */
  editing: Id | null;
}

export interface Peer extends Presence {
  clientId: number;
}

function isPresence(value: unknown): value is Presence {
  const p = value as Partial<Presence> | null;
  return typeof p === "object" && p !== null && typeof p.name === "string" && typeof p.coderId === "string";
}

/** The other browsers' presence, in a stable order (by client id). */
export function peersOf(awareness: Awareness | null, ownClientId: number): Peer[] {
  if (!awareness) return [];
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = (state as { user?: unknown }).user;
    if (clientId !== ownClientId && isPresence(user)) peers.push({ ...user, clientId });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** Colours told apart by most people, one per coder (by a hash of the coder's id). */
const COLOURS = ["#0f6e8c", "#b3541e", "#5b3f8c", "#2e7d32", "#a61b4a", "#6b5b00", "#1f4eb4", "#7a4a2a"];

export function coderColor(coderId: Id): string {
  let hash = 0;
  for (const ch of coderId) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
