import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { fillFromTemplate, RARE_WORD } from "./lib/growth-fill";
import { freshMigratedDatabase, removeDatabase } from "./lib/scratch-db";

const TASK = "0190a1b2-c3d4-7000-8000-000000000001";
const REQUEST = "0190a1b2-c3d4-7000-8000-000000000002";
const REPLY_MESSAGE = "0190a1b2-c3d4-7000-8000-000000000003";
const USER = "user-admin-1";
const AT = "2026-12-07T03:00:00.000+00:00";

/** One task as the app stores it, in miniature: the request, one reply, their deliveries, an event. */
function seedTemplate(db: Database.Database): void {
  db.prepare(
    `INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "standing", "createdById", "createdAt") VALUES (?, 'Template', 'Check the amps', 'Open', ?, '[]', 'Done', ?, ?)`,
  ).run(TASK, REQUEST, USER, AT);
  const message = db.prepare(
    `INSERT INTO "BusMessage" ("id", "destination", "payload", "responseDestination", "correlationId", "headers", "createdAt") VALUES (?, ?, ?, NULL, ?, '{}', ?)`,
  );
  message.run(REQUEST, "tour/roadie/setup", JSON.stringify({ requestId: REQUEST }), REQUEST, AT);
  message.run(REPLY_MESSAGE, "tour/manager/task", JSON.stringify({ requestId: REQUEST, taskId: TASK }), REQUEST, AT);
  db.prepare(
    `INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "updatedAt") VALUES (?, 'setup', 'done', 1, ?)`,
  ).run(REQUEST, AT);
  db.prepare(
    `INSERT INTO "TaskReply" ("id", "messageId", "taskId", "from", "kind", "answer", "body", "createdAt") VALUES ('0190a1b2-c3d4-7000-8000-000000000004', ?, ?, 'setup', 'ack', 'ok', '{}', ?)`,
  ).run(REPLY_MESSAGE, TASK, AT);
  db.prepare(`INSERT INTO "PortalEvent" ("type", "data", "createdAt") VALUES ('task:added', ?, ?)`).run(
    JSON.stringify({ id: TASK }),
    AT,
  );
}

describe("growth fill", () => {
  let file = "";
  afterEach(() => removeDatabase(file));

  it("clones the template's rows with ids, times and names of their own, in chunks", () => {
    file = freshMigratedDatabase("growth-fill.test.db");
    const db = new Database(file);
    seedTemplate(db);
    const chunks: number[] = [];
    fillFromTemplate(db, {
      taskId: TASK,
      count: 2_500,
      chunk: 1_000,
      firstMs: Date.UTC(2026, 0, 1),
      stepMs: 100,
      progress: (done) => chunks.push(done),
    });
    expect(chunks).toEqual([1_000, 2_000, 2_500]);
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    expect([count("Task"), count("BusMessage"), count("BusDelivery"), count("TaskReply"), count("PortalEvent")]).toEqual([
      2_501, 5_002, 2_501, 2_501, 2_501,
    ]);

    // Clone 7: its reply points at its own task, its message JSON names its own request.
    const clone = db
      .prepare(`SELECT "id", "requestId", "name", "createdById", "createdAt" FROM "Task" WHERE "name" LIKE 'Load-in 7 %'`)
      .get() as Record<string, string>;
    expect(clone.id).not.toBe(TASK);
    expect(clone.createdById).toBe(USER);
    expect(clone.createdAt).toBe("2026-01-01T00:00:00.700+00:00");
    const reply = db.prepare(`SELECT "taskId" FROM "TaskReply" WHERE "taskId" = ?`).get(clone.id);
    expect(reply).toEqual({ taskId: clone.id });
    const payloads = db.prepare(`SELECT "payload" FROM "BusMessage" WHERE "correlationId" = ?`).all(clone.requestId) as {
      payload: string;
    }[];
    expect(payloads.map((p) => JSON.parse(p.payload).requestId)).toEqual([clone.requestId, clone.requestId]);
    expect(JSON.parse(payloads[1]!.payload).taskId).toBe(clone.id);
    // Ids sort by time, as the app's do.
    const ids = (db.prepare(`SELECT "id" FROM "Task" WHERE "id" <> ? ORDER BY "createdAt"`).all(TASK) as { id: string }[]).map(
      (r) => r.id,
    );
    expect([...ids].sort()).toEqual(ids);
    expect(count("Task") - 1).toBe(new Set(ids).size);
    // The rare word: every 1,000th clone.
    expect((db.prepare(`SELECT COUNT(*) AS n FROM "Task" WHERE "name" LIKE ?`).get(`%${RARE_WORD}%`) as { n: number }).n).toBe(3);
    db.close();
  });
});
