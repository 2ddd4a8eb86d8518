import "server-only";
import { z } from "zod";
import type { DestinationsConfig, Message, MessageListener } from "@/lib/messaging/types";
import type { BusSettings, TourbusDestinations } from "@/lib/server/bus/bus-plug";
import type { FeatureManifest, ResponderListener, ResponderReply } from "./feature";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION } from "./messages";
import type { SetupRequest } from "./setup/schema";

/** A responder's listener.ts, loaded when first needed (lib/features/listeners.generated.ts). */
export type ListenerModule = () => Promise<{ listener: ResponderListener }>;

/** A listener that can be loaded ahead of its first message (start-up does, to fail at once on a broken one). */
export type LoadableListener<P, R> = MessageListener<P, R> & { load(): Promise<void> };

/**
 * A listener whose module loads with its first message. Its module reaches the hot
 * path's engine (writes.ts), which opens the database DATABASE_URL names when it is
 * loaded: plugging the features in (start-up, every test file's setup) loads none of it,
 * so a test that names another database first gets its own.
 */
function loadedOnFirstMessage<P, R>(name: string, load: () => Promise<MessageListener<P, R>>): LoadableListener<P, R> {
  let listener: MessageListener<P, R> | undefined;
  let loading: Promise<MessageListener<P, R>> | undefined;
  const loaded = () =>
    (loading ??= load().then(
      (module) => (listener = module),
      (err: unknown) => {
        loading = undefined; // the next delivery (a retry) tries again
        throw err;
      },
    ));
  return {
    name,
    receive: (message, context) =>
      listener ? listener.receive(message, context) : loaded().then((it) => it.receive(message, context)),
    load: async () => void (await loaded()),
  };
}

/**
 * Serial per task: a message's listeners one after the other, one task's messages in
 * send order, and different tasks side by side, up to `workers` at once. Tasks do not
 * depend on each other (the inventory's reservation is one atomic write, so two tasks
 * cannot take the same last unit), and a serial pipeline that handles one delivery at
 * a time caps the whole portal at the rate of one delivery's commit. SERIAL_ORDERING=
 * global restores one message at a time across all tasks (BENCHMARKS.md measures both).
 */
function taskOrdering(settings: BusSettings) {
  return settings.SERIAL_ORDERING === "per-task" ? { orderingKey: (message: Message) => message.correlationId, workers: 64 } : {};
}

/**
 * The listeners of the responders among `features`, in the registry's order (the order
 * of delivery: roadies first, then the inventory manager, never at once), each loaded
 * with its first message. A responder without its listener, a listener without its
 * responder, or one of another name is a wiring mistake: refused (the name, once loaded).
 */
export function respondingListeners(
  features: readonly FeatureManifest[],
  modules: Readonly<Record<string, ListenerModule>>,
): LoadableListener<SetupRequest, ResponderReply>[] {
  return features.flatMap((feature) => {
    const load = modules[feature.id];
    if (!feature.responder && !load) return [];
    if (!feature.responder || !load) {
      throw new Error(
        `feature ${feature.id}: a responder needs its listener in listener.ts (exported as "listener"), named by the feature's id`,
      );
    }
    return [
      loadedOnFirstMessage(feature.id, async () => {
        const { listener } = await load();
        if (listener.name !== feature.id)
          throw new Error(`feature ${feature.id}: its listener is named ${listener.name}, not by the feature's id`);
        return listener;
      }),
    ];
  });
}

/**
 * Every destination and its listeners, from the features: the counterpart of Liferay's
 * messaging-spring.xml. `replies` are the responders' reply schemas (their manifests').
 * Who may send to each is in lib/server/access/permissions.ts.
 */
export function destinationsOf(options: {
  listeners: readonly ResponderListener[];
  replies: readonly z.ZodType<ResponderReply>[];
  settings: BusSettings;
}): DestinationsConfig<TourbusDestinations> {
  // What may arrive on the return address: a reply of one of the responders wired.
  const replies = z.union(options.replies) as z.ZodType<ResponderReply>;
  const ordering = taskOrdering(options.settings);
  return {
    // One task's messages in send order; different tasks side by side (see above).
    [SETUP_DESTINATION]: {
      type: "serial",
      listeners: options.listeners,
      ...ordering,
      maxQueueSize: 10_000,
      retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
    },
    // The return address of those requests: replies land in the Tasks portlet, each
    // task's in the order they were sent (a roadie's "In progress" before "Done").
    [TASK_REPLY_DESTINATION]: {
      type: "serial",
      listeners: [loadedOnFirstMessage("tasks", async () => (await import("./tasks/listener")).tasksListener(replies))],
      ...ordering,
      maxQueueSize: 20_000,
      retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
    },
  };
}
