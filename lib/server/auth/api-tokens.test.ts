import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createApiToken, listApiTokens, MAX_TOKENS_PER_USER, revokeApiToken, userFromApiToken } from "./api-tokens";
import type { SignedInUser } from "./read-session";

const manager: SignedInUser = { id: "user-manager", name: "Alex", email: "alex@example.test", role: "manager" };
const roadie: SignedInUser = { id: "user-roadie", name: "Sam", email: "sam@example.test", role: "roadie" };

describe("API tokens", () => {
  beforeEach(async () => {
    await db.apiToken.deleteMany();
    await db.user.deleteMany();
    await db.user.createMany({ data: [manager, roadie] });
  });

  it("are stored as a hash only, and name the user they act for", async () => {
    const { token, view } = await createApiToken(manager, "laptop");
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: view.id } });
    expect(token).toMatch(/^tb_/);
    expect(row.hash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(view.start).toBe(token.slice(0, 10));
    expect(await userFromApiToken(token)).toEqual(manager);
    expect((await listApiTokens(manager.id)).map((t) => t.name)).toEqual(["laptop"]);
  });

  it("stop working once revoked, and only their owner can revoke them", async () => {
    const { token, view } = await createApiToken(manager, "ci");
    await expect(revokeApiToken(roadie.id, view.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await userFromApiToken(token)).toEqual(manager);
    await revokeApiToken(manager.id, view.id);
    expect(await userFromApiToken(token)).toBeNull();
  });

  it("refuse anything that is not a live token", async () => {
    const { token } = await createApiToken(manager, "ci");
    for (const forged of ["", "tb_", token.slice(0, -1), `${token}x`, token.replace("tb_", "xx_"), "tb_" + "a".repeat(300)]) {
      expect(await userFromApiToken(forged)).toBeNull();
    }
  });

  it(`are limited to ${MAX_TOKENS_PER_USER} per user`, async () => {
    for (let i = 0; i < MAX_TOKENS_PER_USER; i++) await createApiToken(roadie, `t${i}`);
    await expect(createApiToken(roadie, "one too many")).rejects.toMatchObject({ code: "conflict" });
    expect(await db.apiToken.count({ where: { userId: roadie.id } })).toBe(MAX_TOKENS_PER_USER);
  });
});
