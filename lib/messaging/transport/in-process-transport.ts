import type { DestinationRuntime, WorkItem } from "../destination-runtime";
import { UnknownDestinationError } from "../errors";
import type { Message } from "../types";
import type { DestinationDepth, Transport, TransportHost } from "./transport";

/**
 * The default: messages go to this process's own workers, as they always did. One
 * process holds all the work, so recovery on start simply resumes everything the
 * store holds unfinished.
 */
export class InProcessTransport implements Transport {
  readonly kind = "in-process";

  async start(host: TransportHost): Promise<{ messages: number; deliveries: number }> {
    let deliveries = 0;
    const unfinished = await host.unfinished();
    for (const stored of unfinished) deliveries += await host.resume(stored);
    return { messages: unfinished.length, deliveries };
  }

  publish(item: WorkItem, runtime: DestinationRuntime, from: "sender" | "listener"): Promise<void> | undefined {
    return runtime.dispatch(item, { from });
  }

  reaches(): boolean {
    return false;
  }

  publishElsewhere(message: Message): Promise<boolean> {
    return Promise.reject(new UnknownDestinationError(message.destination));
  }

  async depth(): Promise<DestinationDepth[] | undefined> {
    return undefined;
  }

  async close(): Promise<void> {}
}
