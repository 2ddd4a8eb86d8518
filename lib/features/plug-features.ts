import "server-only";
import { plugEventReaders, plugPermissions } from "@/lib/server/access/permissions";
import { plugBus } from "@/lib/server/bus/get-bus";
import { plugProblemReplies } from "@/lib/server/notifications/problem-where";
import { eventReaders } from "./event-readers";
import type { FeatureManifest, ResponderListener } from "./feature";
import { inspectorFeed } from "./message-bus/server/inspector-feed";
import { LISTENERS } from "./listeners.generated";
import { FEATURES, respondersOf } from "./registry";
import { plugResponders, type PluggedResponder } from "./responders";
import { destinationsOf, respondingListeners } from "./wiring";

/**
 * Plugs the features into the platform, before anything asks for the bus: their
 * destinations and listeners, who reads their events, their responders (and which of
 * their replies are problems) and their own permissions. The composition root
 * (server.ts; a test's setup) calls it once; a test may pass a registry with a fixture
 * feature added.
 */
export function plugFeatures(
  features: readonly FeatureManifest[] = FEATURES,
  responderListeners: Readonly<Record<string, ResponderListener>> = LISTENERS,
): void {
  const listeners = respondingListeners(features, responderListeners);
  const responders: PluggedResponder[] = respondersOf(features).map((responder, index) => ({
    ...responder,
    replies: listeners[index]!.replies,
  }));
  plugResponders(responders);
  plugPermissions(Object.assign({}, ...features.map((feature) => feature.permissions ?? {})));
  plugEventReaders(eventReaders(responders));
  plugProblemReplies(responders.flatMap((responder) => (responder.problems ?? []).map((problem) => ({ from: responder.id, ...problem }))));
  plugBus({ destinations: destinationsOf(listeners), observers: [inspectorFeed] });
}
