import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { migratePostgres } from "@/lib/node/postgres-migrate.mjs";
import { DEMO_USERS } from "@/lib/shared/demo-users";
import { createTestDatabase, type TestDatabase } from "@/lib/server/db/postgres/test-database";

// The app's own Prisma paths, run with DATABASE_URL naming a PostgreSQL database
// (modules are imported after the setting is made: env.ts reads it once).
let database: TestDatabase;
let db: typeof import("@/lib/server/db/client").db;

beforeAll(async () => {
  database = await createTestDatabase();
  await migratePostgres({ connectionString: database.url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
  vi.stubEnv("DATABASE_URL", database.url);
  ({ db } = await import("@/lib/server/db/client"));
});

afterAll(async () => {
  await db?.$disconnect();
  vi.unstubAllEnvs();
  await database?.drop();
});

const direct = <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);

describe("Prisma on PostgreSQL", () => {
  it("is chosen by a postgresql:// DATABASE_URL", async () => {
    expect((await import("@/lib/server/db/provider")).databaseProvider).toBe("postgresql");
  });

  it("creates a task with replies and reads it back as the pages do", async () => {
    const task = await db.task.create({
      data: {
        name: "Rig the lights",
        status: "todo",
        requestId: "request-1",
        replies: {
          create: [
            {
              messageId: "reply-2",
              from: "inventory",
              answer: "Reserved",
              body: "{}",
              createdAt: new Date("2026-01-01T10:00:02Z"),
            },
            {
              messageId: "reply-1",
              from: "setup",
              kind: "ack",
              answer: "On it",
              body: "{}",
              createdAt: new Date("2026-01-01T10:00:01Z"),
            },
          ],
        },
      },
    });
    // In PostgreSQL itself, not in some SQLite file.
    expect(await direct('SELECT "name" FROM "Task" WHERE "id" = $1', [task.id])).toEqual([{ name: "Rig the lights" }]);

    const { getTask } = await import("@/lib/features/tasks/server/get-task");
    const view = await getTask(task.id);
    expect(view.name).toBe("Rig the lights");
    expect(view.replies.map((reply) => reply.from)).toEqual(["setup", "inventory"]);
    const { listTasks } = await import("@/lib/features/tasks/server/list-tasks");
    expect((await listTasks()).tasks.map((listed) => listed.id)).toContain(task.id);
    // The list's raw search SQL runs here too, ignoring case as on SQLite.
    expect(await listTasks({ q: "RIG the" })).toMatchObject({ total: 1, tasks: [{ id: task.id }], nextCursor: null });
  });

  it("searches as on SQLite, through the trigram index: a substring of name or description in any case, % and _ literal", async () => {
    const { listTasks } = await import("@/lib/features/tasks/server/list-tasks");
    const ids = async (q: string) => (await listTasks({ q })).tasks.map((task) => task.id);
    await db.task.create({
      data: {
        id: "pg-fog",
        name: "Haze",
        description: "Bring the FOG machine at 100% on_stage",
        status: "todo",
        requestId: "request-fog",
      },
    });
    expect(await ids("fog MACH")).toEqual(["pg-fog"]);
    expect(await ids("100%")).toEqual(["pg-fog"]);
    expect(await ids("n_s")).toEqual(["pg-fog"]);
    expect(await ids("n%s")).toEqual([]);
    // Short queries take the row-by-row path.
    expect(await ids("Ha")).toEqual(["pg-fog"]);
    // Name and description apart: nothing matches across the two.
    expect(await ids("hazebring")).toEqual([]);
    await db.task.update({ where: { id: "pg-fog" }, data: { description: "Spare cables" } });
    expect(await ids("fog")).toEqual([]);
    expect(await listTasks({ q: "spare CAB" })).toMatchObject({ total: 1, totalCapped: false, tasks: [{ id: "pg-fog" }] });
    // Its request was never sent (no bus here): deleting it takes it out of the start's outbox too.
    expect(await direct('SELECT "requestId" FROM "UnsentRequest" WHERE "requestId" = $1', ["request-fog"])).toEqual([
      { requestId: "request-fog" },
    ]);
    await db.task.delete({ where: { id: "pg-fog" } });
    expect(await direct('SELECT "requestId" FROM "UnsentRequest" WHERE "requestId" = $1', ["request-fog"])).toEqual([]);
  });

  it("runs the raw SQL the start runs: the outbox query and the write probe", async () => {
    await db.task.create({ data: { name: "Sent", status: "todo", requestId: "request-sent" } });
    await db.busMessage.create({
      data: {
        id: "request-sent",
        destination: "tour/roadie/setup",
        payload: "{}",
        correlationId: "c",
        headers: "{}",
        createdAt: new Date(),
      },
    });
    await db.busMessage.create({
      data: {
        id: "request-1",
        destination: "tour/roadie/setup",
        payload: "{}",
        correlationId: "c",
        headers: "{}",
        createdAt: new Date(),
      },
    });
    // Every task's request is in the log, so nothing is resent: only the query runs.
    const { resendUnsentRequests } = await import("@/lib/features/tasks/server/resend-unsent-requests");
    expect(await resendUnsentRequests()).toBe(0);

    const { checkDatabaseWritable } = await import("@/lib/server/start/check-database-writable");
    await expect(checkDatabaseWritable()).resolves.toBeUndefined();
    expect(await direct("SELECT to_regclass('public._tourbus_write_probe') AS probe")).toEqual([{ probe: null }]);
  });

  it("signs a seeded user in through better-auth", async () => {
    const { seedDemoUsers } = await import("@/lib/server/auth/seed-demo-users");
    expect(await seedDemoUsers()).toBe(DEMO_USERS.length);
    const { auth } = await import("@/lib/server/auth/auth");
    const user = DEMO_USERS[0]!;

    const signedIn = await auth.api.signInEmail({ body: { email: user.email, password: user.password } });
    expect(signedIn.user.email).toBe(user.email);
    expect(await direct('SELECT 1 FROM "Session" WHERE "token" = $1', [signedIn.token])).toHaveLength(1);
    await expect(auth.api.signInEmail({ body: { email: user.email, password: `${user.password}x` } })).rejects.toThrow();
  });
});
