import { describe, expect, it } from "vitest";
import { MemoryMessageStore } from "../store/memory-store";
import type { BusObserver, DestinationsConfig, Message, MessageListener, Route } from "../types";
import { busMaker, type TransportHarness } from "./transport-harness";

type TestMap = {
  "tour/roadie/setup": Route;
  "tour/manager/task": Route;
  "tour/empty": Route;
};

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/** A listener that records start/end around an awaited pause, to expose overlap. */
function slowListener(name: string, trace: string[], replyWith?: unknown): MessageListener {
  return {
    name,
    async receive(message, context) {
      const label = (message.payload as { name?: string }).name ?? JSON.parse(String(message.payload)).name;
      trace.push(`${name}:start:${label}`);
      await tick();
      await tick();
      trace.push(`${name}:end:${label}`);
      if (replyWith !== undefined) await context.reply(replyWith);
    },
  };
}

function collector(into: Message[]): MessageListener {
  return { name: "tasks", receive: (message) => void into.push(message) };
}

/**
 * How the bus dispatches (order, return addresses, errors), whatever carries its
 * messages: every Transport passes it (run from each transport's test file).
 */
export function describeDispatch(name: string, harness: TransportHarness): void {
  const { make, settle } = busMaker(harness);

  function makeBus(config: Partial<DestinationsConfig<TestMap>>, observers: BusObserver[] = [], store?: MemoryMessageStore) {
    return make<TestMap>({
      store,
      destinations: {
        "tour/roadie/setup": { type: "serial", listeners: [] },
        "tour/manager/task": { type: "serial", listeners: [] },
        "tour/empty": { type: "serial", listeners: [] },
        ...config,
      },
      observers,
    });
  }

  describe(`${name}: dispatch`, () => {
    describe("serial dispatch", () => {
      it("runs listeners one at a time, in declared order, messages in send order", async () => {
        const trace: string[] = [];
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [slowListener("setup", trace), slowListener("inventory", trace)],
          },
        });

        await bus.send("tour/roadie/setup", { name: "amps" });
        await bus.send("tour/roadie/setup", { name: "lights" });
        await settle(bus);

        expect(trace).toEqual([
          "setup:start:amps",
          "setup:end:amps",
          "inventory:start:amps",
          "inventory:end:amps",
          "setup:start:lights",
          "setup:end:lights",
          "inventory:start:lights",
          "inventory:end:lights",
        ]);
      });

      it("returns from send without waiting for any listener", async () => {
        // The listener cannot finish until the test lets it: a send that waited for it would
        // never return. (Whether it has *started* by then is the transport's timing: a Redis
        // reader may take the message in the same turn as XADD's answer.)
        const trace: string[] = [];
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [
              {
                name: "setup",
                async receive() {
                  trace.push("setup:start");
                  await held;
                  trace.push("setup:end");
                },
              },
            ],
          },
        });

        await bus.send("tour/roadie/setup", { name: "amps" });
        expect(trace).not.toContain("setup:end");
        release();
        await settle(bus);
        expect(trace).toEqual(["setup:start", "setup:end"]);
      });

      it("keeps dispatching to later listeners and messages when one listener throws", async () => {
        // One attempt only here: retries have their own tests (reliability.test.ts).
        const failures: string[] = [];
        const handled: string[] = [];
        const bus = await makeBus(
          {
            "tour/roadie/setup": {
              type: "serial",
              retry: { maxAttempts: 1 },
              listeners: [
                { name: "broken", receive: () => Promise.reject(new Error("amp on fire")) },
                { name: "fine", receive: (m) => void handled.push((m.payload as { name: string }).name) },
              ],
            },
          },
          [{ dead: ({ listener, error }) => void failures.push(`${listener}:${(error as Error).message}`) }],
        );

        await bus.send("tour/roadie/setup", { name: "amps" });
        await bus.send("tour/roadie/setup", { name: "lights" });
        await settle(bus);

        expect(failures).toEqual(["broken:amp on fire", "broken:amp on fire"]);
        expect(handled).toEqual(["amps", "lights"]);
      });
    });

    describe("return address", () => {
      it("honours responseDestinationName inside a JSON-text payload, as the tutorial sends it", async () => {
        const replies: Message[] = [];
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [
              {
                name: "setup",
                async receive(message, context) {
                  // The tutorial's listener: parse the payload, answer the return address.
                  const json = JSON.parse(String(message.payload));
                  expect(json.responseDestinationName).toBe("tour/manager/task");
                  await context.reply(JSON.stringify({ roadieResponse: "Yes" }));
                },
              },
            ],
          },
          "tour/manager/task": { type: "serial", listeners: [collector(replies)] },
        });

        const payload = JSON.stringify({
          name: "Amps",
          description: "Stack the Marshalls",
          status: "Open",
          responseDestinationName: "tour/manager/task",
        });
        const request = await bus.send("tour/roadie/setup", payload);
        await settle(bus);

        expect(request.responseDestination).toBe("tour/manager/task");
        expect(replies).toHaveLength(1);
        expect(replies[0]!.destination).toBe("tour/manager/task");
        expect(JSON.parse(String(replies[0]!.payload))).toEqual({ roadieResponse: "Yes" });
      });

      it("lets a listener destructure reply from its context", async () => {
        const replies: Message[] = [];
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [{ name: "setup", receive: async (_m, { reply }) => void (await reply({ roadieResponse: "Yes" })) }],
          },
          "tour/manager/task": { type: "serial", listeners: [collector(replies)] },
        });

        await bus.send("tour/roadie/setup", { responseDestinationName: "tour/manager/task" });
        await settle(bus);

        expect(replies.map((r) => r.payload)).toEqual([{ roadieResponse: "Yes" }]);
      });

      it("prefers the envelope's responseDestination over the payload's", async () => {
        const replies: Message[] = [];
        const other: Message[] = [];
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [{ name: "setup", receive: (_m, c) => c.reply({ ok: true }).then(() => undefined) }],
          },
          "tour/manager/task": { type: "serial", listeners: [collector(other)] },
          "tour/empty": { type: "serial", listeners: [collector(replies)] },
        });

        await bus.send(
          "tour/roadie/setup",
          { responseDestinationName: "tour/manager/task" },
          { responseDestination: "tour/empty" },
        );
        await settle(bus);

        expect(replies).toHaveLength(1);
        expect(other).toHaveLength(0);
      });

      it("correlates every reply with its request and names the replier", async () => {
        const replies: Message[] = [];
        const bus = await makeBus({
          "tour/roadie/setup": {
            type: "serial",
            listeners: [
              { name: "setup", receive: (_m, c) => c.reply({ roadieResponse: "Yes" }).then(() => undefined) },
              { name: "inventory", receive: (_m, c) => c.reply({ inStock: true }).then(() => undefined) },
            ],
          },
          "tour/manager/task": { type: "serial", listeners: [collector(replies)] },
        });

        const first = await bus.send("tour/roadie/setup", { responseDestinationName: "tour/manager/task" });
        await bus.send("tour/roadie/setup", { responseDestinationName: "tour/manager/task" }, { correlationId: "task-42" });
        await settle(bus);

        expect(first.correlationId).toBe(first.id);
        expect(replies.map((r) => [r.correlationId, r.headers.listener])).toEqual([
          [first.id, "setup"],
          [first.id, "inventory"],
          ["task-42", "setup"],
          ["task-42", "inventory"],
        ]);
      });

      it("fails the delivery when a listener replies to a message without a return address", async () => {
        const failures: unknown[] = [];
        const bus = await makeBus(
          {
            "tour/roadie/setup": {
              type: "serial",
              retry: { maxAttempts: 1 },
              listeners: [{ name: "setup", receive: (_m, c) => c.reply({}).then(() => undefined) }],
            },
          },
          [{ dead: ({ error }) => void failures.push(error) }],
        );

        await bus.send("tour/roadie/setup", { name: "no return address" });
        await settle(bus);

        expect(failures).toHaveLength(1);
        expect((failures[0] as Error).name).toBe("NoReturnAddressError");
      });
    });

    describe("errors and records", () => {
      it("rejects a send to an undeclared destination and runs nothing", async () => {
        const sent: Message[] = [];
        const bus = await makeBus({}, [{ sent: (m) => void sent.push(m) }]);

        // @ts-expect-error: the destination is not in the map, which the compiler catches too
        const sending = bus.send("tour/nowhere", {});

        await expect(sending).rejects.toMatchObject({
          name: "UnknownDestinationError",
          destination: "tour/nowhere",
        });
        expect(sent).toEqual([]);
      });

      it("records a message that no listener takes instead of dropping it", async () => {
        const rejected: { id: string; reason: string }[] = [];
        const store = new MemoryMessageStore();
        const bus = await makeBus(
          {},
          [{ rejected: ({ message, reason }) => void rejected.push({ id: message.id, reason }) }],
          store,
        );

        const message = await bus.send("tour/empty", { name: "lonely" });

        expect(rejected).toEqual([{ id: message.id, reason: "no-listeners" }]);
        expect((await store.rejections(10)).map((r) => [r.message.id, r.reason])).toEqual([[message.id, "no-listeners"]]);
        expect(bus.stats().find((s) => s.destination === "tour/empty")?.rejected).toBe(1);
      });

      it("reports each delivery to observers with its listener", async () => {
        const delivered: string[] = [];
        const bus = await makeBus(
          {
            "tour/roadie/setup": {
              type: "serial",
              listeners: [
                { name: "setup", receive: () => undefined },
                { name: "inventory", receive: () => undefined },
              ],
            },
          },
          [{ delivered: ({ listener, durationMs }) => void delivered.push(`${listener}:${durationMs >= 0}`) }],
        );

        await bus.send("tour/roadie/setup", {});
        await settle(bus);

        expect(delivered).toEqual(["setup:true", "inventory:true"]);
      });
    });
  });
}
