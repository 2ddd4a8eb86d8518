import type { ResponderId } from "@/lib/features/responders";
import type { GearNeed } from "./gear";

// No zod in this module: the browser imports its constants. Schemas: lib/features/tasks/schema.ts.

export const TASK_STATUSES = ["Open", "In progress", "Done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_NAME_MAX = 120;
export const TASK_DESCRIPTION_MAX = 2000;

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
  from: ResponderId;
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
  /**
   * Who will answer: the responders its request was delivered to, in delivery order.
   * Read from the bus's delivery records, so a task made before a responder was added
   * does not wait for it.
   */
  expected: ResponderId[];
  replies: ReplyView[];
};

/** What a listener portlet (Setup, Inventory) shows: a request and its answer. */
export type ListenerActivityView = {
  id: string;
  listener: ResponderId;
  /** The request's correlation id: a roadie's report is sent back with it. */
  requestId: string;
  taskName: string;
  answer: string;
  createdAt: string;
  /**
   * What the request asks for, so the crew can do the work without the Tasks portlet.
   * Absent only from events logged before it was carried (a page catching up on them).
   */
  request?: RequestSummary;
};

/** A setup request's details beside its name: what to do and the gear it needs. */
export type RequestSummary = { description: string; gear: GearNeed[] };
