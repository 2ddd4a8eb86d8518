import "server-only";
import { TASK_PAGE_SIZE, type TaskPage } from "@/lib/shared/task-page";
import type { TaskQuery } from "@/lib/shared/task-query";
import { db } from "@/lib/server/db/client";
import { engine } from "@/lib/server/db/writes";
import { signCursor, verifyCursor } from "@/lib/server/http/signed-cursor";
import { expectedReplies } from "./expected-replies";
import { countTasks, pageOfTasks } from "./list-tasks.sql";
import { toTaskView } from "./to-view";

/**
 * One page of tasks, newest first, with how many match in all: the ids and the count
 * from the catalogue's statements (one per combination of filters), the rows with
 * their replies from Prisma, as pages read. Keyset paging on (createdAt, id): a page
 * starts just after the cursor's task, so tasks added meanwhile neither shift nor
 * repeat what the next page holds. The order walks the index Task(createdAt, id); a
 * status filter walks Task(standing, createdAt, id). The search (a substring of name
 * or description; case-insensitive, ASCII only on SQLite) is checked row by row along
 * that index, so a page stops at `limit` matches; the count reads every candidate row
 * (measured here: ~1 ms for 1,000 tasks, ~100 ms for 100,000 on two busy cores — past
 * that, a trigram index would be the next step). Our own LIKE, because Prisma's
 * `contains` leaves % and _ as wildcards.
 */
export async function listTasks(query: Partial<TaskQuery> = {}): Promise<TaskPage> {
  const { q = "", status = "all", cursor, limit = TASK_PAGE_SIZE } = query;
  // Checked before anything is read: a cursor this server did not sign is refused.
  const after = cursor === undefined ? undefined : verifyCursor(cursor);
  // Bound in the order of the statements' conditions (list-tasks.sql.ts): standing, search, cursor.
  const filter = { status: status !== "all", search: q !== "", after: after !== undefined };
  const params: (string | Date)[] = [];
  if (filter.status) params.push(status);
  if (filter.search) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(pattern, pattern);
  }
  const counted = engine.get(countTasks(filter), ...params);
  if (after) {
    const at = new Date(after.createdAt);
    params.push(at, at, after.id);
  }
  const [count, ids] = await Promise.all([counted, engine.all(pageOfTasks(filter), ...params, limit + 1)]);
  const shown = ids.slice(0, limit).map((row) => row.id);
  const rows = await db.task.findMany({
    where: { id: { in: shown } },
    include: { replies: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const expected = await expectedReplies(rows.map((row) => row.requestId));
  const tasks = shown.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toTaskView(row, expected.get(row.requestId)!)] : [];
  });
  const last = tasks.at(-1);
  return {
    tasks,
    total: count?.n ?? 0,
    nextCursor: ids.length > limit && last ? signCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
