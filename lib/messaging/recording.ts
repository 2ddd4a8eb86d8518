import type { DeliveryUpdate, MessageStore } from "./store/message-store";

/** Resolved at once: what a delivery's record is when there is no store to write to. */
export const RECORDED: Promise<boolean> = Promise.resolve(true);

/**
 * Writes deliveries' progress behind, without holding up the next delivery. Safe
 * because listeners are idempotent: a record lost in a crash only means the delivery
 * runs again on recovery, and its effects and replies are not repeated. Writes made
 * in the same turn reach the store together, which lets its group commit batch them.
 */
export class DeliveryRecorder {
  /** Records on their way to the store. */
  private readonly writing = new Set<Promise<boolean>>();

  constructor(
    private readonly store: MessageStore | undefined,
    private readonly onInternalError: (error: unknown, context: string) => void,
  ) {}

  /** Whether a store is there to write to; without one nothing is kept. */
  get durable(): boolean {
    return this.store !== undefined;
  }

  /** Resolves true once the update is in the store, false when the write failed (reported). */
  record(update: DeliveryUpdate): Promise<boolean> {
    if (!this.store) return RECORDED;
    const write = this.store
      .updateDelivery(update)
      .then(
        () => true,
        (error: unknown) => {
          this.onInternalError(error, `record delivery ${update.state}`);
          return false;
        },
      )
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
    return write;
  }

  /** Whether a write is under way. */
  get busy(): boolean {
    return this.writing.size > 0;
  }

  /** The writes under way now (for `idle`). */
  pending(): Promise<boolean>[] {
    return [...this.writing];
  }
}
