/** What every benchmark suite hands to the report: numbers with their targets. */

/** A target is met when `value op bound` holds (e.g. a p99 `<=` 100 ms, a ratio `>=` 0.25). */
export type Target = { op: "<=" | ">="; bound: number };

export type BenchResult = {
  /** The row's label in BENCHMARKS.md. */
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** Anything a reader needs to judge the number (sample size, errors, method). */
  note?: string;
  /**
   * Why there is no value (e.g. "no /metrics" before the server has it): shown as
   * "n/a (why)", and its target counted neither met nor missed.
   */
  unavailable?: string;
};

export type SuiteReport = {
  /** Section heading, e.g. "1. Bus core". */
  title: string;
  results: BenchResult[];
  /** Free text shown under the suite's table: method, caveats, what was changed. */
  notes: string[];
  /** Markdown lines of a suite's own table (the peers'), shown before its results. */
  table?: string[];
};

export type BenchOptions = {
  /** A short smoke run: smaller batches and shorter durations; numbers are not comparable. */
  quick: boolean;
  log: (line: string) => void;
};

export function isMet(result: BenchResult): boolean | undefined {
  if (!result.target || result.unavailable !== undefined) return undefined;
  const { op, bound } = result.target;
  return op === "<=" ? result.value <= bound : result.value >= bound;
}
