import { z } from "zod";
import { gearNeedsSchema, type GearNeed } from "./gear";

export const TASK_STATUSES = ["Open", "In progress", "Done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_NAME_MAX = 120;
export const TASK_DESCRIPTION_MAX = 2000;

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

/** Who answers a setup request: the listeners on tour/roadie/setup. */
export const RESPONDERS = ["setup", "inventory"] as const;
export type Responder = (typeof RESPONDERS)[number];

/** A roadie's report on a setup request, sent after the first "Yes". */
export const PROGRESS_STATES = ["in-progress", "done", "blocked"] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/**
 * What a reply is: the Setup listener's receipt ("ack"), the Inventory listener's
 * answer ("answer"), or a roadie's later report ("progress").
 */
export type ReplyKind = "ack" | "answer" | "progress";

export type ReplyView = {
  id: string;
  from: Responder;
  kind: ReplyKind;
  answer: string;
  createdAt: string;
  /** For "answer": whether every piece of gear was there. */
  inStock?: boolean;
  /** For "progress": the roadie's state. */
  progress?: ProgressState;
};

export type TaskView = {
  id: string;
  name: string;
  description: string;
  status: TaskStatus;
  gear: GearNeed[];
  createdAt: string;
  replies: ReplyView[];
};

/** What a listener portlet (Setup, Inventory) shows: a request and its answer. */
export type ListenerActivityView = {
  id: string;
  listener: Responder;
  /** The request's correlation id: a roadie's report is sent back with it. */
  requestId: string;
  taskName: string;
  answer: string;
  createdAt: string;
};
