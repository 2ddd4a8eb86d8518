import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
import { ROLES, type Role } from "./roles";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";

/** A user as the Users admin page lists them: never a password hash. `role` null: one the portal does not know (no access). */
export type UserView = { id: string; name: string; email: string; role: Role | null; disabled: boolean; createdAt: string };

// The catalogue's texts name the lengths ("At least 10 characters."): lib/server/users/password-schema-text.test.ts keeps them equal.
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "passwordTooLong");

const roleSchema = z.enum(ROLES, { error: "userRoleRequired" });
const userIdSchema = z.string().min(1).max(64);

export const addUserSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "userNameRequired")
    .max(100, "userNameTooLong")
    .refine(showsSomething, "userNameRequired")
    .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE),
  // Stored lower-case: better-auth looks an email up lower-cased at sign-in.
  email: z
    .string()
    .trim()
    .min(1, "userEmailRequired")
    .max(254, "userEmailTooLong")
    .pipe(z.email("userEmailInvalid"))
    .transform((email) => email.toLowerCase()),
  role: roleSchema,
  password: passwordSchema,
});
export type AddUserInput = z.output<typeof addUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.boolean() });
export const resetPasswordSchema = z.object({ userId: userIdSchema, password: passwordSchema });

type AddUserValues = { name: string; email: string; role: string };
/** What "Add user" answers; the password is never sent back. */
export type AddUserState =
  | { status: "idle" }
  | { status: "added"; user: UserView }
  | { status: "invalid"; fieldErrors: Partial<Record<keyof AddUserValues | "password", string>>; values: AddUserValues }
  | { status: "failed"; message: string; values: AddUserValues };

/** What "Reset password" answers. */
export type ResetPasswordState =
  | { status: "idle" }
  | { status: "reset" }
  | { status: "invalid"; fieldErrors: { password?: string } }
  | { status: "failed"; message: string };
