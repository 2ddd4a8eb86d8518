import { describe, expect, it } from "vitest";
import type { MessageBus } from "../message-bus";
import type { DestinationDefinition, Message, MessageListener, Route } from "../types";

/** The destinations the reliability suites declare. */
export type ReliabilityMap = { work: Route; replies: Route; other: Route };
export type ReliabilityConfig = Partial<Record<keyof ReliabilityMap, DestinationDefinition>>;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Suite = {
  makeBus: (config: ReliabilityConfig) => Promise<MessageBus<ReliabilityMap>>;
  settle: (bus: MessageBus<ReliabilityMap>) => Promise<void>;
};

/** Serial, keyed serial, parallel and synchronous dispatch: part of the reliability suite (reliability.conformance.ts). */
export function describeDestinationTypes({ makeBus, settle }: Suite): void {
  describe("destination types", () => {
    function tracing(name: string, trace: string[], ms = 5): MessageListener {
      return {
        name,
        async receive(message) {
          const tag = `${name}#${(message.payload as { n: number }).n}`;
          trace.push(`+${tag}`);
          await wait(ms);
          trace.push(`-${tag}`);
        },
      };
    }
    const maxConcurrent = (trace: string[]) => {
      let now = 0;
      let max = 0;
      for (const step of trace) max = Math.max(max, (now += step.startsWith("+") ? 1 : -1));
      return max;
    };

    it("parallel: a message's listeners run at once, and at most `workers` messages", async () => {
      const trace: string[] = [];
      const bus = await makeBus({
        work: { type: "parallel", workers: 2, listeners: [tracing("a", trace), tracing("b", trace)] },
      });

      for (let n = 1; n <= 5; n++) await bus.send("work", { n });
      await settle(bus);

      expect(trace.slice(0, 2).sort()).toEqual(["+a#1", "+b#1"]);
      expect(maxConcurrent(trace)).toBe(4);
      expect(trace.filter((t) => t.startsWith("-"))).toHaveLength(10);
    });

    it("serial: never two deliveries at once", async () => {
      const trace: string[] = [];
      const bus = await makeBus({ work: { type: "serial", listeners: [tracing("a", trace, 1), tracing("b", trace, 1)] } });
      for (let n = 1; n <= 3; n++) await bus.send("work", { n });
      await settle(bus);
      expect(maxConcurrent(trace)).toBe(1);
    });

    it("serial with an ordering key: one key's messages in send order, one at a time; other keys side by side", async () => {
      const trace: string[] = [];
      const keyed = (name: string): MessageListener => ({
        name,
        async receive(message) {
          const { key, n } = message.payload as { key: string; n: number };
          trace.push(`+${key}${n}${name}`);
          await wait(2);
          trace.push(`-${key}${n}${name}`);
        },
      });
      const bus = await makeBus({
        work: {
          type: "serial",
          listeners: [keyed("a"), keyed("b")],
          orderingKey: (message) => (message.payload as { key: string }).key,
          workers: 3,
        },
      });
      for (let n = 1; n <= 4; n++) for (const key of ["x", "y", "z"]) await bus.send("work", { key, n });
      await settle(bus);

      for (const key of ["x", "y", "z"]) {
        const own = trace.filter((step) => step.slice(1, 2) === key);
        // Strictly one after another for one key: +x1a -x1a +x1b -x1b +x2a …
        const expected = [1, 2, 3, 4].flatMap((n) => ["a", "b"].flatMap((l) => [`+${key}${n}${l}`, `-${key}${n}${l}`]));
        expect(own).toEqual(expected);
      }
      expect(maxConcurrent(trace)).toBe(3);
    });

    it("serial with a key: a reply for a key still being handled waits its turn (and the dispatch does not spin)", async () => {
      const order: string[] = [];
      const byCorrelation = (message: Message) => message.correlationId;
      const bus = await makeBus({
        work: {
          type: "serial",
          listeners: [
            { name: "a", receive: (_m, { reply }) => reply({ n: 1 }).then(() => undefined) },
            { name: "b", receive: (_m, { reply }) => reply({ n: 2 }).then(() => undefined) },
          ],
          orderingKey: byCorrelation,
          workers: 2,
        },
        replies: {
          type: "serial",
          orderingKey: byCorrelation,
          workers: 2,
          listeners: [
            {
              name: "collector",
              async receive(message) {
                const { n } = message.payload as { n: number };
                order.push(`+${n}`);
                await wait(5);
                order.push(`-${n}`);
              },
            },
          ],
        },
      });
      await bus.send("work", {}, { responseDestination: "replies" });
      await settle(bus);
      expect(order).toEqual(["+1", "-1", "+2", "-2"]);
    });

    it("serial without a key: one message at a time across every key", async () => {
      const trace: string[] = [];
      const bus = await makeBus({ work: { type: "serial", listeners: [tracing("a", trace, 1)], workers: 3 } });
      for (let n = 1; n <= 4; n++) await bus.send("work", { n });
      await settle(bus);
      expect(maxConcurrent(trace)).toBe(1);
      expect(trace.filter((t) => t.startsWith("+"))).toEqual(["+a#1", "+a#2", "+a#3", "+a#4"]);
    });

    it("synchronous: send resolves after the listeners ran, in the sender's call", async () => {
      const trace: string[] = [];
      const bus = await makeBus({ work: { type: "synchronous", listeners: [tracing("a", trace, 1), tracing("b", trace, 1)] } });
      await bus.send("work", { n: 1 });
      expect(trace).toEqual(["+a#1", "-a#1", "+b#1", "-b#1"]);
    });
  });
}
