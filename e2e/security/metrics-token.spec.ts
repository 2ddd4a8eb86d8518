import { expect, test, request as playwrightRequest } from "@playwright/test";
import { NO_SESSION } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";

// A server of its own with METRICS_TOKEN: Prometheus scrapes /metrics with the token
// and no session; without it, or with another secret, the answer is 401.
const FILE = "data/metrics-token.db";
const METRICS_TOKEN = "m".repeat(24) + "-metrics-token-e2e";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: ServerProcess;
test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  server = await startServer({ databaseUrl: freshDatabase(FILE), env: { NODE_ENV: "production", METRICS_TOKEN } });
});
test.afterAll(async () => {
  if (server) await stopServer(server, "SIGTERM");
});

test("/metrics answers the scraper's token, and 401 without it or with another", async () => {
  const scraper = await playwrightRequest.newContext({ baseURL: server.url, storageState: NO_SESSION });
  const scrape = (authorization?: string) => scraper.get("/metrics", { headers: authorization ? { authorization } : {} });

  const withToken = await scrape(`Bearer ${METRICS_TOKEN}`);
  expect(withToken.status()).toBe(200);
  expect(withToken.headers()["content-type"]).toContain("text/plain");
  const text = await withToken.text();
  expect(text).toMatch(/^tourbus_bus_pending\{destination="tour\/roadie\/setup"\} \d+$/m);
  expect(text).toMatch(/^# TYPE tourbus_bus_handling_seconds histogram$/m);
  expect(text).toMatch(/^tourbus_sockets_connected \d+$/m);
  expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

  expect((await scrape()).status()).toBe(401);
  expect((await scrape(`Bearer ${METRICS_TOKEN}x`)).status()).toBe(401);
  expect((await scrape(`Bearer ${METRICS_TOKEN.slice(0, -1)}`)).status()).toBe(401);
  expect((await scrape(`Basic ${Buffer.from(`x:${METRICS_TOKEN}`).toString("base64")}`)).status()).toBe(401);
  await scraper.dispose();
});

test("the token opens /metrics only: the API still refuses it", async () => {
  const client = await playwrightRequest.newContext({
    baseURL: server.url,
    storageState: NO_SESSION,
    extraHTTPHeaders: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect((await client.get("/api/tasks")).status()).toBe(401);
  expect((await client.get("/api/bus/destinations")).status()).toBe(401);
  await client.dispose();
});

test("/api/health needs nothing; /api/ready lists its checks, Redis not configured", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL: server.url, storageState: NO_SESSION });
  expect(await (await anonymous.get("/api/health")).json()).toMatchObject({ ok: true });
  const ready = await anonymous.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect((await ready.json()).checks).toEqual({
    draining: false,
    backfilling: false,
    databaseWritable: true,
    storageFault: null,
    busCaughtUp: true,
    redisReachable: null,
  });
  await anonymous.dispose();
});
