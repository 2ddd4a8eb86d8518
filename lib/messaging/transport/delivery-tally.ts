/**
 * Told once every delivery of an inbound message has an outcome: `recorded` when the
 * outcomes are in the store (the transport may forget the message: XACK), `unrecorded`
 * when a store write failed (the transport keeps it, so it is run again later).
 */
export type Receipt = (outcome: "recorded" | "unrecorded") => void;


/**
 * Counts the deliveries of one inbound message that still have no outcome (done or
 * dead), and the store writes of those that do. When the last one has its outcome
 * and every write has landed, the transport hears `recorded` and may forget the
 * message (XACK): it is never acknowledged before its outcome is durable.
 */
export class DeliveryTally {
  private readonly writes: Promise<boolean>[] = [];

  constructor(
    private open: number,
    private readonly receipt: Receipt,
  ) {
    if (open === 0) receipt("recorded");
  }

  /** One delivery has its outcome; `write` resolves true once it is in the store. */
  settle(write: Promise<boolean>): void {
    this.writes.push(write);
    if (--this.open > 0) return;
    void Promise.all(this.writes).then((written) => this.receipt(written.every(Boolean) ? "recorded" : "unrecorded"));
  }
}
