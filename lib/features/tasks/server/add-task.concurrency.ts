import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/server/db/generated/client";
import type { AddedTask } from "./add-task";
import type { Idempotency } from "./idempotency";

const input = { name: "Same key", description: "", status: "Open" as const, gear: [{ name: "Amplifier", quantity: 1 }] };

/** The app as one process runs it, on the engine the test file chose. */
export type App = {
  db: PrismaClient;
  addTask: (given: typeof input, options: { idempotency: Idempotency }) => Promise<AddedTask>;
  idle(): Promise<void>;
  /** Holds the database's write lock from another connection until the returned function is called. */
  lockWrites(): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The Idempotency-Key's promise under concurrency (README, docs/api.md): N requests at
 * once with one key add one task, send one request, reserve the gear once, and every
 * answer names that task. Shared by the SQLite and PostgreSQL test files.
 */
export function describeConcurrentAdd(engineName: string, open: () => Promise<App>): void {
  describe(`addTask with one Idempotency-Key at once (${engineName})`, () => {
    let app: App;
    let round = 0;
    const key = () => ({ userId: "user-race", key: `race-${round}`, requestHash: "same-body" });

    beforeAll(async () => {
      app = await open();
    });
    afterAll(() => app.close());
    beforeEach(async () => {
      round++;
      await app.idle();
      await app.db.gearReservation.deleteMany();
      await app.db.gearItem.deleteMany();
      await app.db.gearItem.create({ data: { name: "Amplifier", quantity: 100 } });
    });

    async function expectOne(answers: AddedTask[]): Promise<void> {
      await app.idle();
      const tasks = await app.db.task.findMany({
        where: { name: input.name, createdAt: { gte: since } },
        select: { id: true, requestId: true },
      });
      expect(tasks).toHaveLength(1);
      const [task] = tasks;
      expect(new Set(answers.map((answer) => answer.task.id))).toEqual(new Set([task!.id]));
      expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
      expect(await app.db.busMessage.count({ where: { destination: "tour/roadie/setup", id: task!.requestId } })).toBe(1);
      expect(await app.db.gearReservation.count({ where: { requestId: task!.requestId } })).toBe(1);
      expect(await app.db.gearReservation.count()).toBe(1);
    }
    let since = new Date();
    beforeEach(() => {
      since = new Date(Date.now() - 1);
    });

    for (const n of [2, 20, 50]) {
      it(`${n} at once add one task, one request, one reservation`, async () => {
        const idempotency = key();
        await expectOne(await Promise.all(Array.from({ length: n }, () => app.addTask(input, { idempotency }))));
      });
    }

    it("a retry after the client timed out during a write lock adds nothing twice", async () => {
      const idempotency = key();
      const release = await app.lockWrites();
      // The first try waits for the lock; its client gives up and sends the retry.
      const first = app.addTask(input, { idempotency });
      await wait(1_500);
      const retry = app.addTask(input, { idempotency });
      await wait(1_500);
      await release();
      await expectOne(await Promise.all([first, retry]));
    });
  });
}
