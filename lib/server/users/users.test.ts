import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createApiToken, userFromApiToken } from "../auth/api-tokens";
import type { SignedInUser } from "../auth/read-session";
import { addUser } from "./add-user";
import { changeUserRole } from "./change-user-role";
import { listUsers } from "./list-users";
import { resetUserPassword } from "./reset-user-password";
import { setUserDisabled } from "./set-user-disabled";

const PASSWORD = "first-password-1";

async function user(role: SignedInUser["role"], name: string): Promise<SignedInUser> {
  const view = await addUser({ name, email: `${name.toLowerCase()}@example.test`, role, password: PASSWORD });
  return { id: view.id, name: view.name, email: view.email, role };
}

async function session(userId: string, token: string): Promise<void> {
  await db.session.create({ data: { id: token, token, userId, expiresAt: new Date(Date.now() + 60_000) } });
}

describe("user administration", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
  });

  it("adds a user who can sign in with a password hash, and refuses a second user with the same email", async () => {
    const alex = await user("manager", "Alex");
    const account = await db.account.findFirstOrThrow({ where: { userId: alex.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(PASSWORD);
    await expect(
      addUser({ name: "Other", email: "alex@example.test", role: "roadie", password: PASSWORD }),
    ).rejects.toMatchObject({
      code: "conflict",
      fields: { email: expect.stringMatching(/exists already/) },
    });
    expect((await listUsers()).map((view) => [view.name, view.role, view.disabled])).toEqual([["Alex", "manager", false]]);
  });

  it("never demotes or disables the last admin", async () => {
    const robin = await user("admin", "Robin");
    const other = await user("admin", "Other");
    await expect(changeUserRole({ userId: robin.id, role: "manager" })).resolves.toBeUndefined();
    await expect(changeUserRole({ userId: other.id, role: "roadie" })).rejects.toMatchObject({
      code: "conflict",
      message: /last admin/,
    });
    await expect(setUserDisabled(robin, { userId: other.id, disabled: true })).rejects.toMatchObject({
      code: "conflict",
      message: /last admin/,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("admin");
  });

  it("counts a disabled admin as no admin, and lets nobody disable themself", async () => {
    const robin = await user("admin", "Robin");
    const other = await user("admin", "Other");
    await expect(setUserDisabled(robin, { userId: robin.id, disabled: true })).rejects.toMatchObject({
      message: /your own account/,
    });
    await setUserDisabled(robin, { userId: other.id, disabled: true });
    await expect(changeUserRole({ userId: robin.id, role: "manager" })).rejects.toMatchObject({ message: /last admin/ });
    // Demoting the disabled admin leaves the enabled one: allowed.
    await changeUserRole({ userId: other.id, role: "roadie" });
  });

  it("leaves one admin when two admins demote each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.deleteMany();
      const a = await user("admin", "Ada");
      const b = await user("admin", "Bo");
      const results = await Promise.allSettled([
        changeUserRole({ userId: a.id, role: "manager" }),
        changeUserRole({ userId: b.id, role: "manager" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
      expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
    }
  });

  it("disabling ends the user's sessions and stops their API tokens at once; enabling restores the tokens", async () => {
    const robin = await user("admin", "Robin");
    const sam = await user("roadie", "Sam");
    const { token } = await createApiToken(sam, "laptop");
    await session(sam.id, "sam-session");
    await session(robin.id, "robin-session");
    expect(await userFromApiToken(token)).toMatchObject({ id: sam.id });

    await setUserDisabled(robin, { userId: sam.id, disabled: true });
    expect(await userFromApiToken(token)).toBeNull();
    expect(await db.session.count({ where: { userId: sam.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: robin.id } })).toBe(1);
    expect((await listUsers()).find((view) => view.id === sam.id)?.disabled).toBe(true);

    await setUserDisabled(robin, { userId: sam.id, disabled: false });
    expect(await userFromApiToken(token)).toMatchObject({ id: sam.id });
  });

  it("resetting a password replaces the hash and ends the user's sessions", async () => {
    const sam = await user("roadie", "Sam");
    const before = (await db.account.findFirstOrThrow({ where: { userId: sam.id } })).password;
    await session(sam.id, "sam-session");
    await resetUserPassword({ userId: sam.id, password: "another-password-2" });
    expect((await db.account.findFirstOrThrow({ where: { userId: sam.id } })).password).not.toBe(before);
    expect(await db.session.count({ where: { userId: sam.id } })).toBe(0);
    await expect(resetUserPassword({ userId: "nobody", password: "another-password-2" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a common or self-made password when adding a user or resetting one, at the password field", async () => {
    const refusedAt = (message: RegExp) => ({ code: "invalid_input", fields: { password: expect.stringMatching(message) } });
    await expect(
      addUser({ name: "Quinn Weak", email: "quinn@example.test", role: "roadie", password: "password12" }),
    ).rejects.toMatchObject(refusedAt(/most common/));
    expect(await db.user.count({ where: { email: "quinn@example.test" } })).toBe(0);
    const sam = await addUser({
      name: "Sam Strong",
      email: "sam.strong@example.test",
      role: "roadie",
      password: "lanterns-under-quiet-bridges",
    });
    await expect(resetUserPassword({ userId: sam.id, password: "samstrong123" })).rejects.toMatchObject(refusedAt(/name, email/));
    await expect(resetUserPassword({ userId: sam.id, password: "aaaaaaaaaa" })).rejects.toMatchObject(refusedAt(/repeated/));
  });
});
