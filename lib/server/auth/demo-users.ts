import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/shared/roles";
import { db } from "../db/client";

/** One account per role for the demo; the README lists them. Seeded only into an empty user table. */
export const DEMO_USERS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: "manager@tourbus.dev", name: "Alex Moreno", role: "manager", password: "manager-demo-pass" },
  { email: "roadie@tourbus.dev", name: "Sam Okafor", role: "roadie", password: "roadie-demo-pass" },
  { email: "inventory@tourbus.dev", name: "Priya Raman", role: "inventory", password: "inventory-demo-pass" },
  { email: "admin@tourbus.dev", name: "Robin Admin", role: "admin", password: "admin-demo-pass" },
];

/** Creates the demo users when nobody can sign in yet; returns how many were made. */
export async function seedDemoUsers(): Promise<number> {
  if ((await db.user.count()) > 0) return 0;
  const rows = await Promise.all(
    DEMO_USERS.map(async (user) => ({ ...user, id: randomUUID(), hash: await hashPassword(user.password) })),
  );
  await db.$transaction(
    rows.map((user) =>
      db.user.create({
        data: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          emailVerified: true,
          // better-auth's email + password account: accountId is the user id.
          accounts: { create: { id: randomUUID(), accountId: user.id, providerId: "credential", password: user.hash } },
        },
      }),
    ),
  );
  return rows.length;
}
