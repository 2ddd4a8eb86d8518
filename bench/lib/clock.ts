/**
 * Wall-clock milliseconds with sub-millisecond resolution, comparable across the
 * processes of one machine (the fan-out clients run in child processes).
 */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}
