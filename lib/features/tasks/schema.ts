import { z } from "zod";
import { gearNeedsSchema } from "@/lib/shared/gear";
import { TASK_DESCRIPTION_MAX, TASK_NAME_MAX, TASK_STATUSES } from "@/lib/shared/task";

/** One schema for every way a task comes in: the form, and later the HTTP API. */
export const taskInputSchema = z.object({
  name: z
    .string({ error: "Name is required." })
    .trim()
    .min(1, "Name is required.")
    .max(TASK_NAME_MAX, `Name must be at most ${TASK_NAME_MAX} characters.`),
  description: z
    .string()
    .trim()
    .max(TASK_DESCRIPTION_MAX, `Description must be at most ${TASK_DESCRIPTION_MAX} characters.`)
    .default(""),
  status: z.enum(TASK_STATUSES, { error: `Status must be one of: ${TASK_STATUSES.join(", ")}.` }).default("Open"),
  /** What the task needs from the inventory; none means "read it from the text". */
  gear: gearNeedsSchema.default([]),
});

export type TaskInput = z.infer<typeof taskInputSchema>;
export type TaskFieldErrors = Partial<Record<keyof TaskInput, string>>;
