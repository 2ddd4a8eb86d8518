import "server-only";

/** Node's own Date, as it is when this module loads: before Next's server has replaced the global (below). */
const nativeDate = Date;

/** Whether `date` is the engine's own constructor, not a wrapper around it. */
export function isNativeDate(date: DateConstructor): boolean {
  return Function.prototype.toString.call(date).includes("[native code]");
}

/**
 * Puts Node's own `Date` back once Next has loaded. Next's server replaces the global
 * (next/dist/server/node-environment-extensions/date.js) so that, with `cacheComponents`,
 * a prerender that reads the clock is caught; the wrapper then stands in front of every
 * `new Date()`, `new Date(ms)` and `Date.now()` of the process, the bus's and the
 * hot path's included (rows' dates are made with `new Date(ms)`), asking two
 * AsyncLocalStorages and `Reflect.construct`ing the real one: 4.7% of the server's CPU
 * at saturation (issue 19, bench/findings.ts). Without `cacheComponents` nothing reads
 * what it tracks, so start-up (server.ts) calls this after `app.prepare()`; with it,
 * the wrapper stays. Throws if this module loaded after Next replaced the global (an
 * import order that captured the wrapper): restoring that would restore nothing.
 */
export function restoreNativeDate(nextConfig: { cacheComponents?: boolean }): void {
  if (nextConfig.cacheComponents) return;
  if (!isNativeDate(nativeDate)) throw new Error("native-date.ts loaded after Next replaced Date: import it before Next loads");
  // Next pointed the shared prototype's `constructor` at its wrapper: back to the real one too.
  Object.defineProperty(nativeDate.prototype, "constructor", { value: nativeDate, writable: true, configurable: true });
  globalThis.Date = nativeDate;
}
