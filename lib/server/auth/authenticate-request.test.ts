import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { isSameOrigin } from "../http/same-origin";
import { createApiToken } from "./api-tokens";
import { authenticateRequest, authenticateSession } from "./authenticate-request";
import type { SignedInUser } from "./read-session";

const manager: SignedInUser = { id: "user-manager", name: "Alex", email: "alex@example.test", role: "manager" };

function request(method: string, headers: Record<string, string | undefined>): Request {
  const defined = Object.entries({ host: "localhost:3000", ...headers }).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return new Request("http://localhost:3000/api/tasks", { method, headers: defined });
}

describe("authenticateRequest", () => {
  beforeEach(async () => {
    await db.apiToken.deleteMany();
    await db.user.deleteMany();
    await db.user.create({ data: manager });
  });

  it("answers 401, not 500, for a token whose user was deleted with foreign keys off", async () => {
    const { token } = await createApiToken(manager, "laptop");
    // As the sqlite3 shell deletes: no cascade, the token row is left pointing at nobody.
    const shell = new Database("data/unit-test.db");
    try {
      shell.pragma("foreign_keys = OFF");
      shell.prepare(`DELETE FROM "User" WHERE id = ?`).run(manager.id);
    } finally {
      shell.close();
    }
    expect(await db.apiToken.count()).toBe(1);

    const call = authenticateRequest(request("GET", { authorization: `Bearer ${token}` }), "tasks:read");
    // The lookup joins the token to its user: a token that points at nobody finds nobody.
    await expect(call).rejects.toMatchObject({ name: "AppError", code: "unauthenticated" });
  });

  it("answers 401 for a token whose user's role is no longer one the portal knows (disabled)", async () => {
    const { token } = await createApiToken(manager, "laptop");
    await db.user.update({ where: { id: manager.id }, data: { role: "disabled" } });
    const call = authenticateRequest(request("GET", { authorization: `Bearer ${token}` }), "tasks:read");
    await expect(call).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("answers a cross-origin write without any session 401 (nothing to ride on); a token write is not checked", async () => {
    const { token } = await createApiToken(manager, "laptop");
    // The 403 for a signed-in cookie is proven end to end (e2e/security/cross-origin.spec.ts).
    for (const headers of [{ origin: "http://evil.example" }, { "sec-fetch-site": "cross-site" }]) {
      await expect(authenticateRequest(request("POST", headers), "tasks:add")).rejects.toMatchObject({
        code: "unauthenticated",
        message: expect.stringMatching(/^A valid API token is required/),
      });
      await expect(authenticateSession(request("DELETE", headers))).rejects.toMatchObject({ code: "unauthenticated" });
    }
    const bearer = request("POST", { origin: "http://evil.example", authorization: `Bearer ${token}` });
    await expect(authenticateRequest(bearer, "tasks:add")).resolves.toEqual(manager);
  });
});

describe("isSameOrigin", () => {
  it("compares Origin with the Host, and falls back to Sec-Fetch-Site", () => {
    expect(isSameOrigin({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(true);
    expect(isSameOrigin({ origin: "http://localhost:3001", host: "localhost:3000" })).toBe(false);
    expect(isSameOrigin({ origin: "http://evil.example", host: "localhost:3000", fetchSite: "same-origin" })).toBe(false);
    expect(isSameOrigin({ origin: "not a url", host: "localhost:3000" })).toBe(false);
    expect(isSameOrigin({ host: "localhost:3000", fetchSite: "same-site" })).toBe(false);
    expect(isSameOrigin({ host: "localhost:3000", fetchSite: "none" })).toBe(true);
    expect(isSameOrigin({ host: "localhost:3000" })).toBe(true);
  });
});
