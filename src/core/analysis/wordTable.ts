// A table of word counts looked up by a word's characters where it stands in a text, so that a word
// seen before costs no new string and no string hashing: open addressing over a hash of the
// lowercased characters. Words of ASCII letters are matched in place; any other word is given as
// a lowercased string and hashed the same way.

export interface WordEntry {
  readonly word: string;
  /** Whether the word counts at all (not a stop word, not too short); decided once, when first seen. */
  readonly counted: boolean;
  count: number;
  documents: number;
  lastDocument: string | undefined;
}

const EMPTY = -1;

export class WordTable {
  readonly entries: WordEntry[] = [];
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private hashes: number[] = [];

  constructor(private readonly counts: (word: string) => boolean) {}

  /** The entry of `text[start, end)`, ASCII letters only, lowercased. */
  ascii(text: string, start: number, end: number): WordEntry {
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ (text.charCodeAt(at) | 0x20), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === EMPTY) return this.insert(slot, hash, text.slice(start, end).toLowerCase());
      if (this.hashes[index] === hash && sameAscii(this.entries[index]!.word, text, start, end)) return this.entries[index]!;
    }
  }

  /** The entry of a word already lowercased. */
  word(word: string): WordEntry {
    let hash = 0x811c9dc5;
    for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === EMPTY) return this.insert(slot, hash, word);
      if (this.hashes[index] === hash && this.entries[index]!.word === word) return this.entries[index]!;
    }
  }

  private insert(slot: number, hash: number, word: string): WordEntry {
    const entry: WordEntry = { word, counted: this.counts(word), count: 0, documents: 0, lastDocument: undefined };
    this.slots[slot] = this.entries.length;
    this.entries.push(entry);
    this.hashes.push(hash);
    if (this.entries.length * 2 > this.slots.length) this.grow();
    return entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, index) => {
      let slot = hash & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    });
  }
}

function sameAscii(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== (text.charCodeAt(start + at) | 0x20)) return false;
  return true;
}
