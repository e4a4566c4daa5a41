// What reading one transcript file yields, and the error a bad file raises.
import type { SourceType } from "../core/model/types";
import { englishProblem, type Problem, type ProblemCode, type ProblemValues } from "./problems";

/**
 * A problem with one input file: shown to the user as "<file>: <reason>", the reason a language-neutral
 * Problem (its message and `reason` are English). Nothing of the file is written.
 */
export class FileProblem extends Error {
  readonly problem: Problem;

  constructor(
    readonly fileName: string,
    code: ProblemCode,
    values?: ProblemValues,
    inner?: Problem,
  ) {
    const problem: Problem = { code, ...(values ? { values } : {}), ...(inner ? { inner } : {}) };
    super(`${fileName}: ${englishProblem(problem)}`);
    this.name = "FileProblem";
    this.problem = problem;
  }

  /** The same problem again, e.g. as a worker reported it. */
  static of(fileName: string, problem: Problem): FileProblem {
    return new FileProblem(fileName, problem.code, problem.values, problem.inner);
  }

  /** The reason in English, e.g. "is empty". */
  get reason(): string {
    return englishProblem(this.problem);
  }
}

export interface ImportedTranscript {
  /** Document name: the file name without its extension. */
  name: string;
  /** Canonical text (BOM stripped, LF line endings). */
  text: string;
  sourceName: string;
  sourceType: SourceType;
  /** Things the user should know, in no language (see problems.ts), e.g. a fallback to Windows-1252. */
  notes: Problem[];
}
