import "server-only";
import { z } from "zod";
import type { DestinationsConfig, Message } from "@/lib/messaging/types";
import type { TourbusDestinations } from "@/lib/server/bus/get-bus";
import { env } from "@/lib/server/env";
import type { FeatureManifest, ResponderListener, ResponderReply } from "./feature";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "./messages";
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
 * The listeners of the responders among `features`, in the registry's order (the order
 * of delivery: roadies first, then the inventory manager, never at once). A responder
 * without its listener, or a listener of another name, is a wiring mistake: refused.
 */
export function respondingListeners(
  features: readonly FeatureManifest[],
  listeners: Readonly<Record<string, ResponderListener>>,
): ResponderListener[] {
  return features.flatMap((feature) => {
    const listener = listeners[feature.id];
    if (!feature.responder && !listener) return [];
    if (!feature.responder || !listener || listener.name !== feature.id) {
      throw new Error(`feature ${feature.id}: a responder needs its listener in listener.ts (exported as "listener"), named by the feature's id`);
    }
    return [listener];
  });
}

/**
 * Every destination and its listeners, from the features: the counterpart of Liferay's
 * messaging-spring.xml. Who may send to each is in lib/server/access/permissions.ts.
 */
export function destinationsOf(listeners: readonly ResponderListener[]): DestinationsConfig<TourbusDestinations> {
  // What may arrive on the return address: a reply of one of the responders wired.
  const replies = z.union(listeners.map((listener) => listener.replies)) as z.ZodType<ResponderReply>;
  return {
    // One task's messages in send order; different tasks side by side (see above).
    [SETUP_DESTINATION]: {
      type: "serial",
      listeners,
      ...taskOrdering,
      maxQueueSize: 10_000,
      retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
    },
    // The return address of those requests: replies land in the Tasks portlet, each
    // task's in the order they were sent (a roadie's "In progress" before "Done").
    [TASK_REPLY_DESTINATION]: {
      type: "serial",
      listeners: [tasksListener(replies)],
      ...taskOrdering,
      maxQueueSize: 20_000,
      retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
    },
  };
}
