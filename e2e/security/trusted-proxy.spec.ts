import { expect, test, request as playwrightRequest } from "@playwright/test";
import { NO_SESSION } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";

// A server of its own behind a "proxy" at the loopback address (the test itself):
// with TRUST_PROXY naming it, X-Forwarded-For is the client's address and
// X-Forwarded-Proto: https makes the session cookie Secure.
const FILE = "data/trusted-proxy.db";

test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: ServerProcess;
test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  server = await startServer({ databaseUrl: freshDatabase(FILE), env: { NODE_ENV: "production", TRUST_PROXY: "127.0.0.1,::1" } });
});
test.afterAll(async () => {
  if (server) await stopServer(server, "SIGTERM");
});

test("X-Forwarded-Proto: https from the trusted proxy makes the session cookie Secure and asks for https from then on (HSTS)", async () => {
  // A fresh client per sign-in: better-auth checks the origin of a request that already carries a cookie.
  const signIn = async (headers: Record<string, string>) => {
    const context = await playwrightRequest.newContext({ baseURL: server.url, storageState: NO_SESSION });
    const response = await context.post("/api/auth/sign-in/email", {
      data: { email: "roadie@tourbus.dev", password: "roadie-demo-pass" },
      headers,
    });
    await response.body();
    await context.dispose();
    return response;
  };
  const sessionCookie = (response: Awaited<ReturnType<typeof signIn>>) =>
    response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session_token"))?.value ?? "";

  const overHttps = await signIn({ "x-forwarded-proto": "https" });
  expect(overHttps.status()).toBe(200);
  expect(sessionCookie(overHttps)).toContain("session_token");
  expect(sessionCookie(overHttps)).toMatch(/;\s*Secure/i);
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000");
  const overHttp = await signIn({ "x-forwarded-proto": "http" });
  expect(overHttp.status()).toBe(200);
  expect(sessionCookie(overHttp)).toContain("session_token");
  expect(sessionCookie(overHttp)).not.toMatch(/;\s*Secure/i);
  expect(overHttp.headers()["strict-transport-security"]).toBeUndefined();
  // Pages and the API's own fast path too, not only sign-in.
  const anonymous = await playwrightRequest.newContext({ baseURL: server.url, storageState: NO_SESSION });
  for (const path of ["/sign-in", "/api/health"]) {
    const answer = await anonymous.get(path, { headers: { "x-forwarded-proto": "https" } });
    expect(answer.headers()["strict-transport-security"], path).toBe("max-age=31536000");
  }
  const posted = await anonymous.post("/api/tasks", { data: { name: "x" }, headers: { "x-forwarded-proto": "https" } });
  expect(posted.status()).toBe(401);
  expect(posted.headers()["strict-transport-security"]).toBe("max-age=31536000");
  await anonymous.dispose();
});

test("X-Forwarded-For from the trusted proxy is the address the sign-in lockout keys on", async () => {
  const context = await playwrightRequest.newContext({ baseURL: server.url, storageState: NO_SESSION });
  const email = "nobody@example.test";
  const attempt = (forwardedFor: string) =>
    context.post("/api/auth/sign-in/email", {
      data: { email, password: "wrong-password" },
      headers: { "x-forwarded-for": forwardedFor },
    });
  // The client wrote the first entry; the proxy appended the address it saw, which is the one believed.
  for (let i = 0; i < 5; i++) expect((await attempt(`6.6.6.${i}, 198.51.100.1`)).status()).toBe(401);
  expect((await attempt("6.6.6.99, 198.51.100.1")).status()).toBe(429);
  // Another client behind the same proxy is not locked out by the first one's failures.
  expect((await attempt("198.51.100.2")).status()).toBe(401);
  await context.dispose();
});
