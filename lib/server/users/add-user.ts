import "server-only";
import type { AddUserInput, UserView } from "@/lib/shared/user-admin";
import { translatedError } from "../i18n/error-text";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { credentialUserData } from "./credential-user";
import { requireAcceptablePassword } from "./password-policy";
import { toUserView } from "./to-user-view";

/** Makes a user who can sign in at once with `input.password`; an email in use is a field error. */
export async function addUser(input: AddUserInput): Promise<UserView> {
  requireAcceptablePassword(input.password, input);
  try {
    const row = await db.user.create({ data: await credentialUserData(input) });
    return toUserView(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw translatedError("conflict", "emailTaken", { cause: error, field: "email" });
    }
    throw error;
  }
}
