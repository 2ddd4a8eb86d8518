/**
 * An open-loop sender: call `send(i)` at a fixed rate for a fixed time, without
 * waiting for earlier calls, so a slow server cannot slow the offered load down
 * (no coordinated omission). Each call is scheduled from the start time, so
 * timer jitter does not accumulate.
 */
export async function sendAtFixedRate(options: {
  perSecond: number;
  durationMs: number;
  send: (i: number) => Promise<unknown>;
  /** How long to wait for calls still in flight after the last one started; the rest are abandoned. */
  settleMs: number;
}): Promise<{ scheduled: number; lateMs: number }> {
  const total = Math.round((options.perSecond * options.durationMs) / 1000);
  const interval = 1000 / options.perSecond;
  const started = performance.now();
  const inFlight: Promise<unknown>[] = [];
  let lateMs = 0;
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // How far behind schedule the sender itself fell (a sign the client machine is saturated).
    lateMs = Math.max(lateMs, performance.now() - due);
    inFlight.push(options.send(i));
  }
  // Bounded, so a saturated server cannot stretch the run past its time budget.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(inFlight),
    new Promise((resolve) => {
      timer = setTimeout(resolve, options.settleMs);
    }),
  ]);
  clearTimeout(timer);
  return { scheduled: total, lateMs };
}
