import { z } from "zod";

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, "tokenNameRequired").max(60, "tokenNameTooLong"),
});

/** What the "Create token" form answers: the new token is shown once, here. */
export type CreateTokenState =
  | { status: "idle" }
  | { status: "created"; token: string; name: string }
  | { status: "invalid"; message: string; name: string }
  | { status: "failed"; message: string; name: string };
