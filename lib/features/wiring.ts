import "server-only";
import { z } from "zod";
import type { DestinationsConfig, Message } from "@/lib/messaging/types";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION, type TourbusDestinations } from "@/lib/features/messages";
import { env } from "@/lib/server/env";
import { inventoryListener } from "./inventory/listener";
import type { NamesOf, ResponderOrder, SameMembers, TaskReply } from "./responders";
import { setupListener } from "./setup/listener";
import { tasksListener } from "./tasks/listener";

/**
 * Serial per task: a message's listeners one after the other, one task's messages in
 * send order, and different tasks side by side, up to `workers` at once. Tasks do not
 * depend on each other (the inventory's reservation is one atomic write, so two tasks
 * cannot take the same last unit), and a serial pipeline that handles one delivery at
 * a time caps the whole portal at the rate of one delivery's commit. SERIAL_ORDERING=
 * global restores one message at a time across all tasks (BENCHMARKS.md measures both).
 */
const taskOrdering =
  env.SERIAL_ORDERING === "per-task" ? { orderingKey: (message: Message) => message.correlationId, workers: 64 } : {};

/**
 * Who answers the tour manager's requests, in delivery order: roadies first, then the
 * inventory manager, never at once. One line per responder; each is a feature folder.
 */
const RESPONDING_LISTENERS = [
  setupListener,
  inventoryListener,
] as const;

// Compile-time: these listeners are exactly the responders of lib/features/responders.ts
// (the table the UI and the permissions read), no more and no fewer, in the same order.
true satisfies SameMembers<NamesOf<typeof RESPONDING_LISTENERS>, ResponderOrder>;

/** What may arrive on the return address: a reply of one of the responders wired (the trail words them with it too). */
export const taskReplySchema = z.union(RESPONDING_LISTENERS.map((listener) => listener.replies)) as z.ZodType<TaskReply>;

/**
 * Every destination and its listeners, in one place: the counterpart of Liferay's
 * messaging-spring.xml. To add a destination, add its route to TourbusDestinations
 * (lib/features/messages.ts) and an entry here. Who may send to it is in
 * lib/server/access/permissions.ts.
 */
export const destinations: DestinationsConfig<TourbusDestinations> = {
  // One task's messages in send order; different tasks side by side (see above).
  [SETUP_DESTINATION]: {
    type: "serial",
    listeners: RESPONDING_LISTENERS,
    ...taskOrdering,
    maxQueueSize: 10_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
  // The return address of those requests: replies land in the Tasks portlet, each
  // task's in the order they were sent (a roadie's "In progress" before "Done").
  [TASK_REPLY_DESTINATION]: {
    type: "serial",
    listeners: [tasksListener(taskReplySchema)],
    ...taskOrdering,
    maxQueueSize: 20_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
};
