import type { DestinationDepth, Transport, TransportHost, WorkItem } from "./transport";

/**
 * The default: messages go to this process's own workers, as they always did. One
 * process holds all the work, so recovery on start simply resumes everything the
 * store holds unfinished. The bus makes it with its host at construction: it works
 * before `start` (a bus that is never recovered still delivers).
 */
export class InProcessTransport implements Transport {
  readonly kind = "in-process";

  constructor(private readonly host: TransportHost) {}

  async start(): Promise<{ messages: number; deliveries: number }> {
    let deliveries = 0;
    const unfinished = await this.host.unfinished();
    for (const stored of unfinished) deliveries += await this.host.resume(stored);
    return { messages: unfinished.length, deliveries };
  }

  send(item: WorkItem, from: "sender" | "listener"): Promise<void> | undefined {
    return this.host.run(item, { from });
  }

  async depth(): Promise<DestinationDepth[] | undefined> {
    return undefined;
  }

  async close(): Promise<void> {}
}
