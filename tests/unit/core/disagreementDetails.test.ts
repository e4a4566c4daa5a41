// The comparison's disagreement details and the transcript overlay, against a brute force over code
// points in the test: per point, whether side A and side B coded the code or a sub-code there.
import { describe, expect, it } from "vitest";
import { disagreementDetails, overlayRanges } from "../../../src/core/analysis/disagreementDetails";
import type { Code, Coding } from "../../../src/core/model/types";
import { seededRandom } from "../../support/random";

const TEXT = "Informan A: Pelayanan 😀 lewat Instagram cepat.\nAdmin membalas tengah malam 👍🏽 dan membantu warga.\n";
const POINTS = Array.from(TEXT);
const codes: Code[] = [
  { id: "T", projectId: "p", name: "Layanan", parentId: null, color: null, description: "", order: 0 },
  { id: "k1", projectId: "p", name: "Cepat", parentId: "T", color: null, description: "", order: 0 },
  { id: "k2", projectId: "p", name: "Lambat", parentId: "T", color: null, description: "", order: 1 },
];
const GROUPS = [["ana"], ["budi", "citra"]];

function randomCodings(seed: number): Coding[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  return Array.from({ length: 12 }, (_, i) => {
    const start = int(POINTS.length - 1);
    const end = Math.min(POINTS.length, start + 1 + int(25));
    const coderId = ["ana", "budi", "citra"][int(3)]!;
    return { id: `c${i}`, projectId: "p", documentId: "d", codeId: ["k1", "k2", "T"][int(3)]!, start, end, coderId, created: "", quote: "", before: "", after: "" };
  });
}

/** Per code point, which sides coded the code or its sub-codes. */
function sides(codings: Coding[], codeIds: string[]): { a: boolean; b: boolean }[] {
  return POINTS.map((_, i) => {
    const at = (members: string[]) => codings.some((c) => members.includes(c.coderId) && codeIds.includes(c.codeId) && c.start <= i && i < c.end);
    return { a: at(GROUPS[0]!), b: at(GROUPS[1]!) };
  });
}

describe("overlay and disagreement details", () => {
  it.each([1, 7, 42, 2024])("match a per-code-point brute force (seed %i)", (seed) => {
    const codings = randomCodings(seed);
    const input = { codes, codings, documents: [{ id: "d", text: TEXT }] };
    for (const [codeId, under] of [["T", ["T", "k1", "k2"]], ["k1", ["k1"]]] as const) {
      const expected = sides(codings, [...under]).map(({ a, b }) => (a && b ? "both" : a ? "a" : b ? "b" : null));
      const drawn: (string | null)[] = POINTS.map(() => null);
      for (const r of overlayRanges(input, GROUPS, "d", codeId)) for (let i = r.start; i < r.end; i++) {
        expect(drawn[i], `point ${i} drawn twice`).toBeNull();
        drawn[i] = r.kind;
      }
      expect(drawn).toEqual(expected);
    }
    const details = disagreementDetails(input, { groups: GROUPS, unit: "character", documentIds: ["d"] });
    for (const d of details) {
      expect(d.text).toBe(POINTS.slice(d.start, d.end).join(""));
      const under = d.codeId === "T" ? ["T", "k1", "k2"] : [d.codeId];
      const members = GROUPS[d.side === "a" ? 0 : 1]!;
      const coders = members.filter((m) => codings.some((c) => c.coderId === m && under.includes(c.codeId) && c.start < d.end && c.end > d.start));
      expect(d.codedBy).toEqual(coders);
      expect(d.codedBy.length).toBeGreaterThan(0);
    }
  });
});
