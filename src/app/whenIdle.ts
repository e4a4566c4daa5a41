// Work for when the browser is idle; where it has no idle callbacks (Safari), soon after the current task.

/** Runs `work` when the browser is idle (at the latest after `timeout` ms); returns what cancels it. */
export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const idle = requestIdleCallback(work, { timeout });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
