import { expect, test } from "@playwright/test";
import { redisHarness, TEST_REDIS_URL } from "@/lib/messaging/transport/redis/redis-harness";
import { createToken, signedInContext } from "../support/auth";
import { freshPostgresDatabase, type PostgresDatabase } from "../support/postgres-database";
import { callFormAction, serverActionId } from "../support/server-action";
import { startServer, stopServer, type ServerProcess } from "../support/server-process";

// Issue 17: one Idempotency-Key sent N times at once, half to each of two instances
// (a balancer spreading a client's retries), through the API and through the Tasks
// form's server action: one task, one request on the bus, one reservation.
test.describe.configure({ timeout: 240_000 });

const redis = redisHarness("e2e-same-key");
let database: PostgresDatabase | undefined;
const servers: ServerProcess[] = [];

test.afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server, "SIGTERM")));
  await database?.drop();
  await redis.cleanup();
});

test("one key at once across two instances, by API and by form: one task, one request, one reservation", async () => {
  database = await freshPostgresDatabase();
  const db = database;
  await db.query(`INSERT INTO "GearItem" ("id", "name", "quantity") VALUES ('same-key-amp', 'Amplifier', 1000)`);
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redis.prefix("cluster"),
    SEED_DEMO_DATA: "false",
    SEED_DEMO_USERS: "true",
  };
  // One after the other: the first seeds the demo users.
  servers.push(await startServer({ databaseUrl: db.url, env }));
  servers.push(await startServer({ databaseUrl: db.url, env }));
  const sessions = await Promise.all(servers.map((server) => signedInContext(server.url, "manager")));
  const authorization = `Bearer ${await createToken(sessions[0]!, "same key")}`;
  const gear = [{ name: "Amplifier", quantity: 1 }];

  const viaApi = async (i: number, name: string) => {
    const response = await fetch(`${servers[i % 2]!.url}/api/tasks`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization, "idempotency-key": name },
      body: JSON.stringify({ name, description: "", gear }),
    });
    expect(response.status).toBe(201);
    return {
      id: ((await response.json()) as { id: string }).id,
      replayed: response.headers.get("idempotent-replayed") === "true",
    };
  };
  const actionId = serverActionId("lib/features/tasks/actions/add-task.ts", "addTaskAction");
  const viaForm = async (i: number, name: string) => {
    const response = await callFormAction(sessions[i % 2]!, actionId, {
      origin: servers[i % 2]!.url,
      previousState: { status: "idle" },
      fields: { name, description: "", status: "Open", gearName: "Amplifier", gearQuantity: "1", idempotencyKey: name },
    });
    expect(response.status()).toBe(200);
    const id = /"status":"added","task":\{"id":"([^"]+)"/.exec(await response.text())?.[1];
    expect(id, "the form's answer names the task").toBeDefined();
    return { id: id!, replayed: false };
  };

  for (const [how, send] of [
    ["api", viaApi],
    ["form", viaForm],
  ] as const) {
    for (const n of [2, 20, 50]) {
      const name = `same-key-${how}-${n}`;
      const answers = await Promise.all(Array.from({ length: n }, (_, i) => send(i, name)));
      const tasks = await db.query<{ id: string; requestId: string }>(`SELECT "id", "requestId" FROM "Task" WHERE "name" = $1`, [
        name,
      ]);
      expect(tasks, `${name}: one task`).toHaveLength(1);
      const [task] = tasks;
      expect(new Set(answers.map((answer) => answer.id)), `${name}: every answer names it`).toEqual(new Set([task!.id]));
      if (how === "api") expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
      await expect
        .poll(
          async () =>
            (
              await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "GearReservation" WHERE "requestId" = $1`, [
                task!.requestId,
              ])
            )[0]!.n,
          {
            timeout: 30_000,
          },
        )
        .toBe(1);
      expect(await db.query(`SELECT count(*)::int AS n FROM "BusMessage" WHERE "id" = $1`, [task!.requestId])).toEqual([
        { n: 1 },
      ]);
    }
  }
  await Promise.all(sessions.map((session) => session.dispose()));
});
