import "server-only";
import { plugEventReaders, plugPermissions } from "@/lib/server/access/permissions";
import { plugBus } from "@/lib/server/bus/bus-plug";
import { plugProblemReplies } from "@/lib/server/notifications/problem-where";
import { plugReplyWording } from "@/lib/server/notifications/reply-text";
import { eventReaders } from "./event-readers";
import type { FeatureManifest, ResponderReply } from "./feature";
import { inspectorFeed } from "./message-bus/server/inspector-feed";
import { LISTENERS } from "./listeners.generated";
import { REPLIES } from "./replies.generated";
import { FEATURES, respondersOf } from "./registry";
import { plugResponders, storedReplyText, type PluggedResponder } from "./responders";
import { destinationsOf, respondingListeners, type ListenerModule } from "./wiring";
import type { z } from "zod";

/**
 * Plugs the features into the platform, before anything asks for the bus: their
 * destinations and listeners, who reads their events, their responders (and which of
 * their replies are problems) and their own permissions. The composition root
 * (server.ts; a test's setup) calls it once; a test may pass a registry with a fixture
 * feature added.
 *
 * It reads no setting and opens no database: the bus's wiring is made from the settings
 * when the bus is first asked for, and each responder's listener module loads with its
 * first message (or with `load()`, which start-up awaits to fail at once on a broken one).
 * A test file that names another database (DATABASE_URL) before it loads the platform
 * therefore gets that database, though its setup plugged the features in first.
 */
export function plugFeatures(
  features: readonly FeatureManifest[] = FEATURES,
  listenerModules: Readonly<Record<string, ListenerModule>> = LISTENERS,
  replySchemas: Readonly<Record<string, z.ZodType<ResponderReply>>> = REPLIES,
): { load(): Promise<void> } {
  const listeners = respondingListeners(features, listenerModules);
  const responders: PluggedResponder[] = respondersOf(features).map((responder) => {
    const replies = replySchemas[responder.id];
    if (!replies)
      throw new Error(
        `responder "${responder.id}" has no replies' schema: its schema.ts exports none as \`replies\` (npm run features)`,
      );
    return { ...responder, replies };
  });
  plugResponders(responders);
  plugPermissions(Object.assign({}, ...features.map((feature) => feature.permissions ?? {})));
  plugEventReaders(eventReaders(responders));
  plugProblemReplies(
    responders.flatMap((responder) => (responder.problems ?? []).map((problem) => ({ from: responder.id, ...problem }))),
  );
  plugReplyWording(storedReplyText);
  plugBus((settings) => ({
    destinations: destinationsOf({ listeners, replies: responders.map((responder) => responder.replies), settings }),
    observers: [inspectorFeed],
  }));
  return {
    // The Tasks listener too (wiring.ts loads it with the first reply): the modules are cached, so the bus finds them loaded.
    load: async () => void (await Promise.all([...listeners.map((listener) => listener.load()), import("./tasks/listener")])),
  };
}
