import type { Deliver, DeliveryJob } from "./destination-runtime";
import type { Observers } from "./observers";
import { RECORDED, type DeliveryRecorder } from "./recording";
import { DeliveryContext, type SendReply } from "./reply";
import { retryDelayMs } from "./retry-policy";
import { receiveTraced } from "./tracing";

/** How often a delivery held up by a transient fault is tried again. */
const TRANSIENT_RETRY_MS = 1_000;

type DeliveryParts = {
  recorder: DeliveryRecorder;
  observers: Observers;
  /** How a listener's reply is sent (the bus's send, from a listener). */
  sendReply: SendReply;
};

/**
 * One listener's delivery of one message: runs the listener (in its trace span),
 * records the outcome behind, and on failure schedules the retry or dead-letters it.
 * The destination's runtime calls it for each delivery it dispatches.
 */
export function createDeliver({ recorder, observers, sendReply }: DeliveryParts): Deliver {
  return async function deliver(job: DeliveryJob): Promise<void> {
    const { runtime, message, listener, attempt, tally } = job;
    const { stats } = runtime;
    const record = { messageId: message.id, listener: listener.name, attempts: attempt };
    stats.inFlight++;
    // No "running" record: a delivery cut short by a crash is still pending (or failed)
    // in the store and runs again on recovery; one write less per delivery.
    const started = performance.now();
    try {
      await receiveTraced(job, new DeliveryContext(sendReply, job));
      const durationMs = performance.now() - started;
      // Checked here, not only in `record`: the update object is not built without a store.
      if (recorder.durable) {
        const write = recorder.record({ ...record, state: "done", durationMs });
        tally?.settle(write);
      } else tally?.settle(RECORDED);
      stats.noteHandled(durationMs);
      if (observers.any) observers.notify((o) => o.delivered?.({ message, listener: listener.name, durationMs }));
    } catch (error) {
      stats.failed++;
      const policy = runtime.definition.retry;
      // A fault outside the listener (the database full or locked) is not its failure:
      // tried again, as the same attempt, until the fault is gone.
      const transient = isTransient(error);
      const willRetry = transient || attempt < policy.maxAttempts;
      observers.notify((o) => o.failed?.({ message, listener: listener.name, error, attempt, willRetry }));
      const lastError = describeError(error);
      if (willRetry) {
        const delay = transient ? Math.min(policy.maxDelayMs, TRANSIENT_RETRY_MS) : retryDelayMs(policy, attempt);
        recorder.record({ ...record, state: "failed", lastError, nextAttemptAt: new Date(Date.now() + delay) });
        runtime.schedule({ message, deliveries: [{ listener, attempt: transient ? attempt : attempt + 1 }], tally }, delay);
      } else {
        // Not `tally?.settle(recorder.record(…))`: without a tally that would skip the write.
        const write = recorder.record({ ...record, state: "dead", lastError });
        tally?.settle(write);
        stats.dead++;
        observers.notify((o) => o.dead?.({ message, listener: listener.name, error }));
      }
    } finally {
      stats.inFlight--;
    }
  };
}

/** An error that says it will pass (`transient: true`, e.g. a storage fault): it uses up no attempts. */
function isTransient(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { transient?: unknown }).transient === true;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
