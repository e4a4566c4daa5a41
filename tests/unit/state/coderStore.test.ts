// Who codes in this browser when no coder was chosen here: the project's first coder by id (the
// order the database lists them in), whichever order the list of coders comes in; the header's
// picker (coders sorted by name) and the coding actions (coders as stored) must agree on them.
import { describe, expect, it } from "vitest";
import type { Coder } from "../../../src/core/model/types";
import { resolveCoder } from "../../../src/state/coderStore";

const coder = (id: string, name: string): Coder => ({ id, projectId: "p", name });
const coders = [coder("c2", "Ann"), coder("c1", "Zed"), coder("c3", "Mia")];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("resolveCoder", () => {
  it("takes the chosen coder when it is there", () => {
    for (const order of permutations(coders)) expect(resolveCoder(order, "c3")?.id).toBe("c3");
  });

  it("falls back to the coder with the smallest id, in any order of the list", () => {
    for (const order of permutations(coders)) {
      expect(resolveCoder(order, undefined)?.id).toBe("c1");
      expect(resolveCoder(order, "gone")?.id).toBe("c1");
    }
  });

  it("has no coder for a project without coders", () => {
    expect(resolveCoder([], undefined)).toBeNull();
  });
});
