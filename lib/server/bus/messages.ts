import "server-only";
import { z } from "zod";
import { gearNeedSchema, sumByName } from "@/lib/shared/gear";
import { PROGRESS_REASON_MAX } from "@/lib/shared/progress";
import { PROGRESS_STATES, TASK_STATUSES } from "@/lib/shared/task";

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
    /**
     * What the task needs reserved; absent in the tutorial's own JSON, hence the default.
     * Summed by gear key here too: a request sent before the parser did so (or replayed
     * from the dead letters) could name one item twice and reserve it twice.
     */
    gear: z.array(gearNeedSchema).transform(sumByName).default([]),
  }),
);
export type SetupRequest = z.output<typeof setupRequestSchema>;

/**
 * What arrives on the return address. `kind` tells a receipt ("ack") and the
 * inventory's answer ("answer") from a roadie's later report ("progress"); replies
 * sent before kinds existed carry none and read as the first two.
 */
export const taskReplySchema = z.union([
  z.object({ from: z.literal("setup"), kind: z.literal("ack").optional(), roadieResponse: z.string().min(1) }),
  z.object({
    from: z.literal("inventory"),
    kind: z.literal("answer").optional(),
    inventoryResponse: z.string().min(1),
    inStock: z.boolean(),
  }),
  z.object({
    from: z.literal("setup"),
    kind: z.literal("progress"),
    state: z.enum(PROGRESS_STATES),
    reason: z.string().trim().min(1).max(PROGRESS_REASON_MAX).optional(),
  }),
]);
export type TaskReply = z.infer<typeof taskReplySchema>;

/** Payload type per destination: what `bus.send` accepts, checked at compile time. */
export type TourbusDestinations = {
  [SETUP_DESTINATION]: SetupRequest;
  [TASK_REPLY_DESTINATION]: TaskReply;
};
