// What reading one transcript file yields, and the error a bad file raises.
import type { SourceType } from "../core/model/types";

/** A problem with one input file: shown to the user as "<file>: <reason>". Nothing of the file is written. */
export class FileProblem extends Error {
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = "FileProblem";
  }
}

export interface ImportedTranscript {
  /** Document name: the file name without its extension. */
  name: string;
  /** Canonical text (BOM stripped, LF line endings). */
  text: string;
  sourceName: string;
  sourceType: SourceType;
  /** Things the user should know, e.g. "read as Windows-1252 (not valid UTF-8)". */
  notes: string[];
}
