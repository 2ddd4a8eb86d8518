import "server-only";
import type { DestinationsConfig } from "@/lib/messaging/types";
import { inventoryListener } from "../listeners/inventory-listener";
import { setupListener } from "../listeners/setup-listener";
import { tasksListener } from "../listeners/tasks-listener";
import { SETUP_DESTINATION, TASK_REPLY_DESTINATION, type TourbusDestinations } from "./messages";

/**
 * Every destination and its listeners, in one place: the counterpart of Liferay's
 * messaging-spring.xml. To add a destination, add its payload type to
 * TourbusDestinations and an entry here. Who may send to it is in permissions.ts,
 * beside this file.
 */
export const destinations: DestinationsConfig<TourbusDestinations> = {
  // The tour manager's requests: roadies first, then the inventory manager, never at once.
  [SETUP_DESTINATION]: {
    type: "serial",
    listeners: [setupListener, inventoryListener],
    maxQueueSize: 10_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
  // The return address of those requests: replies land in the Tasks portlet.
  [TASK_REPLY_DESTINATION]: {
    type: "serial",
    listeners: [tasksListener],
    maxQueueSize: 20_000,
    retry: { maxAttempts: 5, initialDelayMs: 200, multiplier: 2, maxDelayMs: 10_000 },
  },
};
