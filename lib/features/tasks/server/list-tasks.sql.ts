import "server-only";
import { statement, type Source } from "@/lib/server/db/statement";

/** Which of the list's filters a query uses: one statement each way, prepared once. */
export type TaskFilter = { status: boolean; search: boolean; after: boolean };

type Condition = { sql: string; params: readonly Source[] };

const STANDING: Condition = { sql: `"standing" = ?`, params: ["Task.standing"] };
/** A substring of name or description; the caller escapes \, % and _. */
const SEARCH: Condition = {
  sql: `(lower("name") LIKE lower(?) ESCAPE '\\' OR lower("description") LIKE lower(?) ESCAPE '\\')`,
  params: ["Task.name", "Task.description"],
};
/** (createdAt, id) below the cursor's, with a plain bound first so the index seeks straight to it. */
const AFTER: Condition = {
  sql: `"createdAt" <= ? AND ("createdAt" < ? OR "id" < ?)`,
  params: ["Task.createdAt", "Task.createdAt", "Task.id"],
};

function where(conditions: Condition[]): Condition {
  if (conditions.length === 0) return { sql: "", params: [] };
  return { sql: `WHERE ${conditions.map((c) => c.sql).join(" AND ")}`, params: conditions.flatMap((c) => c.params) };
}

const key = (filter: TaskFilter) => `${+filter.status}${+filter.search}${+filter.after}`;

/**
 * Every combination of filters, each a statement of its own (eight of each). Their
 * parameters are typed by the union of the conditions' columns rather than one tuple
 * per combination: listTasks binds them in the order above, and the drift test
 * checks each statement's parameters against the schema.
 */
const counts = new Map<string, ReturnType<typeof countStatement>>();
const pages = new Map<string, ReturnType<typeof pageStatement>>();

function countStatement(filter: TaskFilter) {
  const { sql, params } = where([...(filter.status ? [STANDING] : []), ...(filter.search ? [SEARCH] : [])]);
  return statement({
    name: `count tasks ${key(filter)}`,
    sql: `SELECT COUNT(*) AS "n" FROM "Task" ${sql}`,
    params,
    returns: { n: "count" },
  });
}

function pageStatement(filter: TaskFilter) {
  const { sql, params } = where([
    ...(filter.status ? [STANDING] : []),
    ...(filter.search ? [SEARCH] : []),
    ...(filter.after ? [AFTER] : []),
  ]);
  return statement({
    name: `page of tasks ${key(filter)}`,
    sql: `SELECT "id" FROM "Task" ${sql} ORDER BY "createdAt" DESC, "id" DESC LIMIT ?`,
    params: [...params, "limit"],
    returns: { id: "Task.id" },
  });
}

for (const status of [false, true]) {
  for (const search of [false, true]) {
    for (const after of [false, true]) {
      const filter = { status, search, after };
      if (!after) counts.set(key(filter), countStatement(filter));
      pages.set(key(filter), pageStatement(filter));
    }
  }
}

/** How many tasks match (the cursor does not count). */
export const countTasks = (filter: Omit<TaskFilter, "after">) => counts.get(key({ ...filter, after: false }))!;
/** The ids of one page, newest first. */
export const pageOfTasks = (filter: TaskFilter) => pages.get(key(filter))!;
