// What one round of the transcript benchmark measures in each of the three (Telaah and two other
// libraries), a bound on how long a step may take, and the JS heap after a garbage collection.
import type { Page } from "playwright-core";

export interface RoundFigures {
  open: number;
  /** Applying one code (Telaah) or adding one highlight (the others), until repainted. */
  apply: number;
  middle: number;
  end: number;
  /** MB of JS heap in use after open, after a garbage collection. */
  heap: number;
}

export const STEPS = ["open", "apply", "middle", "end", "heap"] as const;
export const NOT_FINISHED: RoundFigures = { open: NaN, apply: NaN, middle: NaN, end: NaN, heap: NaN };

/** How long one step may take before the round is recorded as not finished. */
export const LIMIT_MS = Number(process.env.BENCH_LIMIT_MS ?? 60_000);

/** The step's result, or undefined when it takes longer than LIMIT_MS. */
export async function bounded<T>(step: Promise<T>, limit = LIMIT_MS): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), limit)));
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize / 2 ** 20;
}
