import type { GearNeed } from "./gear";
import type { FeatureText } from "./i18n/feature-text";

// No zod in this module: the browser imports its constants. Schemas: lib/features/tasks/schema.ts.

export const TASK_STATUSES = ["Open", "In progress", "Done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Each status's key in the catalogue's "tasks.taskStatus": the stored value stays English, the label follows the reader. */
export const TASK_STATUS_KEYS = { Open: "open", "In progress": "inProgress", Done: "done" } as const satisfies Record<
  TaskStatus,
  string
>;

export const TASK_NAME_MAX = 120;
export const TASK_DESCRIPTION_MAX = 2000;

/** A roadie's report on a setup request, sent after the first "Yes". */
export const PROGRESS_STATES = ["in-progress", "done", "blocked"] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/**
 * How a reply moves its task's standing (lib/shared/task-status.ts): a report on the
 * work sets it while it is the newest report; a concern (gear short) holds unless the
 * work is reported on or done. Each responder says which of its replies do what.
 */
export type StandingMove = { by: "report"; to: "In progress" | "Done" | "Blocked" } | { by: "concern"; to: "Short of gear" };

/**
 * A reply as the portal shows it. `from` is its responder's id and `kind` that
 * responder's own word for it (lib/features/<feature>/responder.ts): neither is a
 * closed list here, so a responder plugs in without touching this type.
 */
export type ReplyView = {
  id: string;
  from: string;
  kind: string;
  /** Its English, as stored and as the API answers. */
  answer: string;
  /** The same words from the catalogue, for the reader's language (absent: the responder has none). */
  text?: FeatureText;
  createdAt: string;
  /** Absent: the reply only acknowledges (a task with any reply is "Received"). */
  moves?: StandingMove;
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
  expected: string[];
  replies: ReplyView[];
};

/** What a listener portlet (Setup, Inventory) shows: a request and its answer. */
export type ListenerActivityView = {
  id: string;
  listener: string;
  /** The request's correlation id: a roadie's report is sent back with it. */
  requestId: string;
  taskName: string;
  /** Its English, as stored; `text`, the same in the catalogue's words (as ReplyView's). */
  answer: string;
  text?: FeatureText;
  createdAt: string;
  /**
   * What the request asks for, so the crew can do the work without the Tasks portlet.
   * Absent only from events logged before it was carried (a page catching up on them).
   */
  request?: RequestSummary;
};

/** A setup request's details beside its name: what to do and the gear it needs. */
export type RequestSummary = { description: string; gear: GearNeed[] };
