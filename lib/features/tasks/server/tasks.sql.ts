import "server-only";
import { statement } from "@/lib/server/db/statement";

export const insertTask = statement({
  name: "insert task",
  sql: `INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "standing", "createdById", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  params: [
    "Task.id",
    "Task.name",
    "Task.description",
    "Task.status",
    "Task.requestId",
    "Task.gear",
    "Task.standing",
    "Task.createdById",
    "Task.createdAt",
  ],
});

/** A task's status beside each of its replies (one row with no reply when it has none). */
export const taskWithReplies = statement({
  name: "task with replies",
  sql: `SELECT t."status", r."id", r."from", r."kind", r."answer", r."body", r."createdAt"
        FROM "Task" t LEFT JOIN "TaskReply" r ON r."taskId" = t."id"
        WHERE t."id" = ? ORDER BY r."createdAt" ASC, r."id" ASC`,
  params: ["Task.id"],
  returns: {
    status: "Task.status",
    id: "TaskReply.id?",
    from: "TaskReply.from?",
    kind: "TaskReply.kind?",
    answer: "TaskReply.answer?",
    body: "TaskReply.body?",
    createdAt: "TaskReply.createdAt?",
  },
});

export const setStanding = statement({
  name: "set task standing",
  sql: `UPDATE "Task" SET "standing" = ? WHERE "id" = ?`,
  params: ["Task.standing", "Task.id"],
});

/** Tasks stored before `standing` existed, a batch at a time. */
export const tasksWithoutStanding = statement({
  name: "tasks without standing",
  sql: `SELECT "id" FROM "Task" WHERE "standing" IS NULL LIMIT 500`,
  params: [],
  returns: { id: "Task.id" },
});

/** A reply stored against the task with its correlation id, once per reply message; its owner is the task's creator. */
export const insertReply = statement({
  name: "insert task reply",
  sql: `INSERT INTO "TaskReply" ("id", "messageId", "taskId", "ownerId", "from", "kind", "answer", "body", "problem", "createdAt")
        SELECT ?, ?, t."id", t."createdById", ?, ?, ?, ?, ?, ? FROM "Task" t WHERE t."requestId" = ?
        ON CONFLICT ("messageId") DO NOTHING RETURNING "id", "taskId"`,
  params: [
    "TaskReply.id",
    "TaskReply.messageId",
    "TaskReply.from",
    "TaskReply.kind",
    "TaskReply.answer",
    "TaskReply.body",
    "TaskReply.problem",
    "TaskReply.createdAt",
    "Task.requestId",
  ],
  returns: { id: "TaskReply.id", taskId: "TaskReply.taskId" },
});

/** The columns a reply's view reads (to-view.ts's replyViewOf), from a "TaskReply" aliased `r`. */
export const REPLY_VIEW_SQL = `r."id", r."from", r."kind", r."answer", r."body", r."createdAt"`;
/** The same columns, as a statement's `returns` names them. */
export const REPLY_VIEW_COLUMNS = {
  id: "TaskReply.id",
  from: "TaskReply.from",
  kind: "TaskReply.kind",
  answer: "TaskReply.answer",
  body: "TaskReply.body",
  createdAt: "TaskReply.createdAt",
} as const;

export const replyByMessage = statement({
  name: "reply by message",
  sql: `SELECT r."taskId", ${REPLY_VIEW_SQL} FROM "TaskReply" r WHERE r."messageId" = ?`,
  params: ["TaskReply.messageId"],
  returns: { taskId: "TaskReply.taskId", ...REPLY_VIEW_COLUMNS },
});

/** The answer kept for a key. */
export const idempotencyKey = statement({
  name: "idempotency key",
  sql: `SELECT "requestHash", "response" FROM "IdempotencyKey" WHERE "userId" = ? AND "key" = ?`,
  params: ["IdempotencyKey.userId", "IdempotencyKey.key"],
  returns: { requestHash: "IdempotencyKey.requestHash", response: "IdempotencyKey.response" },
});

/**
 * Claims a key by inserting it (the last parameter: the TTL's cutoff). A live key is
 * left alone and the statement changes no row; a key past its TTL is taken over.
 */
export const claimIdempotencyKey = statement({
  name: "claim idempotency key",
  sql: `INSERT INTO "IdempotencyKey" ("userId", "key", "requestHash", "taskId", "response", "createdAt") VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT ("userId", "key") DO UPDATE SET "requestHash" = excluded."requestHash", "taskId" = excluded."taskId",
          "response" = excluded."response", "createdAt" = excluded."createdAt"
        WHERE "IdempotencyKey"."createdAt" < ?`,
  params: [
    "IdempotencyKey.userId",
    "IdempotencyKey.key",
    "IdempotencyKey.requestHash",
    "IdempotencyKey.taskId",
    "IdempotencyKey.response",
    "IdempotencyKey.createdAt",
    "IdempotencyKey.createdAt",
  ],
});

export const pruneIdempotencyKeysBefore = statement({
  name: "prune idempotency keys",
  sql: `DELETE FROM "IdempotencyKey" WHERE "createdAt" < ?`,
  params: ["IdempotencyKey.createdAt"],
});

const UNSENT_COLUMNS = `t."name", t."description", t."status", t."gear", t."requestId"`;
/** The log decides what was sent; the outbox (below) only narrows where to look. */
const NOT_LOGGED = `NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId")`;
const UNSENT_ROW = {
  name: "Task.name",
  description: "Task.description",
  status: "Task.status",
  gear: "Task.gear",
  requestId: "Task.requestId",
} as const;

/**
 * Tasks whose setup request was never logged (a crash in between), created since a
 * time (at start: the last day). Read from the UnsentRequest outbox, which triggers keep
 * (a row per new task until its request is logged: see the schema), so a start reads
 * the few a crash left, not every task of the day: at a million tasks that scan was
 * seconds of every start (issue 19). CROSS JOIN keeps SQLite walking the outbox first.
 */
export const unsentRequestsSince = statement({
  name: "unsent requests since",
  sql: `SELECT ${UNSENT_COLUMNS} FROM "UnsentRequest" u CROSS JOIN "Task" t
        WHERE t."requestId" = u."requestId" AND ${NOT_LOGGED} AND t."createdAt" >= ?`,
  params: ["Task.createdAt"],
  returns: UNSENT_ROW,
});

export const unsentRequestOf = statement({
  name: "unsent request of a task",
  sql: `SELECT ${UNSENT_COLUMNS} FROM "Task" t WHERE ${NOT_LOGGED} AND t."id" = ?`,
  params: ["Task.id"],
  returns: UNSENT_ROW,
});
