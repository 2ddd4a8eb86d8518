import "server-only";
import type { DestinationsConfig, Message } from "@/lib/messaging/types";
import { env } from "../server/env";
import { inventoryListener } from "./inventory/listener";
import { setupListener } from "./setup/listener";
import { tasksListener } from "./tasks/listener";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION, type TourbusDestinations } from "../server/bus/messages";

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
 * Every destination and its listeners, in one place: the counterpart of Liferay's
 * messaging-spring.xml. To add a destination, add its payload type to
 * TourbusDestinations and an entry here. Who may send to it is in permissions.ts,
 * beside this file.
 */
export const destinations: DestinationsConfig<TourbusDestinations> = {
  // The tour manager's requests: roadies first, then the inventory manager, never at
  // once. One task's messages in send order; different tasks side by side (see below).
  [SETUP_DESTINATION]: {
    type: "serial",
    listeners: [setupListener, inventoryListener],
    ...taskOrdering,
    maxQueueSize: 10_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
  // The return address of those requests: replies land in the Tasks portlet, each
  // task's in the order they were sent (a roadie's "In progress" before "Done").
  [TASK_REPLY_DESTINATION]: {
    type: "serial",
    listeners: [tasksListener],
    ...taskOrdering,
    maxQueueSize: 20_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
};
