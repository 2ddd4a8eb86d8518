// No zod in this module: the browser imports it.

/**
 * A list's total is counted up to this many matches and no further: an exact count read
 * every match on every page, a scan of the whole table per call at a million tasks
 * (issue 19). Past it, `totalCapped` says there are more.
 */
export const TOTAL_COUNTED_UP_TO = 10_000;

/** A count that stopped at TOTAL_COUNTED_UP_TO + 1 rows, as a page's `total` and `totalCapped`. */
export function countedTotal(counted: number): { total: number; totalCapped: boolean } {
  return { total: Math.min(counted, TOTAL_COUNTED_UP_TO), totalCapped: counted > TOTAL_COUNTED_UP_TO };
}
