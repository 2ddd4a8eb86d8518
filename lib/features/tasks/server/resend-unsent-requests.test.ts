import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { writes } from "@/lib/server/db/writes";
import { resendUnsentRequests } from "./resend-unsent-requests";
import { insertTask, unsentRequestsSince } from "./tasks.sql";

/** A task stored as addTask stores it, its request never sent (the process died in between). */
function storeTask(id: string, createdAt: Date) {
  return writes.write((tx) =>
    tx.run(insertTask, id, `Task ${id}`, "", "Open", `request-${id}`, "[]", "Waiting", null, createdAt),
  );
}

describe("the start's resend of requests a crash left unsent", () => {
  beforeEach(async () => {
    await getBus().idle();
    await db.busMessage.deleteMany();
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
  });
  afterAll(() => getBus().idle());

  it("sends each unsent request of the last day once, and neither a sent one nor an older one", async () => {
    await storeTask("crashed", new Date());
    await storeTask("sent", new Date());
    await storeTask("old", new Date(Date.now() - 2 * 24 * 60 * 60 * 1000));
    await resendUnsentRequests({ taskId: "sent" });
    expect((await db.unsentRequest.findMany({ orderBy: { requestId: "asc" } })).map((row) => row.requestId)).toEqual([
      "request-crashed",
      "request-old",
    ]);

    expect(await resendUnsentRequests()).toBe(1);
    expect(await db.busMessage.count({ where: { id: "request-crashed" } })).toBe(1);
    // Logging the request took the task out of the outbox: the next start reads nothing.
    expect((await db.unsentRequest.findMany()).map((row) => row.requestId)).toEqual(["request-old"]);
    expect(await resendUnsentRequests()).toBe(0);
    expect(await db.busMessage.count({ where: { id: { in: ["request-crashed", "request-sent"] } } })).toBe(2);
  });

  it("reads the outbox first and Task by its key, not a scan of every task", () => {
    const connection = new Database("data/unit-test.db", { readonly: true });
    try {
      const plan = connection.prepare(`EXPLAIN QUERY PLAN ${unsentRequestsSince.sql}`).all("2026-01-01T00:00:00.000+00:00") as {
        detail: string;
      }[];
      const details = plan.map((step) => step.detail);
      expect(details[0]).toMatch(/^SCAN u\b/);
      const onTask = details.filter((detail) => / t\b/.test(detail));
      expect(onTask).toEqual([expect.stringMatching(/^SEARCH t USING INDEX Task_requestId_key/)]);
    } finally {
      connection.close();
    }
  });
});
