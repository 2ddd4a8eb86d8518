import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "authEmailRequired").max(254, "authEmailTooLong").pipe(z.email("authEmailInvalid")),
  password: z.string().min(1, "authPasswordRequired").max(200, "authPasswordTooLong"),
});

export type SignInState =
  | { status: "idle" }
  | { status: "invalid"; fieldErrors: { email?: string; password?: string }; email: string }
  | { status: "failed"; message: string; email: string };
