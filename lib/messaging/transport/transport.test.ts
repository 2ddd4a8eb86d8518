import { describe, expect, it, vi } from "vitest";
import { MessageBus } from "../message-bus";
import { MemoryMessageStore } from "../store/memory-store";
import type { Message, Route } from "../types";
import type { Ack, Transport, TransportHost, WorkItem } from "./transport";

/**
 * A transport written against the seam alone: it keeps what it is sent as a queue of
 * work items (as a broker would) and runs them when told, with an acknowledgement.
 */
class LoopbackTransport implements Transport {
  readonly kind = "loopback";
  readonly sent: WorkItem[] = [];
  readonly acks: string[] = [];
  host!: TransportHost;

  async start(host: TransportHost) {
    this.host = host;
    return { messages: 0, deliveries: 0 };
  }

  send(item: WorkItem): Promise<void> {
    // What crosses the seam must survive a wire: a work item serialises.
    this.sent.push(JSON.parse(JSON.stringify(item)) as WorkItem);
    return Promise.resolve();
  }

  /** Delivers the oldest item here, as a broker's consumer would. */
  async deliverNext(): Promise<void> {
    const item = this.sent.shift()!;
    const message = { ...item.message, createdAt: new Date(item.message.createdAt) };
    const ack: Ack = (outcome) => void this.acks.push(`${message.id}:${outcome}`);
    await this.host.run({ ...item, message }, { ack });
  }

  async depth() {
    return undefined;
  }

  async close() {}
}

type Map_ = { work: Route; now: Route };

describe("the Transport seam", () => {
  it("hands a transport work items and takes acknowledgements, once the outcomes are stored", async () => {
    const store = new MemoryMessageStore();
    const handled: string[] = [];
    const transport = new LoopbackTransport();
    const bus = new MessageBus<Map_>({
      destinations: {
        work: {
          type: "serial",
          listeners: [
            { name: "setup", receive: (m) => void handled.push(`setup:${m.payload}`) },
            { name: "inventory", receive: (m) => void handled.push(`inventory:${m.payload}`) },
          ],
        },
        now: { type: "synchronous", listeners: [{ name: "clock", receive: (m) => void handled.push(`clock:${m.payload}`) }] },
      },
      store,
      transport,
    });
    await bus.recover();
    // The host describes what the transport carries: a synchronous destination runs in the sender's call instead.
    expect(transport.host.destinations).toEqual([{ name: "work", type: "serial" }]);

    const message = await bus.send("work", "amps");
    await bus.send("now", "noon");
    expect(handled).toEqual(["clock:noon"]);
    expect(transport.sent).toEqual([
      { message: expect.objectContaining({ id: message.id, destination: "work", payload: "amps" }) },
    ]);

    await transport.deliverNext();
    await bus.idle();
    expect(handled).toEqual(["clock:noon", "setup:amps", "inventory:amps"]);
    // The ack follows the store's writes, a turn or so after the listeners ran.
    await vi.waitFor(() => expect(transport.acks).toEqual([`${message.id}:recorded`]));
    expect((await store.get(message.id))?.deliveries.map((d) => d.state)).toEqual(["done", "done"]);
    await bus.close();
  });

  it("names the listeners of a replay in the work item, and runs only those", async () => {
    const store = new MemoryMessageStore();
    let broken = true;
    const handled: string[] = [];
    const transport = new LoopbackTransport();
    const bus = new MessageBus<Map_>({
      destinations: {
        work: {
          type: "parallel",
          retry: { maxAttempts: 1 },
          listeners: [
            { name: "setup", receive: () => void handled.push("setup") },
            {
              name: "inventory",
              receive: () => {
                if (broken) throw new Error("shelf empty");
                handled.push("inventory");
              },
            },
          ],
        },
        now: { type: "synchronous", listeners: [] },
      },
      store,
      transport,
    });
    await bus.recover();
    const message: Message = await bus.send("work", "drums");
    await transport.deliverNext();
    await bus.idle();
    expect(handled).toEqual(["setup"]);

    broken = false;
    await bus.replay(message.id, "inventory");
    expect(transport.sent).toEqual([{ message: expect.objectContaining({ id: message.id }), listeners: ["inventory"] }]);
    await transport.deliverNext();
    await bus.idle();
    expect(handled).toEqual(["setup", "inventory"]);
    await vi.waitFor(() => expect(transport.acks).toEqual([`${message.id}:recorded`, `${message.id}:recorded`]));
    await bus.close();
  });
});
