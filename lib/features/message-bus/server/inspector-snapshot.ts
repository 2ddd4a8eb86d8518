import "server-only";
import type { DestinationStats } from "@/lib/messaging/destination-stats";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { getBus } from "@/lib/server/bus/get-bus";
import { toTrailView } from "@/lib/features/message-bus/server/to-trail-view";

export type InspectorSnapshot = {
  recent: MessageTrailView[];
  deadLetters: MessageTrailView[];
  stats: DestinationStats[];
};

/** What the Message Bus portlet first shows; live activity follows over Socket.IO. */
export async function inspectorSnapshot(): Promise<InspectorSnapshot> {
  const bus = getBus();
  const [recent, dead] = await Promise.all([bus.recent(30), bus.deadLetters(20)]);
  return { recent: recent.map(toTrailView), deadLetters: dead.map(toTrailView), stats: bus.stats() };
}
