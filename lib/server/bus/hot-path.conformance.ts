import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MessageBus } from "@/lib/messaging/message-bus";
import type { Message, MessageListener, Route } from "@/lib/messaging/types";
import type { PrismaClient } from "../db/generated/client";
import { orderedId } from "../db/ordered-id";
import { sql } from "../db/sql-for-tests";
import type { SqlEngine } from "../db/sql-tx";
import type { WriteQueue } from "../db/write-queue";
import { SqlMessageStore } from "./sql-message-store";

/** The app's storage as the server opens it (client.ts, writes.ts), on the engine the test file chose. */
export type HotPath = { db: PrismaClient; writes: WriteQueue; engine: SqlEngine; close(): Promise<void> };

type Work = { key: string; n: number };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A listener whose effect is a row keyed by the message id: a redelivery changes nothing. */
function effectListener(writes: WriteQueue, name: string, trace: string[]): MessageListener<Work> {
  return {
    name,
    async receive(message) {
      const { key, n } = message.payload;
      trace.push(`+${key}${n}${name}`);
      await writes.write((tx) =>
        tx.run(
          sql`INSERT INTO "ListenerActivity" ("id", "listener", "messageId", "requestId", "taskName", "answer", "createdAt")
           VALUES (?, ?, ?, ?, ?, 'ok', ?) ON CONFLICT ("listener", "messageId") DO NOTHING`,
          orderedId(),
          name,
          message.id,
          message.correlationId,
          `${key}${n}`,
          new Date(),
        ),
      );
      await wait(1);
      trace.push(`-${key}${n}${name}`);
    },
  };
}

function makeBus({ db, writes }: HotPath, trace: string[]) {
  return new MessageBus<{ work: Route<Work, never> }>({
    destinations: {
      work: {
        type: "serial",
        listeners: [effectListener(writes, "setup", trace), effectListener(writes, "inventory", trace)],
        orderingKey: (message: Message<Work>) => message.payload.key,
        workers: 4,
      },
    },
    store: new SqlMessageStore(db, writes),
    newId: orderedId,
    onInternalError: (error) => {
      throw error;
    },
  });
}

const effects = ({ engine }: HotPath) =>
  engine.all(
    sql<{
      listener: string;
      n: number;
    }>`SELECT "listener", COUNT(*) AS "n" FROM "ListenerActivity" GROUP BY "listener", "messageId"`,
  );

/**
 * The hot path on a real database: the SQL store, the write queue's group commit and
 * a keyed serial destination, as the server runs them. Each engine's test file calls
 * this with a function that opens the app's storage on it.
 */
export function describeHotPath(name: string, open: () => Promise<HotPath>): void {
  describe(`the hot path on ${name}`, () => {
    let hot: HotPath;
    beforeAll(async () => {
      hot = await open();
    });
    afterAll(() => hot?.close());

    beforeEach(async () => {
      const { db } = hot;
      await db.listenerActivity.deleteMany();
      await db.busDelivery.deleteMany();
      await db.busMessage.deleteMany();
    });

    it("runs one key's messages in send order, one at a time, and different keys side by side", async () => {
      const trace: string[] = [];
      const bus = makeBus(hot, trace);
      for (let n = 1; n <= 5; n++) await Promise.all(["a", "b", "c"].map((key) => bus.send("work", { key, n })));
      await bus.idle();
      bus.close();

      for (const key of ["a", "b", "c"]) {
        const own = trace.filter((step) => step[1] === key);
        expect(own).toEqual(
          [1, 2, 3, 4, 5].flatMap((n) => ["setup", "inventory"].flatMap((l) => [`+${key}${n}${l}`, `-${key}${n}${l}`])),
        );
      }
      let running = 0;
      let most = 0;
      for (const step of trace) most = Math.max(most, (running += step.startsWith("+") ? 1 : -1));
      expect(most).toBeGreaterThan(1);
      expect(await effects(hot)).toHaveLength(30);
    });

    it("delivers exactly once in effect when a restart finds deliveries unfinished", async () => {
      const trace: string[] = [];
      const first = makeBus(hot, trace);
      for (let n = 1; n <= 10; n++) await first.send("work", { key: `k${n % 3}`, n });
      await first.idle();
      // A crash that lost the last "done" records: some deliveries are pending again.
      await hot.db.busDelivery.updateMany({ where: { listener: "inventory" }, data: { state: "pending", attempts: 0 } });
      first.close();

      const restarted = makeBus(hot, trace);
      const { deliveries } = await restarted.recover();
      await restarted.idle();
      restarted.close();

      expect(deliveries).toBe(10);
      // Every listener ran again for those messages, and still one effect each.
      expect(await effects(hot)).toHaveLength(20);
      expect((await effects(hot)).every((row) => row.n === 1)).toBe(true);
      expect(await hot.db.busDelivery.count({ where: { state: { not: "done" } } })).toBe(0);
    });
  });
}
