import { z } from "zod";
import { gearNeedSchema, sumByName } from "@/lib/shared/gear";
import { PROGRESS_REASON_MAX } from "@/lib/shared/progress";
import { PROGRESS_STATES, TASK_STATUSES } from "@/lib/shared/task";

/**
 * The tutorial's request to tour/roadie/setup: the task's fields plus the return
 * address. Accepted as an object or as the JSON text Liferay's example sends. Every
 * listener of that destination (Setup, Inventory, …) reads it.
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

// Its responder's id (lib/features/responders.ts checks that they agree).
const from = z.literal("setup");

/** The roadies' receipt; replies sent before kinds existed carry none. */
export const setupAckSchema = z.object({ from, kind: z.literal("ack").optional(), roadieResponse: z.string().min(1) });
export type SetupAck = z.infer<typeof setupAckSchema>;

/** A roadie's later report on the request, sent from the Setup portlet. */
export const setupProgressSchema = z.object({
  from,
  kind: z.literal("progress"),
  state: z.enum(PROGRESS_STATES),
  reason: z.string().trim().min(1).max(PROGRESS_REASON_MAX).optional(),
});
export type SetupProgress = z.infer<typeof setupProgressSchema>;

export const setupReplySchema = z.union([setupAckSchema, setupProgressSchema]);
export type SetupReply = z.infer<typeof setupReplySchema>;

/**
 * Its replies' schema, as the server finds it (replies.generated.ts, by the folder's id): the
 * Tasks listener checks what arrives against it and stored replies are read by it. Not on the
 * manifest, which the browser loads: zod stays out of the pages' first load.
 */
export const replies = setupReplySchema;
