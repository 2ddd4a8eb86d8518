import "server-only";
import { batchStatement, statement, type Source } from "@/lib/server/db/statement";
import { TASK_STANDINGS } from "@/lib/shared/task-status";
import { REPLY_VIEW_COLUMNS, REPLY_VIEW_SQL } from "@/lib/features/tasks/server/tasks.sql";

/**
 * Which of the Setup list's filters a query uses. The standings filter has one slot per
 * standing (a shorter list repeats its last standing); the search one condition per
 * word, each word wanted in the name, description or gear.
 */
export type RequestFilter = { standings: boolean; words: number; after: boolean };

type Condition = { sql: string; params: readonly Source[] };

const LISTENER: Condition = { sql: `a."listener" = ?`, params: ["ListenerActivity.listener"] };
/** The standings a page shows: the state asked for less the hidden ones. */
export const STANDING_SLOTS = TASK_STANDINGS.length;
const STANDINGS: Condition = {
  sql: `t."standing" IN (${Array.from({ length: STANDING_SLOTS }, () => "?").join(", ")})`,
  params: Array.from({ length: STANDING_SLOTS }, () => "Task.standing" as const),
};
/** A word of the search (lower case; the caller escapes \, % and _). */
const WORD: Condition = {
  sql: `(lower(t."name") LIKE ? ESCAPE '\\' OR lower(t."description") LIKE ? ESCAPE '\\' OR lower(t."gear") LIKE ? ESCAPE '\\')`,
  params: ["Task.name", "Task.description", "Task.gear"],
};
/** (createdAt, id) below the cursor's, with a plain bound first so the index seeks straight to it. */
const AFTER: Condition = {
  sql: `a."createdAt" <= ? AND (a."createdAt" < ? OR a."id" < ?)`,
  params: ["ListenerActivity.createdAt", "ListenerActivity.createdAt", "ListenerActivity.id"],
};
const FROM = `FROM "ListenerActivity" a JOIN "Task" t ON t."requestId" = a."requestId"`;

function where(filter: RequestFilter): Condition {
  const conditions = [
    LISTENER,
    ...(filter.standings ? [STANDINGS] : []),
    ...Array.from({ length: filter.words }, () => WORD),
    ...(filter.after ? [AFTER] : []),
  ];
  return { sql: `WHERE ${conditions.map((c) => c.sql).join(" AND ")}`, params: conditions.flatMap((c) => c.params) };
}

const key = (filter: RequestFilter) => `${+filter.standings}${filter.words}${+filter.after}`;

/**
 * Counts up to its last parameter's number of matches (lib/shared/counted-total.ts), not
 * every one. With no standing or word to read from the task, the activity alone is
 * counted: every request has its task (addTask stores the task with or before its
 * request, and tasks are never deleted), and at a million requests the join cost 8 ms
 * of the count's 9.
 */
function countStatement(filter: Omit<RequestFilter, "after">) {
  const { sql, params } = where({ ...filter, after: false });
  const from = filter.standings || filter.words > 0 ? FROM : `FROM "ListenerActivity" a`;
  return statement({
    name: `count setup requests ${key({ ...filter, after: false })}`,
    sql: `SELECT COUNT(*) AS "n" FROM (SELECT 1 ${from} ${sql} LIMIT ?) AS "counted"`,
    params: [...params, "limit"],
    returns: { n: "count" },
  });
}

function pageStatement(filter: RequestFilter) {
  const { sql, params } = where(filter);
  return statement({
    name: `page of setup requests ${key(filter)}`,
    sql: `SELECT a."id", a."requestId" ${FROM} ${sql} ORDER BY a."createdAt" DESC, a."id" DESC LIMIT ?`,
    params: [...params, "limit"],
    returns: { id: "ListenerActivity.id", requestId: "ListenerActivity.requestId" },
  });
}

/**
 * One statement per combination of filters and number of search words, made once each.
 * Those for no, one and two words are made here, so the drift test prepares every
 * shape; a longer search makes its own on first use (more of the same word condition).
 */
const counts = new Map<string, ReturnType<typeof countStatement>>();
const pages = new Map<string, ReturnType<typeof pageStatement>>();

/** How many requests match (the cursor does not count), up to a bound. */
export function countRequests(filter: Omit<RequestFilter, "after">) {
  const id = key({ ...filter, after: false });
  let made = counts.get(id);
  if (!made) counts.set(id, (made = countStatement(filter)));
  return made;
}

/** The activity ids of one page, newest first. */
export function pageOfRequests(filter: RequestFilter) {
  const id = key(filter);
  let made = pages.get(id);
  if (!made) pages.set(id, (made = pageStatement(filter)));
  return made;
}

for (const standings of [false, true]) {
  for (const words of [0, 1, 2]) {
    countRequests({ standings, words });
    for (const after of [false, true]) pageOfRequests({ standings, words, after });
  }
}

/** A page's requests by activity id (one statement per page size, prepared once). */
export const activitiesByIds = batchStatement({
  name: "setup activities by ids",
  values: "?",
  sql: (ids) =>
    `SELECT "id", "listener", "requestId", "taskName", "answer", "text", "createdAt" FROM "ListenerActivity" WHERE "id" IN (${ids})`,
  row: ["ListenerActivity.id"],
  returns: {
    id: "ListenerActivity.id",
    listener: "ListenerActivity.listener",
    requestId: "ListenerActivity.requestId",
    taskName: "ListenerActivity.taskName",
    answer: "ListenerActivity.answer",
    text: "ListenerActivity.text",
    createdAt: "ListenerActivity.createdAt",
  },
});

/**
 * The replies on a page's requests that the roadies read, oldest first: their own
 * reports (kind "progress") and the other responders' answers (latest-progress.ts,
 * request-answers.ts pick each).
 */
export const repliesOfRequests = batchStatement({
  name: "replies of setup requests",
  values: "?",
  sql: (ids) =>
    `SELECT t."requestId", ${REPLY_VIEW_SQL}
     FROM "TaskReply" r JOIN "Task" t ON t."id" = r."taskId"
     WHERE t."requestId" IN (${ids}) AND (r."kind" = 'progress' OR r."from" <> 'setup')
     ORDER BY r."createdAt" ASC, r."id" ASC`,
  row: ["Task.requestId"],
  returns: { requestId: "Task.requestId", ...REPLY_VIEW_COLUMNS },
});

/** A reply as repliesOfRequests reads it. */
export type RequestReplyRow = NonNullable<ReturnType<typeof repliesOfRequests.of>["types"]>["row"];
