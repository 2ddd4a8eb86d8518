import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { addTask } from "./add-task";

// The server's bus, in-process, on the unit-test database.
const input = { name: "Line check", description: "", status: "Open" as const, gear: [] };
const idempotency = { userId: "user-retry", key: "retry-1", requestHash: "same-body" };

describe("addTask with an Idempotency-Key", () => {
  beforeEach(async () => {
    await getBus().idle();
    await db.idempotencyKey.deleteMany();
    await db.task.deleteMany();
    await db.busMessage.deleteMany();
  });
  afterAll(() => getBus().idle());

  it("a retry finds the first answer and sends nothing twice", async () => {
    const first = await addTask(input, { idempotency });
    const again = await addTask(input, { idempotency });
    expect(again).toMatchObject({ replayed: true, task: { id: first.task.id } });
    expect(await db.busMessage.count({ where: { destination: "tour/roadie/setup" } })).toBe(1);
  });

  it("a retry after the first died between storing the task and sending its request sends the request", async () => {
    const first = await addTask(input, { idempotency });
    await getBus().idle();
    const { requestId } = await db.task.findUniqueOrThrow({ where: { id: first.task.id } });
    // As if the first try's process had died before its send reached the store.
    await db.busMessage.deleteMany();
    const again = await addTask(input, { idempotency });
    expect(again).toMatchObject({ replayed: true, task: { id: first.task.id } });
    expect(await db.busMessage.findMany({ where: { destination: "tour/roadie/setup" }, select: { id: true } })).toEqual([
      { id: requestId },
    ]);
  });
});
