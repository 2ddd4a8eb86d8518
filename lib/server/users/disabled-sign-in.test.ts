import { beforeEach, describe, expect, it } from "vitest";
import { auth } from "../auth/auth";
import { readSession } from "../auth/read-session";
import { db } from "../db/client";
import { addUser } from "./add-user";
import { setUserDisabled } from "./set-user-disabled";

const PASSWORD = "first-password-1";
const admin = { id: "admin-id", name: "Robin", email: "robin@example.test", role: "admin" as const };

/** Signs in through better-auth itself; answers the session cookie's header. */
async function signIn(email: string): Promise<Headers> {
  const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in refused: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return new Headers({ cookie });
}

describe("a disabled user and better-auth", () => {
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.user.create({ data: admin });
  });

  it("their session stops at once, and the right password makes no new one until they are enabled", async () => {
    const sam = await addUser({ name: "Sam", email: "sam@example.test", role: "roadie", password: PASSWORD });
    const cookie = await signIn(sam.email);
    expect((await readSession(cookie))?.user.id).toBe(sam.id);

    await setUserDisabled(admin, { userId: sam.id, disabled: true });
    expect(await readSession(cookie)).toBeNull();
    await expect(signIn(sam.email)).rejects.toThrow(/refused: 403/);
    expect(await db.session.count({ where: { userId: sam.id } })).toBe(0);

    await setUserDisabled(admin, { userId: sam.id, disabled: false });
    expect((await readSession(await signIn(sam.email)))?.user.id).toBe(sam.id);
  });

  it("a session made in the same moment as the disable is refused too", async () => {
    const sam = await addUser({ name: "Sam", email: "sam@example.test", role: "roadie", password: PASSWORD });
    const cookie = await signIn(sam.email);
    // As if the sign-in's session row landed just after the disable deleted the others.
    await db.user.update({ where: { id: sam.id }, data: { disabledAt: new Date() } });
    expect(await readSession(cookie)).toBeNull();
  });
});
