import { z } from "zod";

export const apiTokenInputSchema = z.object({
  name: z.string().trim().min(1, "Name the token (what will use it?).").max(60, "At most 60 characters."),
});

/** What the "Create token" form answers: the new token is shown once, here. */
export type CreateTokenState =
  | { status: "idle" }
  | { status: "created"; token: string; name: string }
  | { status: "invalid"; message: string; name: string }
  | { status: "failed"; message: string; name: string };
