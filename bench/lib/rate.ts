import { Bench } from "tinybench";

export type RateOptions = {
  /** Time budget per task (ms); tinybench also runs at least `iterations` calls. */
  timeMs: number;
  iterations?: number;
  /** Units of work one call performs (messages in a batch, rows in a transaction). */
  unitsPerCall?: number;
};

export type Rate = {
  /** Units per second, from tinybench's mean latency per call. */
  perSecond: number;
  /** Relative margin of error of the mean latency, in percent. */
  rme: number;
  calls: number;
};

/**
 * Measures several async functions in one tinybench run (same process, same warm-up)
 * and returns each one's rate. Tasks run one after the other, never at once, so they
 * do not compete for the CPU.
 */
export async function measureRates(
  tasks: Record<string, () => Promise<unknown>>,
  options: RateOptions,
): Promise<Record<string, Rate>> {
  const bench = new Bench({
    time: options.timeMs,
    iterations: options.iterations ?? 10,
    warmupTime: Math.min(500, options.timeMs / 4),
    throws: true,
  });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const units = options.unitsPerCall ?? 1;
  const rates: Record<string, Rate> = {};
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== "completed") throw new Error(`benchmark "${task.name}" ended ${result.state}`);
    rates[task.name] = {
      perSecond: (1000 / result.latency.mean) * units,
      rme: result.latency.rme,
      calls: task.runs,
    };
  }
  return rates;
}
