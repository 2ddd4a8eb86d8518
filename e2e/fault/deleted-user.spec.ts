import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { createToken, signedInContext } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";

// A user deleted straight in the database, as the sqlite3 shell does it: foreign keys
// off, so their tokens and sessions are left pointing at nobody. Their requests must
// answer 401, not 500; the same for a user whose role was changed to one the portal
// does not know (how a user is disabled by hand).
const FILE = "data/fault-deleted-user.db";

test.describe.configure({ timeout: 120_000 });

let server: ServerProcess;
test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  server = await startServer({ databaseUrl: freshDatabase(FILE) });
});
test.afterAll(async () => {
  if (server) await stopServer(server, "SIGTERM");
});

function inShell(sql: string, email: string): void {
  const shell = new Database(FILE);
  try {
    shell.pragma("foreign_keys = OFF");
    shell.pragma("busy_timeout = 5000");
    expect(shell.prepare(sql).run(email).changes).toBe(1);
  } finally {
    shell.close();
  }
}

test("a deleted user's token and session answer 401, though their dangling rows are left behind", async ({ playwright }) => {
  const session = await signedInContext(server.url, "manager");
  const token = await createToken(session, "deleted user");
  const api = await playwright.request.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await api.get("/api/tasks")).status()).toBe(200);

  inShell(`DELETE FROM "User" WHERE email = ?`, "manager@tourbus.dev");

  for (let i = 0; i < 2; i++) {
    const byToken = await api.get("/api/tasks");
    expect(byToken.status(), await byToken.text()).toBe(401);
  }
  const bySession = await session.get("/api/tokens");
  expect(bySession.status(), await bySession.text()).toBe(401);
  expect((await session.post("/api/tokens", { data: { name: "after deletion" } })).status()).toBe(401);

  // The rows are still there (the shell did not cascade): the 401s above come from the
  // lookups joining each token and session to its user, not from a clean-up.
  const db = new Database(FILE, { readonly: true });
  try {
    const orphans = db.prepare(`SELECT COUNT(*) AS n FROM "ApiToken" WHERE "userId" NOT IN (SELECT "id" FROM "User")`).get() as {
      n: number;
    };
    expect(orphans.n).toBe(1);
  } finally {
    db.close();
  }
  await Promise.all([api.dispose(), session.dispose()]);
});

test("a user whose role is unknown (disabled by hand) gets 401 by token and by session", async ({ playwright }) => {
  const session = await signedInContext(server.url, "admin");
  const token = await createToken(session, "disabled user");
  const api = await playwright.request.newContext({
    baseURL: server.url,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  expect((await api.get("/api/tasks")).status()).toBe(200);
  expect((await session.get("/api/tokens")).status()).toBe(200);

  inShell(`UPDATE "User" SET role = 'disabled' WHERE email = ?`, "admin@tourbus.dev");

  expect((await api.get("/api/tasks")).status()).toBe(401);
  expect((await session.get("/api/tokens")).status()).toBe(401);
  await Promise.all([api.dispose(), session.dispose()]);
});
