import { expect, test } from "@playwright/test";
import { apiAs, NO_SESSION, signedInContext } from "../support/auth";

// Caching and forwarding headers on the shared e2e server, which runs without
// TRUST_PROXY: X-Forwarded-For and X-Forwarded-Proto are anybody's to send, so ignored.

test("JSON API answers, errors included, are Cache-Control: no-store; so are signed-in pages", async ({
  baseURL,
  playwright,
}) => {
  const api = await apiAs(baseURL!, "manager");
  const anonymous = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
  const answers = [
    await api.get("/api/tasks"),
    await api.post("/api/tasks", { data: { name: "" } }),
    await api.get("/api/tasks/no-such-task"),
    await anonymous.get("/api/tasks"),
    await anonymous.get("/api/health"),
    await anonymous.post("/api/auth/sign-in/email", { data: { email: "nobody@example.test", password: "wrong-password" } }),
  ];
  for (const answer of answers) {
    expect(answer.headers()["content-type"], answer.url()).toContain("application/json");
    expect(answer.headers()["cache-control"], `${answer.url()} ${answer.status()}`).toBe("no-store");
  }

  const session = await signedInContext(baseURL!, "manager");
  for (const path of ["/", "/tokens"]) {
    const page = await session.get(path, { maxRedirects: 0 });
    expect(page.status(), path).toBe(200);
    expect(page.headers()["cache-control"], path).toContain("no-store");
  }
  await Promise.all([api.dispose(), anonymous.dispose(), session.dispose()]);
});

test("without TRUST_PROXY, X-Forwarded-Proto does not make the cookie Secure", async ({ baseURL, playwright }) => {
  const context = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
  const response = await context.post("/api/auth/sign-in/email", {
    data: { email: "roadie@tourbus.dev", password: "roadie-demo-pass" },
    headers: { "x-forwarded-proto": "https" },
  });
  expect(response.status()).toBe(200);
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie.value).not.toMatch(/;\s*secure/i);
  await context.dispose();
});

test("without TRUST_PROXY, X-Forwarded-For does not escape the sign-in lockout", async ({ baseURL, playwright }) => {
  const context = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
  // An address that names no user: locking it out here harms no other suite.
  const email = `xff-${Date.now().toString(36)}@example.test`;
  const attempt = (forwardedFor: string) =>
    context.post("/api/auth/sign-in/email", {
      data: { email, password: "wrong-password" },
      headers: { "x-forwarded-for": forwardedFor },
    });
  for (let i = 1; i <= 5; i++) expect((await attempt(`198.51.100.${i}`)).status()).toBe(401);
  // Five failures from what is really one address: a sixth "other" address is the same one.
  expect((await attempt("203.0.113.77")).status()).toBe(429);
  await context.dispose();
});
