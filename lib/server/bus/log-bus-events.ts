import "server-only";
import type { BusObserver } from "@/lib/messaging/types";
import { log } from "../log";

/** Logs what goes wrong on the bus; the store keeps the records themselves. */
export const logBusEvents: BusObserver = {
  failed({ message, listener, error, attempt, willRetry }) {
    log.warn(
      { err: error, messageId: message.id, destination: message.destination, listener, attempt, willRetry },
      "delivery failed",
    );
  },
  dead({ message, listener, error }) {
    log.error({ err: error, messageId: message.id, destination: message.destination, listener }, "delivery dead-lettered");
  },
  rejected({ message, reason }) {
    log.warn({ messageId: message.id, destination: message.destination, reason }, "message rejected");
  },
};
