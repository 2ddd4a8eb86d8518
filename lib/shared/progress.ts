import { z } from "zod";
import { PROGRESS_STATES, type ProgressState, type ReplyView } from "./task";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored } from "./shown-text";

export const PROGRESS_REASON_MAX = 200;

/** A roadie's report on a setup request, from the Setup portlet. Its messages are keys of the catalogue's "validation" namespace. */
export const progressInputSchema = z
  .object({
    requestId: z.string().min(1, "setupRequestUnknown"),
    state: z.enum(PROGRESS_STATES, { error: "setupProgressStateInvalid" }),
    reason: z
      .string()
      .trim()
      .max(PROGRESS_REASON_MAX, "setupReasonTooLong")
      .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE)
      .optional(),
  })
  .transform((input) => ({
    ...input,
    // Only a block has a reason; an empty one is none.
    reason: input.state === "blocked" && input.reason ? input.reason : undefined,
  }))
  .refine((input) => input.state !== "blocked" || input.reason, {
    path: ["reason"],
    message: "setupReasonRequired",
  });
export type ProgressInput = z.output<typeof progressInputSchema>;

/** The latest report per request, as the Setup portlet shows it. */
export type ProgressView = { state: ProgressState } & Pick<ReplyView, "answer" | "text">;
