import path from "node:path";
import { expect, request, test } from "@playwright/test";
import { localMigrations } from "@/lib/node/migrations-status.mjs";
import { redisHarness } from "@/lib/messaging/transport/redis/redis-harness";
import { DEMO_USERS } from "@/lib/shared/demo-users";
import { createToken, NO_SESSION, signedInContext } from "../support/auth";
import { freshPostgresDatabase, type PostgresDatabase } from "../support/postgres-database";
import { startServer, stopServer, type ServerProcess } from "../support/server-process";

// Two instances started at once, as `npm start` starts each (migrate, then serve), on an
// empty PostgreSQL database of this run's own and Redis under this run's own prefix,
// with the default settings (demo users and data seeded into an empty database).

test.describe.configure({ timeout: 180_000 });

const redis = redisHarness("e2e-start-together");
let database: PostgresDatabase | undefined;
const servers: ServerProcess[] = [];

test.afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server, "SIGTERM")));
  await database?.drop();
  await redis.cleanup();
});

test("two instances starting at once against an empty database: migrations applied once, seeded once, both serve", async () => {
  database = await freshPostgresDatabase({ migrate: false });
  const env = {
    REDIS_URL: "redis://127.0.0.1:6379",
    REDIS_PREFIX: redis.prefix("cluster"),
    SEED_DEMO_DATA: "true",
    SEED_DEMO_USERS: "true",
  };
  servers.push(...(await Promise.all([1, 2].map(() => startServer({ databaseUrl: database!.url, env, migrate: true })))));

  // Each migration applied by exactly one of the two, recorded once with its file's checksum.
  const local = localMigrations(path.resolve("prisma/postgresql/migrations"));
  const applying = servers.flatMap((server) => server.output().match(/applying migration \S+/g) ?? []);
  expect(applying.sort()).toEqual([...local.keys()].sort().map((name) => `applying migration ${name}`));
  const recorded = await database.query<{ name: string; checksum: string }>(
    `SELECT "name", "checksum" FROM "_tourbus_migrations" ORDER BY "name"`,
  );
  expect(recorded).toEqual(
    [...local.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, checksum]) => ({ name, checksum })),
  );

  // The seeding ran once too: one user per demo account, the demo gear once, each demo task once.
  expect(await database.query(`SELECT "email", count(*)::int AS n FROM "User" GROUP BY "email" ORDER BY "email"`)).toEqual(
    DEMO_USERS.map((user) => ({ email: user.email, n: 1 })).sort((a, b) => a.email.localeCompare(b.email)),
  );
  expect(await database.query(`SELECT count(*)::int AS n FROM "GearItem"`)).toEqual([{ n: 7 }]);
  expect(await database.query(`SELECT count(*)::int AS n, count(DISTINCT "name")::int AS names FROM "Task"`)).toEqual([
    { n: 3, names: 3 },
  ]);

  // Both serve: a task added through each gets its Setup and Inventory replies, read through the other.
  const token = await createToken(await signedInContext(servers[0]!.url, "manager"), "start together");
  const apis = await Promise.all(
    servers.map((server) =>
      request.newContext({
        baseURL: server.url,
        storageState: NO_SESSION,
        extraHTTPHeaders: { authorization: `Bearer ${token}` },
      }),
    ),
  );
  try {
    for (const [index, api] of apis.entries()) {
      const posted = await api.post("/api/tasks", {
        data: { name: `Started together ${index}`, description: "", gear: [{ name: "Microphone", quantity: 1 }] },
      });
      expect(posted.status()).toBe(201);
      const { id } = (await posted.json()) as { id: string };
      const other = apis[1 - index]!;
      await expect
        .poll(
          async () =>
            ((await (await other.get(`/api/tasks/${id}`)).json()) as { replies: { from: string }[] }).replies
              .map((r) => r.from)
              .sort(),
          {
            timeout: 20_000,
          },
        )
        .toEqual(["inventory", "setup"]);
    }
  } finally {
    await Promise.all(apis.map((api) => api.dispose()));
  }
});
