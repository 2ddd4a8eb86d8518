import "server-only";
import type { z } from "zod";
import type { TaskReply } from "@/lib/features/responders";
import type { SetupRequest } from "@/lib/features/setup/schema";
import type { MessageListener, Route } from "@/lib/messaging/types";

export const SETUP_DESTINATION = "tour/roadie/setup";
export const TASK_REPLY_DESTINATION = "tour/manager/task";

/**
 * Each destination's payload and the reply its listeners send: `bus.send` and every
 * listener's `reply` are checked against it at compile time. The schemas live with
 * their features (lib/features/<feature>/schema.ts).
 */
export type TourbusDestinations = {
  /** The tour manager's request; its listeners (the responders) answer with their replies. */
  [SETUP_DESTINATION]: Route<SetupRequest, TaskReply>;
  /** The return address: the Tasks listener stores what arrives and answers nothing. */
  [TASK_REPLY_DESTINATION]: Route<TaskReply, never>;
};

/** The listeners of `D`: typed by the route, so a listener that replies wrongly does not compile. */
export type ListenerOf<D extends keyof TourbusDestinations> = MessageListener<
  TourbusDestinations[D]["payload"],
  TourbusDestinations[D]["reply"]
>;

/**
 * A listener of tour/roadie/setup: a responder. It carries the schema of its replies,
 * so the Tasks listener checks what arrives against the responders that are wired.
 */
export type ResponderListener<R extends TaskReply> = MessageListener<SetupRequest, R> & { replies: z.ZodType<R> };
