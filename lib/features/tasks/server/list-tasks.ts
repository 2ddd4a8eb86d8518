import "server-only";
import { TASK_PAGE_SIZE, type TaskPage } from "@/lib/shared/task-page";
import type { TaskQuery } from "@/lib/shared/task-query";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { signCursor, verifyCursor } from "@/lib/server/http/signed-cursor";
import { expectedReplies } from "./expected-replies";
import { toTaskView } from "./to-view";

/**
 * One page of tasks, newest first, with how many match in all: a page query, so on
 * Prisma, in SQL that SQLite and PostgreSQL both run. Keyset paging on (createdAt,
 * id): a page starts just after the cursor's task, so tasks added meanwhile neither
 * shift nor repeat what the next page holds. The order walks the index Task(createdAt,
 * id); a status filter walks Task(standing, createdAt, id). The search (a substring of
 * name or description; case-insensitive, ASCII only on SQLite) is checked row by row
 * along that index, so a page stops at `limit` matches; the count reads every
 * candidate row (measured here: ~1 ms for 1,000 tasks, ~100 ms for 100,000 on two busy
 * cores — past that, a trigram index would be the next step). Raw SQL for the
 * search, because Prisma's `contains` leaves % and _ as wildcards.
 */
export async function listTasks(query: Partial<TaskQuery> = {}): Promise<TaskPage> {
  const { q = "", status = "all", cursor, limit = TASK_PAGE_SIZE } = query;
  const conditions: Prisma.Sql[] = [];
  if (status !== "all") conditions.push(Prisma.sql`"standing" = ${status}`);
  if (q !== "") {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(lower("name") LIKE lower(${pattern}) ESCAPE '\\' OR lower("description") LIKE lower(${pattern}) ESCAPE '\\')`);
  }
  const page = [...conditions];
  if (cursor !== undefined) {
    const after = verifyCursor(cursor);
    const at = new Date(after.createdAt);
    // (createdAt, id) < the cursor's, with a plain bound first so the index seeks straight to it.
    page.push(Prisma.sql`"createdAt" <= ${at} AND ("createdAt" < ${at} OR "id" < ${after.id})`);
  }
  const where = (parts: Prisma.Sql[]) => (parts.length > 0 ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty);

  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "Task" ${where(conditions)}`,
    db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Task" ${where(page)} ORDER BY "createdAt" DESC, "id" DESC LIMIT ${limit + 1}`,
  ]);
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
    total: Number(counted?.n ?? 0),
    nextCursor: ids.length > limit && last ? signCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
