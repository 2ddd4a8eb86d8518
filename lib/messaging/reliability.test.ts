import { describe, expect, it } from "vitest";
import { MessageBus } from "./message-bus";
import { DEFAULT_RETRY_POLICY, retryDelayMs } from "./retry-policy";
import { MemoryMessageStore } from "./store/memory-store";
import { inProcessHarness } from "./transport/in-process-harness";
import { describeReliability } from "./transport/reliability.conformance";
import type { Route } from "./types";

describeReliability("in-process", inProcessHarness);

describe("retry backoff", () => {
  it("doubles the wait on each retry up to the ceiling", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialDelayMs: 100, multiplier: 2, maxDelayMs: 500 };
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt))).toEqual([100, 200, 400, 500, 500]);
  });
});

// In-process only: on a cluster the queue is the destination's streams, not this process's queue.
describe("bounded queues", () => {
  it("rejects a send beyond the declared limit, and records the refusal", async () => {
    const store = new MemoryMessageStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const working = new Promise<void>((resolve) => (started = resolve));
    const bus = new MessageBus<{ work: Route }>({
      destinations: {
        work: {
          type: "serial",
          maxQueueSize: 2,
          listeners: [{ name: "slow", receive: () => (started(), gate) }],
        },
      },
      store,
    });

    await bus.send("work", { n: 1 });
    // The worker has taken message 1 off the queue and blocks on the gate (a fixed wait
    // was too short on a loaded machine: message 1 still queued made message 3 the refused one).
    await working;
    await bus.send("work", { n: 2 });
    await bus.send("work", { n: 3 });
    const refused = bus.send("work", { n: 4 });

    await expect(refused).rejects.toMatchObject({ name: "QueueFullError", destination: "work", limit: 2 });
    expect((await store.rejections(10)).map((r) => [r.message.payload, r.reason])).toEqual([[{ n: 4 }, "queue-full"]]);
    expect(bus.stats().find((s) => s.destination === "work")).toMatchObject({ rejected: 1, pending: 2, largestQueue: 2 });
    release();
    await bus.idle();
  });
});
