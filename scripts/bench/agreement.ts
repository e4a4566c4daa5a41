// The coding comparison in Node: three coders compared in character units over a synthetic project
// of 300 documents of 60,000 characters and 100,000 codings (the generator of analysis.ts); also
// the process's CPU time for it, steadier than wall-clock time on a shared machine.
import { compareCoders } from "../../src/core/analysis/agreement";
import { medianTime, syntheticProject } from "./analysis";
import type { Figure } from "./harness";

export async function benchAgreement(): Promise<Figure[]> {
  const input = syntheticProject(20240601, 60_000);
  const groups = input.coders.map((c) => [c.id]);
  const size = `${input.documents.length} documents × 60,000 characters, ${input.codings.length.toLocaleString("en-US")} codings, ${input.codes.length} codes, ${groups.length} coders`;
  const characters = () => compareCoders(input, { groups, unit: "character" });
  return [
    { name: "Coding comparison: three coders, character units", value: medianTime(characters), unit: "ms", target: "< 1000 ms", note: `Node, median of 5 after a warm-up; ${size}` },
    { name: "the same, CPU time of the process", value: medianCpuTime(characters), unit: "ms", note: "user + system time, median of 5" },
    {
      name: "Coding comparison: two coders, sentence units (Intl.Segmenter)",
      value: medianTime(() => compareCoders(input, { groups: groups.slice(0, 2), unit: "sentence" }), 1),
      unit: "ms",
      note: `Node, one run after a warm-up; ${size}`,
    },
  ];
}

/** Milliseconds of CPU the process spent on `run`: the median of five runs after a warm-up. */
function medianCpuTime(run: () => unknown): number {
  run();
  const times = Array.from({ length: 5 }, () => {
    const before = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(before);
    return (user + system) / 1000;
  });
  return times.sort((a, b) => a - b)[2]!;
}
