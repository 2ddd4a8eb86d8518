import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/shared/roles";
import type { Prisma } from "../db/generated/client";

/**
 * The rows of a user who signs in with email and password, as better-auth reads them:
 * a `User` and a "credential" `Account` whose accountId is the user id and whose
 * password is better-auth's scrypt hash. The demo seed and "Add user" both make users so.
 */
export async function credentialUserData(user: {
  name: string;
  email: string;
  role: Role;
  password: string;
}): Promise<Prisma.UserCreateInput> {
  const id = randomUUID();
  return {
    id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: true,
    accounts: {
      create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(user.password) },
    },
  };
}
