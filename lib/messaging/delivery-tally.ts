import type { Ack } from "./transport/transport";

/**
 * Counts the deliveries of one work item that still have no outcome (done or dead),
 * and the store writes of those that do. When the last one has its outcome and every
 * write has landed, the transport hears `recorded` and may forget the item (XACK): it
 * is never acknowledged before its outcome is durable.
 */
export class DeliveryTally {
  private readonly writes: Promise<boolean>[] = [];

  constructor(
    private open: number,
    private readonly ack: Ack,
  ) {
    if (open === 0) ack("recorded");
  }

  /** One delivery has its outcome; `write` resolves true once it is in the store. */
  settle(write: Promise<boolean>): void {
    this.writes.push(write);
    if (--this.open > 0) return;
    void Promise.all(this.writes).then((written) => this.ack(written.every(Boolean) ? "recorded" : "unrecorded"));
  }
}
