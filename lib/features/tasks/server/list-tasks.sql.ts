import "server-only";
import { batchStatement, statement, type Source } from "@/lib/server/db/statement";
import { REPLY_VIEW_COLUMNS, REPLY_VIEW_SQL } from "./tasks.sql";

/**
 * Which of the list's filters a query uses: one statement each way, prepared once. The
 * search is `index` (a query of 3 characters or more, through the search index) or
 * `scan` (checked row by row along the date index: shorter queries, which a trigram
 * index cannot serve, and indexed ones that match so many tasks that the newest page
 * is found sooner by walking the dates).
 */
export type TaskFilter = { status: boolean; search: "none" | "scan" | "index"; after: boolean };

type Condition = { sql: string; postgres?: string; params: readonly Source[] };

const STANDING: Condition = { sql: `t."standing" = ?`, params: ["Task.standing"] };
/** A substring of name or description; the caller escapes \, % and _. */
const SCAN: Condition = {
  sql: `(lower(t."name") LIKE lower(?) ESCAPE '\\' OR lower(t."description") LIKE lower(?) ESCAPE '\\')`,
  params: ["Task.name", "Task.description"],
};
/**
 * The same, through the index (migration 20261207120000_task_search), given the query
 * as typed: on SQLite an FTS5 trigram table whose phrase query is a case-insensitive
 * substring match; on PostgreSQL a pg_trgm index on name and description together (a
 * \x01 between them, which no query holds, keeps a match from spanning the two).
 */
const INDEX: Condition = {
  sql: `"TaskSearch" MATCH '"' || replace(?, '"', '""') || '"'`,
  postgres: `lower(t."name" || chr(1) || t."description") LIKE '%' || replace(replace(replace(lower(CAST(? AS TEXT)), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'`,
  params: ["Task.name"],
};
/** (createdAt, id) below the cursor's, with a plain bound first so the index seeks straight to it. */
const AFTER: Condition = {
  sql: `t."createdAt" <= ? AND (t."createdAt" < ? OR t."id" < ?)`,
  params: ["Task.createdAt", "Task.createdAt", "Task.id"],
};

/** The rows a filter reads: an indexed search starts from the search index's matches (CROSS JOIN keeps SQLite there). */
function from(filter: Pick<TaskFilter, "search">): { sql: string; postgres: string } {
  return filter.search === "index"
    ? { sql: `"TaskSearch" CROSS JOIN "Task" t ON t."rowid" = "TaskSearch"."rowid"`, postgres: `"Task" t` }
    : { sql: `"Task" t`, postgres: `"Task" t` };
}

function where(filter: TaskFilter): { sql: string; postgres: string; params: Source[] } {
  const conditions = [
    ...(filter.status ? [STANDING] : []),
    ...(filter.search === "scan" ? [SCAN] : filter.search === "index" ? [INDEX] : []),
    ...(filter.after ? [AFTER] : []),
  ];
  if (conditions.length === 0) return { sql: "", postgres: "", params: [] };
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(" AND ")}`,
    postgres: `WHERE ${conditions.map((c) => c.postgres ?? c.sql).join(" AND ")}`,
    params: conditions.flatMap((c) => c.params),
  };
}

const key = (filter: TaskFilter) => `${+filter.status}${filter.search}${+filter.after}`;

/**
 * Every combination of filters, each a statement of its own. Their parameters are
 * typed by the union of the conditions' columns rather than one tuple per combination:
 * listTasks binds them in the order above, and the drift test checks each statement's
 * parameters against the schema on both engines.
 */
const counts = new Map<string, ReturnType<typeof countStatement>>();
const pages = new Map<string, ReturnType<typeof pageStatement>>();

/** Counts up to its last parameter's number of matches (lib/shared/counted-total.ts), not every one. */
function countStatement(filter: Omit<TaskFilter, "after">) {
  const rows = from(filter);
  const conditions = where({ ...filter, after: false });
  const sql = (rows: string, where: string) =>
    `SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${rows} ${where} LIMIT ?) AS "counted"`;
  return statement({
    name: `count tasks ${key({ ...filter, after: false })}`,
    sql: sql(rows.sql, conditions.sql),
    postgres: sql(rows.postgres, conditions.postgres),
    params: [...conditions.params, "limit"],
    returns: { n: "count" },
  });
}

function pageStatement(filter: TaskFilter) {
  const rows = from(filter);
  const conditions = where(filter);
  const sql = (rows: string, where: string) =>
    `SELECT t."id", t."requestId" FROM ${rows} ${where} ORDER BY t."createdAt" DESC, t."id" DESC LIMIT ?`;
  return statement({
    name: `page of tasks ${key(filter)}`,
    sql: sql(rows.sql, conditions.sql),
    postgres: sql(rows.postgres, conditions.postgres),
    params: [...conditions.params, "limit"],
    returns: { id: "Task.id", requestId: "Task.requestId" },
  });
}

for (const status of [false, true]) {
  for (const search of ["none", "scan", "index"] as const) {
    for (const after of [false, true]) {
      const filter = { status, search, after };
      if (!after) counts.set(key(filter), countStatement(filter));
      pages.set(key(filter), pageStatement(filter));
    }
  }
}

/** How many tasks match (the cursor does not count), up to a bound. */
export const countTasks = (filter: Omit<TaskFilter, "after">) => counts.get(key({ ...filter, after: false }))!;
/** The ids (and request ids) of one page, newest first. */
export const pageOfTasks = (filter: TaskFilter) => pages.get(key(filter))!;

/**
 * A page's tasks by id, and their replies: read by the catalogue's statements, one per
 * page size (a page is at most a few hundred), rather than through Prisma, which
 * prepared each `IN (…)` afresh and cost most of a page's time at a million tasks.
 */
export const tasksByIds = batchStatement({
  name: "tasks by ids",
  values: "?",
  sql: (ids) =>
    `SELECT "id", "name", "description", "status", "gear", "requestId", "createdAt" FROM "Task" WHERE "id" IN (${ids})`,
  row: ["Task.id"],
  returns: {
    id: "Task.id",
    name: "Task.name",
    description: "Task.description",
    status: "Task.status",
    gear: "Task.gear",
    requestId: "Task.requestId",
    createdAt: "Task.createdAt",
  },
});

/** The replies of a page's tasks, oldest first. */
export const repliesOfTasks = batchStatement({
  name: "replies of tasks",
  values: "?",
  sql: (ids) =>
    `SELECT r."taskId", ${REPLY_VIEW_SQL} FROM "TaskReply" r
     WHERE r."taskId" IN (${ids}) ORDER BY r."createdAt" ASC, r."id" ASC`,
  row: ["TaskReply.taskId"],
  returns: { taskId: "TaskReply.taskId", ...REPLY_VIEW_COLUMNS },
});
