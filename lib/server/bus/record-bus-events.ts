import "server-only";
import type { BusObserver } from "@/lib/messaging/types";
import { db } from "../db/client";
import { log } from "../log";

/** Logs what goes wrong on the bus and keeps undelivered messages, so none vanish. */
export const recordBusEvents: BusObserver = {
  failed({ message, listener, error }) {
    log.error({ err: error, messageId: message.id, destination: message.destination, listener }, "delivery failed");
  },
  async undelivered({ message, reason }) {
    log.warn({ messageId: message.id, destination: message.destination, reason }, "message undelivered");
    await db.undeliveredMessage.create({
      data: {
        id: message.id,
        destination: message.destination,
        payload: JSON.stringify(message.payload),
        reason,
      },
    });
  },
};
