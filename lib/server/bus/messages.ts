import "server-only";
import { z } from "zod";
import { TASK_STATUSES } from "@/lib/shared/task";

export const SETUP_DESTINATION = "tour/roadie/setup";
export const TASK_REPLY_DESTINATION = "tour/manager/task";

/**
 * The tutorial's request: the task's fields plus the return address. Accepted as an
 * object or as the JSON text Liferay's example sends.
 */
export const setupRequestSchema = z.preprocess(
  (value) => (typeof value === "string" ? JSON.parse(value) : value),
  z.object({
    name: z.string(),
    description: z.string(),
    status: z.enum(TASK_STATUSES),
    responseDestinationName: z.string().min(1),
  }),
);
export type SetupRequest = z.output<typeof setupRequestSchema>;

export const taskReplySchema = z.discriminatedUnion("from", [
  z.object({ from: z.literal("setup"), roadieResponse: z.string().min(1) }),
  z.object({ from: z.literal("inventory"), inventoryResponse: z.string().min(1), inStock: z.boolean() }),
]);
export type TaskReply = z.infer<typeof taskReplySchema>;

/** Payload type per destination: what `bus.send` accepts, checked at compile time. */
export type TourbusDestinations = {
  [SETUP_DESTINATION]: SetupRequest;
  [TASK_REPLY_DESTINATION]: TaskReply;
};
