import "server-only";
import { DEMO_USERS } from "@/lib/shared/demo-users";
import { db } from "../db/client";
import { credentialUserData } from "../users/credential-user";

/** Creates the demo users when nobody can sign in yet; returns how many were made. */
export async function seedDemoUsers(): Promise<number> {
  if ((await db.user.count()) > 0) return 0;
  const rows = await Promise.all(DEMO_USERS.map(credentialUserData));
  await db.$transaction(rows.map((data) => db.user.create({ data })));
  return rows.length;
}

/** The demo accounts that exist now (the sign-in page lists only those). */
export async function existingDemoUsers(): Promise<typeof DEMO_USERS> {
  const rows = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const present = new Set(rows.map((row) => row.email));
  return DEMO_USERS.filter((user) => present.has(user.email));
}
