import { DeliveryTally } from "./delivery-tally";
import type { DestinationRuntime, Job } from "./destination-runtime";
import type { MessageStore, StoredMessage } from "./store/message-store";
import type { Ack } from "./transport/transport";
import type { MessageListener } from "./types";

/**
 * Resumes what the store holds unfinished (after a crash, a restart, or an entry
 * another instance took and did not finish): pending and interrupted deliveries at
 * once, in declared listener order; failed ones when their retry is due; deliveries
 * to a listener or destination no longer declared are marked dead.
 */
export class Recovery {
  constructor(
    private readonly runtimes: ReadonlyMap<string, DestinationRuntime>,
    private readonly store: MessageStore | undefined,
  ) {}

  /**
   * Runs a stored message's open deliveries here and resolves with how many there
   * were; with an ack (a transport's work item), the ack hears once each has its outcome.
   */
  async resume({ message, deliveries }: StoredMessage, ack?: Ack): Promise<number> {
    const runtime = this.runtimes.get(message.destination);
    const open = deliveries.filter((d) => d.state !== "done" && d.state !== "dead");
    const now = Date.now();
    const immediate: Job["deliveries"] = [];
    const later: { listener: MessageListener; attempt: number; due: number }[] = [];
    for (const delivery of open) {
      const listener = runtime?.listenerNamed(delivery.listener);
      if (!runtime || !listener) {
        // A stored message came from a store: there is one to write to.
        await this.store!.updateDelivery({
          ...delivery,
          state: "dead",
          lastError: `${runtime ? "listener" : "destination"} no longer declared`,
        });
        continue;
      }
      // An attempt cut short by a crash is not the listener's fault: it is tried again as itself.
      const attempt = delivery.state === "running" ? Math.max(1, delivery.attempts) : delivery.attempts + 1;
      const due = delivery.state === "failed" && delivery.nextAttemptAt ? delivery.nextAttemptAt.getTime() - now : 0;
      if (due > 0) later.push({ listener, attempt, due });
      else immediate.push({ listener, attempt });
    }
    const tally = ack && new DeliveryTally(immediate.length + later.length, ack);
    for (const { listener, attempt, due } of later)
      runtime!.schedule({ message, deliveries: [{ listener, attempt }], tally }, due);
    if (runtime && immediate.length > 0) {
      const order = runtime.definition.listeners;
      immediate.sort((a, b) => order.indexOf(a.listener) - order.indexOf(b.listener));
      await runtime.dispatch({ message, deliveries: immediate, tally });
    }
    return open.length;
  }

  /** Resumes the stored message with this id; one the store does not know had nothing promised, so nothing runs. */
  async resumeStored(messageId: string, ack?: Ack): Promise<void> {
    const stored = await this.store?.get(messageId);
    if (!stored) return ack?.("recorded");
    await this.resume(stored, ack);
  }
}
