/**
 * A closed-loop driver: `total` tasks with exactly `concurrency` in flight, a new one
 * started only when one finishes (the "2,000 tasks at concurrency 50"). It
 * measures capacity, not latency at a rate: that is lib/fixed-rate.ts's job.
 */
export async function runClosedLoop(options: {
  total: number;
  concurrency: number;
  /** Runs task `i` to its end (for tourbus: POST, then both replies at the client). */
  runOne: (i: number) => Promise<void>;
}): Promise<{ elapsedMs: number }> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.total) await options.runOne(next++);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.total) }, worker));
  return { elapsedMs: performance.now() - started };
}
