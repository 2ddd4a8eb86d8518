import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/shared/error-codes";
import { gearNeedSchema } from "@/lib/shared/gear";
import { PROGRESS_STATES, TASK_STATUSES } from "@/lib/shared/task";

// What the API answers, as zod schemas: the OpenAPI document is made from them
// (document.ts), and every e2e API answer is checked against that document, so a
// field added, renamed or dropped in code without its line here fails a test.

const isoTime = z.iso.datetime({ offset: true });

export const errorAnswer = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe("Per field, what is wrong (validation errors)."),
  }),
});

const textArguments = z.record(z.string(), z.union([z.string(), z.number()]));
const catalogueText = z.object({ key: z.string(), en: z.string(), values: textArguments.optional() });

const answerText = catalogueText
  .extend({ values: z.record(z.string(), z.union([z.string(), z.number(), z.array(catalogueText)])).optional() })
  .optional()
  .describe(
    "The same answer as a message of the portal's catalogues (key, English, arguments), which the portal words in the reader's language; absent when its responder has none. A list argument reads as its items joined by commas.",
  );

export const replyAnswer = z.object({
  id: z.string(),
  from: z.string().describe('The responder that answered: "setup", "inventory", …'),
  kind: z.string().describe('The responder\'s own word for the reply: "ack", "answer", "progress", …'),
  answer: z.string().describe("The answer in English."),
  text: answerText,
  createdAt: isoTime,
  moves: z
    .union([
      z.object({ by: z.literal("report"), to: z.enum(["In progress", "Done", "Blocked"]) }),
      z.object({ by: z.literal("concern"), to: z.literal("Short of gear") }),
    ])
    .optional()
    .describe("How the reply moves its task's status, as its responder says: a report on the work, or a concern."),
});

export const taskAnswer = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(TASK_STATUSES),
  gear: z.array(gearNeedSchema),
  createdAt: isoTime,
  expected: z.array(z.string()).describe("The responders its request was delivered to, in delivery order."),
  replies: z.array(replyAnswer),
});

export const taskPageAnswer = z.object({
  tasks: z.array(taskAnswer),
  total: z.number().int().min(0).describe("How many tasks match, counted up to 10,000: with `totalCapped`, at least this many."),
  totalCapped: z.boolean().describe("More tasks match than `total`: the count stopped at 10,000."),
  nextCursor: z.string().nullable().describe("Pass back as `cursor` for the next page; null on the last."),
});

const requestAnswer = z.object({
  id: z.string(),
  listener: z.string(),
  requestId: z.string().describe("The request's correlation id: a roadie's report is sent back with it."),
  taskName: z.string(),
  answer: z.string().describe("The answer in English."),
  text: answerText,
  createdAt: isoTime,
  request: z.object({ description: z.string(), gear: z.array(gearNeedSchema) }).optional(),
});

export const requestPageAnswer = z.object({
  requests: z.array(requestAnswer),
  progress: z
    .record(z.string(), z.object({ state: z.enum(PROGRESS_STATES), answer: z.string(), text: answerText }))
    .describe("The latest report on each request, by request id."),
  answers: z.record(z.string(), z.array(replyAnswer)).describe("The other responders' answers on each request, by request id."),
  total: z
    .number()
    .int()
    .min(0)
    .describe("How many requests match, counted up to 10,000: with `totalCapped`, at least this many."),
  totalCapped: z.boolean().describe("More requests match than `total`: the count stopped at 10,000."),
  nextCursor: z.string().nullable().describe("Pass back as `cursor` for the next page; null on the last."),
});

const deliveryAnswer = z.object({
  listener: z.string(),
  state: z.enum(["pending", "running", "done", "failed", "dead"]),
  attempts: z.number().int(),
  lastError: z.string().nullable().optional(),
  durationMs: z.number().nullable().optional(),
  updatedAt: isoTime,
});

export const messageTrailAnswer = z.object({
  id: z.string(),
  destination: z.string(),
  correlationId: z.string(),
  responseDestination: z.string().optional(),
  repliedBy: z.string().optional(),
  reply: z.string().optional(),
  createdAt: isoTime,
  deliveries: z.array(deliveryAnswer),
});

export const taskTrailAnswer = z.object({ taskId: z.string(), name: z.string(), trail: z.array(messageTrailAnswer) });

export const destinationsAnswer = z.object({
  busId: z.string(),
  destinations: z.array(
    z.object({
      destination: z.string(),
      type: z.enum(["serial", "parallel", "synchronous"]),
      listeners: z.array(z.string()),
      pending: z.number().int(),
      inFlight: z.number().int(),
      retrying: z.number().int(),
      sent: z.number().int(),
      delivered: z.number().int(),
      failed: z.number().int(),
      dead: z.number().int(),
      rejected: z.number().int(),
      largestQueue: z.number().int(),
      handlingMs: z.object({ p50: z.number(), p99: z.number() }).nullable(),
    }),
  ),
});

export const deadLettersAnswer = z.object({ deadLetters: z.array(messageTrailAnswer) });

export const replayedAnswer = z.object({ replayed: z.object({ messageId: z.string(), listener: z.string() }) });

const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  start: z.string().describe("The token's first characters, to tell tokens apart."),
  createdAt: isoTime,
  lastUsedAt: isoTime.nullable(),
});
export const tokenListAnswer = z.object({ tokens: z.array(apiToken) });
export const createdTokenAnswer = apiToken.extend({ token: z.string().describe("The token itself: shown this once.") });

export const healthAnswer = z.object({ ok: z.literal(true), busId: z.string() });

export const readyAnswer = z.object({
  ready: z.boolean(),
  checks: z.object({
    draining: z.boolean(),
    backfilling: z
      .boolean()
      .describe("A one-off data change runs after the start (e.g. filling a new column): not ready until it is done."),
    databaseWritable: z.boolean(),
    storageFault: z.string().nullable(),
    busCaughtUp: z.boolean(),
    redisReachable: z.boolean().nullable(),
  }),
});
