import { beforeEach, describe, expect, it } from "vitest";
import type { Message } from "../types";
import type { MessageStore } from "./message-store";

/**
 * The contract every MessageStore keeps (bullmq tests its adapters the same way).
 * Call it from each implementation's test file with a factory for an empty store.
 */
export function describeMessageStore(name: string, makeEmptyStore: () => Promise<MessageStore>): void {
  describe(`${name} keeps the MessageStore contract`, () => {
    let store: MessageStore;
    beforeEach(async () => {
      store = await makeEmptyStore();
    });

    const message = (n: number, overrides: Partial<Message> = {}): Message => ({
      id: `msg-${n}`,
      destination: "tour/roadie/setup",
      payload: { name: `task ${n}`, nested: { list: [1, "two", null] }, text: "ünïcödé <b>&</b>" },
      responseDestination: "tour/manager/task",
      correlationId: `corr-${n}`,
      headers: { listener: "setup" },
      createdAt: new Date(Date.UTC(2026, 10, 26, 10, 0, n)),
      ...overrides,
    });

    it("appends a message once, with a pending delivery per listener", async () => {
      expect(await store.append(message(1), ["setup", "inventory"])).toBe(true);
      expect(await store.append(message(1), ["setup", "inventory"])).toBe(false);

      const stored = await store.get("msg-1");
      expect(stored?.message).toEqual(message(1));
      expect(stored?.deliveries.map((d) => [d.listener, d.state, d.attempts]).sort()).toEqual([
        ["inventory", "pending", 0],
        ["setup", "pending", 0],
      ]);
    });

    it("keeps a message without a return address as such", async () => {
      await store.append(message(2, { responseDestination: undefined }), ["setup"]);
      const stored = await store.get("msg-2");
      expect(stored?.message.responseDestination).toBeUndefined();
    });

    it("answers undefined for an unknown message", async () => {
      expect(await store.get("nope")).toBeUndefined();
    });

    it("records each delivery's progress", async () => {
      await store.append(message(1), ["setup"]);
      const due = new Date(Date.UTC(2026, 10, 26, 11, 0, 0));
      await store.updateDelivery({
        messageId: "msg-1",
        listener: "setup",
        state: "failed",
        attempts: 2,
        lastError: "Error: amp on fire",
        nextAttemptAt: due,
      });
      const [delivery] = (await store.get("msg-1"))!.deliveries;
      expect(delivery).toMatchObject({ state: "failed", attempts: 2, lastError: "Error: amp on fire", nextAttemptAt: due });

      await store.updateDelivery({ messageId: "msg-1", listener: "setup", state: "done", attempts: 3, durationMs: 1.5 });
      const [done] = (await store.get("msg-1"))!.deliveries;
      expect(done).toMatchObject({ state: "done", attempts: 3, durationMs: 1.5 });
      expect(done!.lastError).toBeUndefined();
    });

    it("lists unfinished messages oldest first, with all their deliveries", async () => {
      for (const n of [1, 2, 3]) await store.append(message(n), ["setup", "inventory"]);
      for (const listener of ["setup", "inventory"]) {
        await store.updateDelivery({ messageId: "msg-2", listener, state: "done", attempts: 1 });
      }
      await store.updateDelivery({ messageId: "msg-3", listener: "setup", state: "dead", attempts: 5 });
      await store.updateDelivery({ messageId: "msg-1", listener: "setup", state: "running", attempts: 1 });

      const unfinished = await store.unfinished();
      expect(unfinished.map((u) => u.message.id)).toEqual(["msg-1", "msg-3"]);
      expect(unfinished[1]!.deliveries.map((d) => [d.listener, d.state]).sort()).toEqual([
        ["inventory", "pending"],
        ["setup", "dead"],
      ]);
    });

    it("lists dead letters newest first", async () => {
      for (const n of [1, 2, 3]) await store.append(message(n), ["setup"]);
      for (const n of [1, 3]) {
        await store.updateDelivery({ messageId: `msg-${n}`, listener: "setup", state: "dead", attempts: 5, lastError: "boom" });
      }
      expect((await store.deadLetters(10)).map((d) => d.message.id)).toEqual(["msg-3", "msg-1"]);
      expect((await store.deadLetters(1)).map((d) => d.message.id)).toEqual(["msg-3"]);
    });

    it("keeps rejected messages, newest first", async () => {
      await store.recordRejection(message(1), "queue-full");
      await store.recordRejection(message(2), "no-listeners");
      const rejections = await store.rejections(10);
      expect(rejections.map((r) => [r.message.id, r.reason])).toEqual([
        ["msg-2", "no-listeners"],
        ["msg-1", "queue-full"],
      ]);
      expect(rejections[0]!.message.payload).toEqual(message(2).payload);
    });

    it("follows a conversation by correlation id, and lists the newest messages", async () => {
      await store.append(message(1, { correlationId: "task-a" }), ["setup"]);
      await store.append(message(2, { correlationId: "task-b" }), ["setup"]);
      await store.append(message(3, { correlationId: "task-a", destination: "tour/manager/task" }), ["tasks"]);

      expect((await store.trail("task-a")).map((m) => m.message.id)).toEqual(["msg-1", "msg-3"]);
      expect(await store.trail("nobody")).toEqual([]);
      expect((await store.recent(2)).map((m) => m.message.id)).toEqual(["msg-3", "msg-2"]);
    });

    it("takes many appends at once without losing or doubling any", async () => {
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.append(message(i % 25), ["setup"])));
      expect(results.filter(Boolean)).toHaveLength(25);
      expect(await store.unfinished()).toHaveLength(25);
    });
  });
}
