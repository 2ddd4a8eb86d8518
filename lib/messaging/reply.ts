import type { DeliveryJob } from "./destination-runtime";
import { NoReturnAddressError } from "./errors";
import type { Sending } from "./send";
import type { ListenerContext, Message } from "./types";

/** The bus's send, as a listener's reply makes it (`from: "listener"`). */
export type SendReply = (destination: string, payload: unknown, options: Sending) => Promise<Message>;

/**
 * What a listener gets with each delivery: one small object per delivery. Its reply
 * goes to the message's return address, with the message's correlation id and a
 * `listener` header naming the replier. `reply` is an own, bound function, because
 * listeners destructure it (`receive(m, { reply })`).
 */
export class DeliveryContext implements ListenerContext {
  readonly attempt: number;
  private replies = 0;

  constructor(
    private readonly send: SendReply,
    private readonly job: DeliveryJob,
  ) {
    this.attempt = job.attempt;
  }

  readonly reply = (payload: unknown, options?: { headers?: Record<string, string> }): Promise<Message> => {
    const { message, listener } = this.job;
    // The same id on every attempt: a re-run listener's replies are stored once.
    const id = `${message.id}~${listener.name}~${this.replies++}`;
    const address = message.responseDestination;
    if (!address) return Promise.reject(new NoReturnAddressError(message.id));
    return this.send(address, payload, {
      id,
      correlationId: message.correlationId,
      headers: { ...options?.headers, listener: listener.name },
      // A reply's worker may start at once: its sender is a listener, not a request waiting to return.
      from: "listener",
    });
  };
}
