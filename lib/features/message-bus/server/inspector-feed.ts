import "server-only";
import type { Message, BusObserver } from "@/lib/messaging/types";
import type { BusActivity } from "@/lib/shared/bus-views";
import { getRealtimeServer, mayReach } from "@/lib/server/realtime/publish";
import { INSPECTOR_ROOM } from "@/lib/server/realtime/rooms";

function emit(message: Message, activity: Omit<BusActivity, "messageId" | "destination" | "correlationId" | "at">): void {
  getRealtimeServer()
    ?.to(INSPECTOR_ROOM)
    .emit("bus:activity", {
      messageId: message.id,
      destination: message.destination,
      correlationId: message.correlationId,
      at: new Date().toISOString(),
      ...activity,
    });
}

/** Whether a page may be watching: without one, an event costs one lookup, not an object, a date and an emit. */
const watched = () => mayReach(INSPECTOR_ROOM);

/**
 * Streams the bus's work to the inspector room. Only watching pages pay for it, and it
 * is not logged: the store is the record; this is the live view of it.
 */
export const inspectorFeed: BusObserver = {
  sent(message) {
    if (watched()) emit(message, { kind: "sent" });
  },
  delivered({ message, listener, durationMs }) {
    if (watched()) emit(message, { kind: "delivered", listener, durationMs });
  },
  failed({ message, listener, attempt, error }) {
    if (watched())
      emit(message, { kind: "failed", listener, attempt, error: error instanceof Error ? error.message : String(error) });
  },
  dead({ message, listener, error }) {
    if (watched()) emit(message, { kind: "dead", listener, error: error instanceof Error ? error.message : String(error) });
  },
  rejected({ message, reason }) {
    if (watched()) emit(message, { kind: "rejected", error: reason });
  },
};
