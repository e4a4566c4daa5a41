// The FileProblem a reader raises for a bad input, for tests that check the message it names.
import { expect } from "vitest";
import { FileProblem } from "../../src/formats/importTypes";

export function problemOf(run: () => unknown): FileProblem {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblem);
    return error as FileProblem;
  }
  throw new Error("expected a FileProblem");
}

export async function problemOfAsync(run: () => Promise<unknown>): Promise<FileProblem> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileProblem);
    return error as FileProblem;
  }
  throw new Error("expected a FileProblem");
}
