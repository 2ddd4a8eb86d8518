import { z } from "zod";
import { gearNeedsSchema } from "@/lib/shared/gear";
import { TASK_DESCRIPTION_MAX, TASK_NAME_MAX, TASK_STATUSES } from "@/lib/shared/task";
import { HIDDEN_CONTROLS_MESSAGE, showsAsStored, showsSomething } from "@/lib/shared/shown-text";

/**
 * One schema for every way a task comes in: the form, and later the HTTP API. Its
 * messages are keys of the catalogue's "validation" namespace (lib/shared/field-errors.ts),
 * whose texts carry the limits below.
 */
export const taskInputSchema = z.object({
  name: z
    .string({ error: "taskNameRequired" })
    .trim()
    .min(1, "taskNameRequired")
    .max(TASK_NAME_MAX, "taskNameTooLong")
    .refine(showsSomething, "taskNameRequired")
    .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE),
  description: z
    .string()
    .trim()
    .max(TASK_DESCRIPTION_MAX, "taskDescriptionTooLong")
    .refine(showsAsStored, HIDDEN_CONTROLS_MESSAGE)
    .default(""),
  status: z.enum(TASK_STATUSES, { error: "taskStatusInvalid" }).default("Open"),
  /** What the task needs from the inventory; none means "read it from the text". */
  gear: gearNeedsSchema.default([]),
});

export type TaskInput = z.infer<typeof taskInputSchema>;
export type TaskFieldErrors = Partial<Record<keyof TaskInput, string>>;
