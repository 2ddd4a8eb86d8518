import { z } from "zod";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "./shown-text";

export const apiTokenInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "tokenNameRequired")
    .max(60, "tokenNameTooLong")
    .refine(showsSomething, "tokenNameRequired")
    .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE),
});

/** What the "Create token" form answers: the new token is shown once, here. */
export type CreateTokenState =
  | { status: "idle" }
  | { status: "created"; token: string; name: string }
  | { status: "invalid"; message: string; name: string }
  | { status: "failed"; message: string; name: string };
