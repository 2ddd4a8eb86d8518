import { expect, test, type APIRequestContext } from "@playwright/test";
import { uniqueName } from "../portal/helpers";
import { apiAs, signedInContext } from "../support/auth";

// A signed-in browser sends its session cookie with requests other sites make. Writes
// that ride on the cookie must come from the portal's own origin; a token is never
// sent by a browser on its own, so token calls are not checked.
const EVIL = { origin: "http://evil.example" };
const CROSS_SITE = { "sec-fetch-site": "cross-site" };

async function taskNames(api: APIRequestContext): Promise<string[]> {
  const body = (await (await api.get("/api/tasks")).json()) as { tasks: { name: string }[] };
  return body.tasks.map((task) => task.name);
}

async function tokenNames(session: APIRequestContext): Promise<string[]> {
  const body = (await (await session.get("/api/tokens")).json()) as { tokens: { name: string }[] };
  return body.tokens.map((token) => token.name);
}

test("cookie writes from another origin are refused with 403 cross_origin, and nothing is stored", async ({ baseURL }) => {
  const manager = await signedInContext(baseURL!, "manager");
  const refusedName = uniqueName("Cross-site task");
  for (const headers of [EVIL, CROSS_SITE, { origin: "null" }]) {
    const response = await manager.post("/api/tasks", { data: { name: refusedName }, headers });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("cross_origin");
    expect(response.headers()["cache-control"]).toBe("no-store");
  }
  expect(await taskNames(manager)).not.toContain(refusedName);

  const tokenName = uniqueName("cross-site token");
  expect((await manager.post("/api/tokens", { data: { name: tokenName }, headers: EVIL })).status()).toBe(403);
  expect((await manager.post("/api/tokens", { data: { name: tokenName }, headers: CROSS_SITE })).status()).toBe(403);
  expect(await tokenNames(manager)).not.toContain(tokenName);

  // Revoking is a write too: refused from elsewhere, the token stays.
  const kept = uniqueName("kept token");
  const created = (await (await manager.post("/api/tokens", { data: { name: kept } })).json()) as { id: string };
  expect((await manager.delete(`/api/tokens/${created.id}`, { headers: EVIL })).status()).toBe(403);
  expect(await tokenNames(manager)).toContain(kept);
  expect((await manager.delete(`/api/tokens/${created.id}`, { headers: { origin: baseURL! } })).status()).toBe(204);

  const admin = await signedInContext(baseURL!, "admin");
  const replay = await admin.post("/api/bus/dead-letters/replay", {
    data: { messageId: "none", listener: "inventory" },
    headers: EVIL,
  });
  expect(replay.status()).toBe(403);
  await Promise.all([manager.dispose(), admin.dispose()]);
});

test("cookie writes from the portal's own origin, or from a script with no browser headers, pass", async ({ baseURL }) => {
  const manager = await signedInContext(baseURL!, "manager");
  const sameOrigin = uniqueName("Same-origin task");
  expect((await manager.post("/api/tasks", { data: { name: sameOrigin }, headers: { origin: baseURL! } })).status()).toBe(201);
  const sameSite = uniqueName("Fetch-site task");
  expect(
    (await manager.post("/api/tasks", { data: { name: sameSite }, headers: { "sec-fetch-site": "same-origin" } })).status(),
  ).toBe(201);
  const curl = uniqueName("curl task");
  expect((await manager.post("/api/tasks", { data: { name: curl } })).status()).toBe(201);
  expect(await taskNames(manager)).toEqual(expect.arrayContaining([sameOrigin, sameSite, curl]));
  // A sibling port is another origin (the same site for cookies, which is why this check exists).
  const sibling = baseURL!.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`);
  expect(
    (await manager.post("/api/tasks", { data: { name: uniqueName("Sibling") }, headers: { origin: sibling } })).status(),
  ).toBe(403);
  await manager.dispose();
});

test("a token write with another site's Origin is not checked: 201", async ({ baseURL }) => {
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("Token from anywhere");
  const response = await api.post("/api/tasks", { data: { name }, headers: { ...EVIL, ...CROSS_SITE } });
  expect(response.status()).toBe(201);
  expect(await taskNames(api)).toContain(name);
  await api.dispose();
});
