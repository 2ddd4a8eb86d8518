import { describe, expect, it } from "vitest";
import { MemoryMessageStore } from "../store/memory-store";
import type { Message, MessageListener } from "../types";
import { describeDestinationTypes, type ReliabilityConfig, type ReliabilityMap } from "./destination-types.conformance";
import { busMaker, type TransportHarness } from "./transport-harness";

const fastRetry = { maxAttempts: 3, initialDelayMs: 1, multiplier: 2, maxDelayMs: 5 };
const collect = (into: Message[], name = "collector"): MessageListener => ({ name, receive: (m) => void into.push(m) });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries, dead letters, replay, destination types (destination-types.conformance.ts)
 * and durability, whatever carries the bus's messages: every Transport passes it.
 */
export function describeReliability(name: string, harness: TransportHarness): void {
  const { make, settle } = busMaker(harness);

  function makeBus(config: ReliabilityConfig, options: { store?: MemoryMessageStore; start?: boolean } = {}) {
    return make<ReliabilityMap>({
      destinations: {
        work: { type: "serial", listeners: [] },
        replies: { type: "serial", listeners: [] },
        other: { type: "serial", listeners: [] },
        ...config,
      },
      store: options.store ?? new MemoryMessageStore(),
      onInternalError: (error) => {
        throw error;
      },
      start: options.start,
    });
  }

  describe(`${name}: reliability`, () => {
    describe("retries and dead letters", () => {
      it("retries a throwing listener with backoff, then dead-letters it with its error", async () => {
        const store = new MemoryMessageStore();
        const attempts: number[] = [];
        const bus = await makeBus(
          {
            work: {
              type: "serial",
              retry: fastRetry,
              listeners: [
                {
                  name: "flaky",
                  receive: (_m, context) => {
                    attempts.push(context.attempt);
                    throw new Error("amp on fire");
                  },
                },
              ],
            },
          },
          { store },
        );

        const message = await bus.send("work", { job: 1 });
        await settle(bus);

        expect(attempts).toEqual([1, 2, 3]);
        const dead = await bus.deadLetters();
        expect(dead).toHaveLength(1);
        expect(dead[0]!.message.id).toBe(message.id);
        expect(dead[0]!.deliveries).toEqual([
          expect.objectContaining({ listener: "flaky", state: "dead", attempts: 3, lastError: "Error: amp on fire" }),
        ]);
        expect(bus.stats().find((s) => s.destination === "work")).toMatchObject({ failed: 3, dead: 1, delivered: 0 });
      });

      it("retries a transient fault (a full disk) without using up attempts, as the same attempt", async () => {
        const attempts: number[] = [];
        let faults = 6;
        const flaky: MessageListener = {
          name: "flaky",
          receive(_message, { attempt }) {
            attempts.push(attempt);
            if (faults-- > 0) throw Object.assign(new Error("database full"), { transient: true });
          },
        };
        const bus = await makeBus({ work: { type: "serial", listeners: [flaky], retry: { ...fastRetry, maxDelayMs: 1 } } });
        await bus.send("work", {});
        await settle(bus);
        // Six faults with maxAttempts 3: none dead-lettered, every try still attempt 1.
        expect(attempts).toEqual([1, 1, 1, 1, 1, 1, 1]);
        expect(bus.stats().find((s) => s.destination === "work")).toMatchObject({ dead: 0, delivered: 1 });
      });

      it("replays a dead letter and its reply then arrives", async () => {
        let broken = true;
        const replies: Message[] = [];
        const bus = await makeBus({
          work: {
            type: "serial",
            retry: { ...fastRetry, maxAttempts: 2 },
            listeners: [
              {
                name: "setup",
                async receive(_m, context) {
                  if (broken) throw new Error("roadie missing");
                  await context.reply({ roadieResponse: "Yes" });
                },
              },
            ],
          },
          replies: { type: "serial", listeners: [collect(replies)] },
        });

        const message = await bus.send("work", { responseDestinationName: "replies" });
        await settle(bus);
        expect(replies).toHaveLength(0);
        expect(await bus.deadLetters()).toHaveLength(1);

        broken = false;
        await bus.replay(message.id, "setup");
        await settle(bus);

        expect(replies.map((r) => [r.correlationId, r.payload])).toEqual([[message.id, { roadieResponse: "Yes" }]]);
        expect(await bus.deadLetters()).toHaveLength(0);
        await expect(bus.replay(message.id, "setup")).rejects.toMatchObject({ name: "NotDeadLetterError" });
      });

      it("does not hold back other destinations while a listener waits for its retry", async () => {
        const handled: Message[] = [];
        const bus = await makeBus({
          work: {
            type: "serial",
            retry: { maxAttempts: 2, initialDelayMs: 200, multiplier: 1, maxDelayMs: 200 },
            listeners: [{ name: "stuck", receive: () => Promise.reject(new Error("no power")) }],
          },
          other: { type: "serial", listeners: [collect(handled)] },
        });

        await bus.send("work", {});
        await wait(5);
        await bus.send("other", { hello: true });
        await wait(20);

        expect(handled).toHaveLength(1);
        expect(bus.stats().find((s) => s.destination === "work")).toMatchObject({ retrying: 1, dead: 0 });
        await settle(bus);
      });
    });

    describeDestinationTypes({ makeBus, settle });

    describe("durability", () => {
      it("resolves send only once the store has the message", async () => {
        const store = new MemoryMessageStore();
        let release!: () => void;
        const append = store.append.bind(store);
        store.append = async (message, listeners) => {
          await new Promise<void>((resolve) => (release = resolve));
          return append(message, listeners);
        };
        const bus = await makeBus({ work: { type: "serial", listeners: [collect([])] } }, { store });

        let resolved = false;
        const sending = bus.send("work", {}).then(() => (resolved = true));
        await wait(5);
        expect(resolved).toBe(false);
        release();
        await sending;
        expect(resolved).toBe(true);
      });

      it("resumes unfinished deliveries on recovery, in send order, and skips finished ones", async () => {
        const store = new MemoryMessageStore();
        // A first process accepted three messages and crashed: setup handled #1 only.
        const handled: string[] = [];
        const listener = (name: string): MessageListener => ({
          name,
          receive: (m) => void handled.push(`${name}:${(m.payload as { n: number }).n}`),
        });
        const config: ReliabilityConfig = { work: { type: "serial", listeners: [listener("setup"), listener("inventory")] } };
        const crashed = await makeBus({ work: { type: "serial", listeners: [] } }, { store });
        const at = (n: number) => ({
          id: `m${n}`,
          destination: "work",
          payload: { n },
          correlationId: `m${n}`,
          headers: {},
          createdAt: new Date(),
        });
        for (const n of [1, 2, 3]) await store.append(at(n), ["setup", "inventory"]);
        await store.updateDelivery({ messageId: "m1", listener: "setup", state: "done", attempts: 1 });
        await store.updateDelivery({ messageId: "m1", listener: "inventory", state: "running", attempts: 1 });
        await crashed.close();

        const restarted = await makeBus(config, { store, start: false });
        const resumed = await restarted.recover();
        await settle(restarted);

        expect(resumed).toEqual({ messages: 3, deliveries: 5 });
        expect(handled).toEqual(["inventory:1", "setup:2", "inventory:2", "setup:3", "inventory:3"]);
        expect(await store.unfinished()).toEqual([]);
      });

      it("treats a re-send with the same id as a no-op", async () => {
        const handled: Message[] = [];
        const bus = await makeBus({ work: { type: "serial", listeners: [collect(handled)] } });
        await bus.send("work", { n: 1 }, { id: "task-1" });
        await bus.send("work", { n: 1 }, { id: "task-1" });
        await settle(bus);
        expect(handled).toHaveLength(1);
      });

      it("gives a re-run listener's reply the same id, so it is stored once", async () => {
        const replies: Message[] = [];
        let calls = 0;
        const bus = await makeBus({
          work: {
            type: "serial",
            retry: fastRetry,
            listeners: [
              {
                name: "setup",
                async receive(_m, context) {
                  await context.reply({ roadieResponse: "Yes" });
                  // Fails after replying: the retry replies again.
                  if (++calls === 1) throw new Error("crashed after replying");
                },
              },
            ],
          },
          replies: { type: "serial", listeners: [collect(replies)] },
        });

        await bus.send("work", { responseDestinationName: "replies" });
        await settle(bus);

        expect(calls).toBe(2);
        expect(replies).toHaveLength(1);
      });
    });
  });
}
