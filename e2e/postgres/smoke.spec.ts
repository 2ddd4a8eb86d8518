import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { createToken, NO_SESSION, signedInContext } from "../support/auth";
import { freshPostgresDatabase, type PostgresDatabase } from "../support/postgres-database";
import { startServer, stopServer, type ServerProcess } from "../support/server-process";

// The whole app on PostgreSQL (DATABASE_URL=postgresql://…): the seed scenario through
// the API and in a browser, on a server and database of this test's own.

test.describe.configure({ mode: "serial", timeout: 120_000 });

let database: PostgresDatabase;
let server: ServerProcess;
let api: APIRequestContext;

test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  database = await freshPostgresDatabase();
  server = await startServer({ databaseUrl: database.url, env: { SEED_DEMO_DATA: "true" } });
  const token = await createToken(await signedInContext(server.url, "admin"), "postgres smoke");
  api = await request.newContext({
    baseURL: server.url,
    storageState: NO_SESSION,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
});

test.afterAll(async () => {
  await api?.dispose();
  if (server) await stopServer(server, "SIGTERM");
  await database?.drop();
});

type TaskBody = { id: string; expected: string[]; replies: { from: string; answer: string }[] };

test("a task posted through the API gets its Setup and Inventory replies, stored in PostgreSQL", async () => {
  const posted = await api.post("/api/tasks", {
    data: { name: "Soundcheck on PostgreSQL", description: "Six vocal mics on stage", gear: "2 microphones" },
    headers: { "Idempotency-Key": "pg-smoke-1" },
  });
  expect(posted.status()).toBe(201);
  const task = (await posted.json()) as TaskBody;
  expect(task.expected).toEqual(["setup", "inventory"]);

  await expect
    .poll(
      async () => ((await (await api.get(`/api/tasks/${task.id}`)).json()) as TaskBody).replies.map((reply) => reply.from).sort(),
      {
        timeout: 10_000,
      },
    )
    .toEqual(["inventory", "setup"]);
  const { replies } = (await (await api.get(`/api/tasks/${task.id}`)).json()) as TaskBody;
  expect(replies.find((reply) => reply.from === "inventory")?.answer).toBe("Reserved: 2 × Microphone");

  // The same key again: the first answer, nothing added.
  const again = await api.post("/api/tasks", {
    data: { name: "Soundcheck on PostgreSQL", description: "Six vocal mics on stage", gear: "2 microphones" },
    headers: { "Idempotency-Key": "pg-smoke-1" },
  });
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(((await again.json()) as TaskBody).id).toBe(task.id);

  // In PostgreSQL itself: the task, one reply per responder, the bus's log done, the stock taken.
  expect(await database.query(`SELECT count(*)::int AS n FROM "Task" WHERE "name" = $1`, ["Soundcheck on PostgreSQL"])).toEqual([
    { n: 1 },
  ]);
  expect(await database.query(`SELECT "from" FROM "TaskReply" WHERE "taskId" = $1 ORDER BY "from"`, [task.id])).toEqual([
    { from: "inventory" },
    { from: "setup" },
  ]);
  await expect
    .poll(async () => database.query(`SELECT count(*)::int AS n FROM "BusDelivery" WHERE "state" <> 'done'`), { timeout: 10_000 })
    .toEqual([{ n: 0 }]);
  expect(await database.query(`SELECT "quantity" FROM "GearItem" WHERE "name" = 'Microphone'`)).toEqual([{ quantity: 10 }]);
});

test("a browser sees a task's Setup and Inventory replies arrive live", async ({ browser }) => {
  const session = await signedInContext(server.url, "manager");
  const context = await browser.newContext({ baseURL: server.url, storageState: await session.storageState() });
  await session.dispose();
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const tasks = page.getByRole("region", { name: "Tasks" });
  const item = (name: string) => tasks.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

  // Through the form.
  await tasks.getByLabel("Name").fill("Soundcheck the microphones on PostgreSQL");
  await tasks.getByLabel("Description").fill("Six vocal mics on stage");
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(item("Soundcheck the microphones on PostgreSQL")).toContainText("Setup: Received, waiting for a roadie", {
    timeout: 5_000,
  });
  await expect(item("Soundcheck the microphones on PostgreSQL")).toContainText("Inventory: In stock: Microphone", {
    timeout: 5_000,
  });
  await expect(item("Soundcheck the microphones on PostgreSQL")).toContainText("All replies in");

  // Through the API, while the page is open: pushed to it.
  expect(
    (await api.post("/api/tasks", { data: { name: "Fog check on PostgreSQL", description: "the fog machine" } })).status(),
  ).toBe(201);
  await expect(item("Fog check on PostgreSQL")).toContainText("Setup: Received, waiting for a roadie", { timeout: 5_000 });
  await expect(item("Fog check on PostgreSQL")).toContainText("Out of stock: Fog machine", { timeout: 5_000 });

  // And after a reload, read back from PostgreSQL.
  await page.reload();
  await expect(item("Soundcheck the microphones on PostgreSQL")).toContainText("All replies in");
  await context.close();
});
