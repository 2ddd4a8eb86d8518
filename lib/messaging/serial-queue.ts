import type { Message, MessageListener } from "./types";

type Deliver = (message: Message, listener: MessageListener) => Promise<void>;

/**
 * One destination's serial dispatch: messages in send order, and for each message
 * the listeners in declared order, each awaited to completion before the next
 * starts. (Liferay's "serial" promises one at a time but no order; we promise both.)
 */
export class SerialQueue {
  private readonly pending: Message[] = [];
  private draining: Promise<void> | undefined;

  constructor(
    private readonly listeners: readonly MessageListener[],
    private readonly deliver: Deliver,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  get busy(): boolean {
    return this.draining !== undefined;
  }

  get listenerCount(): number {
    return this.listeners.length;
  }

  enqueue(message: Message): void {
    this.pending.push(message);
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
  }

  /** Resolves once every message queued so far has been handled. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // Yield a macrotask first: the sender's own continuation after `await send()`
    // runs before any listener does, so the sender never waits on them.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (let message = this.pending.shift(); message; message = this.pending.shift()) {
      // A copy, so that a listener list changed mid-dispatch does not skip anyone.
      for (const listener of [...this.listeners]) {
        await this.deliver(message, listener);
      }
    }
  }
}
