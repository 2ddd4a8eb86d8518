import { beforeEach, describe, expect, it } from "vitest";
import type { Message } from "@/lib/messaging/types";
import { db } from "@/lib/server/db/client";
import { storeReply } from "./store-reply";

function replyMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: crypto.randomUUID(),
    destination: "tour/manager/task",
    payload: {},
    correlationId: "request-1",
    headers: {},
    createdAt: new Date(),
    ...overrides,
  };
}

describe("storeReply (the Tasks portlet's reply store)", () => {
  beforeEach(async () => {
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    await db.task.create({ data: { id: "task-1", name: "Amps", status: "Open", requestId: "request-1" } });
  });

  it("stores a reply against the task its correlation id names", async () => {
    const stored = await storeReply(replyMessage(), { from: "inventory", inventoryResponse: "In stock", inStock: true });

    expect(stored.taskId).toBe("task-1");
    expect(stored.reply).toMatchObject({ from: "inventory", answer: "In stock" });
    const rows = await db.taskReply.findMany({ where: { taskId: "task-1" } });
    expect(rows.map((r) => [r.from, r.answer, JSON.parse(r.body).inStock])).toEqual([["inventory", "In stock", true]]);
  });

  it("stores a roadie's report with its kind and state", async () => {
    const stored = await storeReply(replyMessage(), { from: "setup", kind: "progress", state: "blocked", reason: "No power" });

    expect(stored).toMatchObject({ taskId: "task-1", requestId: "request-1" });
    expect(stored.reply).toMatchObject({
      from: "setup",
      kind: "progress",
      moves: { by: "report", to: "Blocked" },
      answer: "Blocked: No power",
    });
  });

  it("reads a reply without a kind as the listener's first answer", async () => {
    const ack = await storeReply(replyMessage(), { from: "setup", roadieResponse: "Yes" });
    const answer = await storeReply(replyMessage(), { from: "inventory", inventoryResponse: "Short", inStock: false });

    // The tutorial's "Yes" is the Setup desk's automatic receipt, worded so it does not read as a roadie's answer.
    expect(ack.reply).toMatchObject({ kind: "ack", answer: "Received, waiting for a roadie" });
    expect(answer.reply).toMatchObject({ kind: "answer", moves: { by: "concern", to: "Short of gear" } });
  });

  it("stores whose notification it is and whether it is a problem, as the plugged responders say", async () => {
    await db.task.update({ where: { id: "task-1" }, data: { createdById: "alex" } });
    await storeReply(replyMessage(), { from: "setup", roadieResponse: "Yes" });
    await storeReply(replyMessage(), { from: "setup", kind: "progress", state: "blocked", reason: "No power" });
    await storeReply(replyMessage(), { from: "inventory", inventoryResponse: "Short", inStock: false });
    await storeReply(replyMessage(), { from: "setup", kind: "progress", state: "done" });
    const rows = await db.taskReply.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.ownerId, row.answer.split(":")[0], row.problem])).toEqual([
      ["alex", "Received, waiting for a roadie", false],
      ["alex", "Blocked", true],
      ["alex", "Short", true],
      ["alex", "Done", false],
    ]);
  });

  it("keeps one row when the same reply message is stored twice", async () => {
    const message = replyMessage();
    const first = await storeReply(message, { from: "setup", roadieResponse: "Yes" });
    const second = await storeReply(message, { from: "setup", roadieResponse: "Yes" });

    expect(second.reply.id).toBe(first.reply.id);
    expect(await db.taskReply.count()).toBe(1);
  });

  it("refuses a reply that answers no known task, storing nothing", async () => {
    await expect(
      storeReply(replyMessage({ correlationId: "nobody" }), { from: "setup", roadieResponse: "Yes" }),
    ).rejects.toMatchObject({ name: "UnknownTaskError", correlationId: "nobody" });
    expect(await db.taskReply.count()).toBe(0);
  });
});
