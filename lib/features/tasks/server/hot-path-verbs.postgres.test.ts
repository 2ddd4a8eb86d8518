import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "@/lib/messaging/types";
import type { TestDatabase } from "@/lib/server/db/postgres/test-database";
import { useAppOnPostgres } from "@/lib/server/db/postgres/app-test-database";

// The hot path's verbs with DATABASE_URL naming PostgreSQL: the same modules the server
// runs, on the engine writes.ts opens for it (modules imported after the setting is made).
let database: TestDatabase;
let db: typeof import("@/lib/server/db/client").db;
let engine: typeof import("@/lib/server/db/writes").engine;

beforeAll(async () => {
  database = await useAppOnPostgres();
  ({ db } = await import("@/lib/server/db/client"));
  ({ engine } = await import("@/lib/server/db/writes"));
});

afterAll(async () => {
  const { getBus } = await import("@/lib/server/bus/get-bus");
  await getBus().idle();
  getBus().close();
  await engine?.close();
  await db?.$disconnect();
  await database?.drop();
});

describe("the hot path's verbs on PostgreSQL", () => {
  it("opens the PostgreSQL engine, not a SQLite file", async () => {
    const { PgEngine } = await import("@/lib/server/db/postgres/pg-engine");
    expect(engine).toBeInstanceOf(PgEngine);
  });

  it("adds a task whose request reaches Setup and Inventory, replays its Idempotency-Key and refuses the key with another body", async () => {
    await db.gearItem.create({ data: { name: "Microphone", quantity: 12 } });
    const { addTask } = await import("@/lib/features/tasks/server/add-task");
    const { idempotencyOf } = await import("@/lib/features/tasks/server/idempotency");
    const input = {
      name: "Soundcheck",
      description: "vocal mics",
      status: "Open" as const,
      gear: [{ name: "microphones", quantity: 2 }],
    };
    const idempotency = idempotencyOf({ userId: "user-1", key: "key-1", input })!;

    const first = await addTask(input, { idempotency });
    const again = await addTask(input, { idempotency });
    expect(again).toEqual({ task: first.task, replayed: true });
    const other = idempotencyOf({ userId: "user-1", key: "key-1", input: { ...input, name: "Other" } })!;
    await expect(addTask({ ...input, name: "Other" }, { idempotency: other })).rejects.toMatchObject({
      code: "idempotency_conflict",
    });

    const { getBus } = await import("@/lib/server/bus/get-bus");
    await getBus().idle();
    const { getTask } = await import("@/lib/features/tasks/server/get-task");
    const view = await getTask(first.task.id);
    expect(view.replies.map((reply) => [reply.from, reply.answer])).toEqual([
      ["setup", "Received, waiting for a roadie"],
      ["inventory", "Reserved: 2 × Microphone"],
    ]);
    expect(await db.task.count()).toBe(1);
    expect((await db.gearItem.findFirstOrThrow({ where: { name: "Microphone" } })).quantity).toBe(10);
    // The events commit with their rows, numbered in commit order.
    const events = await db.portalEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events.map((event) => event.type)).toContain("task:reply");
  });

  it("reserves gear all or nothing, once per message (PostgreSQL's booleans read as SQLite's did)", async () => {
    const { reserveGear } = await import("@/lib/features/inventory/server/reserve-gear");
    await db.gearItem.create({ data: { name: "Drum kit", quantity: 1 } });
    const request = { messageId: "m-drums", requestId: "r-drums", needs: [{ name: "Drum kit", quantity: 1 }] };
    expect(await reserveGear(request)).toMatchObject({ reserved: true, fresh: true });
    expect(await reserveGear(request)).toMatchObject({ reserved: true, fresh: false });
    expect(await reserveGear({ ...request, messageId: "m-drums-2" })).toMatchObject({ reserved: false, fresh: true });
    expect(await reserveGear({ ...request, messageId: "m-drums-2" })).toMatchObject({ reserved: false, fresh: false });
    expect((await db.gearItem.findFirstOrThrow({ where: { name: "Drum kit" } })).quantity).toBe(0);
  });

  it("saves a stock take only over the count it started from", async () => {
    const { setGearQuantity, StockMovedError, UnknownGearError } =
      await import("@/lib/features/inventory/server/set-gear-quantity");
    const { id } = await db.gearItem.create({ data: { name: "Amplifier", quantity: 6 } });
    await expect(setGearQuantity({ id, quantity: 5, expected: 6 })).resolves.toMatchObject({
      id,
      name: "Amplifier",
      quantity: 5,
    });
    await expect(setGearQuantity({ id, quantity: 4, expected: 6 })).rejects.toBeInstanceOf(StockMovedError);
    await expect(setGearQuantity({ id: "no-such-item", quantity: 4, expected: 6 })).rejects.toBeInstanceOf(UnknownGearError);
    expect((await db.gearItem.findUniqueOrThrow({ where: { id } })).quantity).toBe(5);
  });

  it("stores a reply once and refuses one for no task", async () => {
    const { storeReply, UnknownTaskError } = await import("@/lib/features/tasks/server/store-reply");
    const task = await db.task.create({ data: { name: "Amps", status: "Open", requestId: "request-amps" } });
    const message: Message = {
      id: "reply-amps",
      destination: "tour/manager/task",
      payload: {},
      correlationId: "request-amps",
      headers: {},
      createdAt: new Date(),
    };
    const reply = { from: "setup", kind: "ack", roadieResponse: "Yes" } as const;
    const stored = await storeReply(message, reply);
    expect(stored.taskId).toBe(task.id);
    await expect(storeReply(message, reply)).resolves.toEqual(stored);
    await expect(storeReply({ ...message, id: "reply-none", correlationId: "none" }, reply)).rejects.toBeInstanceOf(
      UnknownTaskError,
    );
  });

  it("checks API tokens, answers readiness with a heartbeat and prunes old idempotency keys", async () => {
    const user = await db.user.create({
      data: { id: "user-sam", name: "Sam", email: "sam@example.com", role: "manager", emailVerified: true },
    });
    const { createApiToken, userFromApiToken } = await import("@/lib/server/auth/api-tokens");
    const { token } = await createApiToken({ id: user.id, name: user.name, email: user.email, role: "manager" }, "laptop");
    expect(await userFromApiToken(token)).toMatchObject({ id: user.id, role: "manager" });
    expect(await userFromApiToken(`${token}x`)).toBeNull();

    const { readiness } = await import("@/lib/server/lifecycle/readiness");
    expect(await readiness()).toMatchObject({
      ready: true,
      checks: { draining: false, databaseWritable: true, storageFault: null, busCaughtUp: true },
    });
    expect(await db.instanceHeartbeat.count()).toBe(1);

    await db.idempotencyKey.create({
      data: {
        userId: "old",
        key: "k",
        requestHash: "h",
        taskId: "t",
        response: "{}",
        createdAt: new Date(Date.now() - 2 * 24 * 3600 * 1000),
      },
    });
    const { pruneIdempotencyKeys } = await import("@/lib/features/tasks/server/idempotency");
    expect(await pruneIdempotencyKeys()).toBe(1);
  });
});
