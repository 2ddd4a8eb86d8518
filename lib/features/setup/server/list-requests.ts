import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { signCursor, verifyCursor } from "@/lib/server/http/signed-cursor";
import type { TaskStanding } from "@/lib/shared/task-status";
import { toActivityView } from "@/lib/features/listener-activity/server/to-activity-view";
import { toTaskView } from "@/lib/features/tasks/server/to-view";
import type { RequestState } from "../portlet/setup-filter";
import type { RequestPage } from "../request-page";
import type { RequestQuery } from "../request-query";
import { setupFeature } from "../manifest";
import { latestProgress } from "./latest-progress";
import { requestAnswers } from "./request-answers";

/** A request's state for its roadies is its task's standing (lib/shared/task-status.ts) seen from the work. */
const STANDINGS_OF: Record<RequestState, TaskStanding[]> = {
  "not-started": ["Waiting", "Received", "Short of gear"],
  "in-progress": ["In progress"],
  blocked: ["Blocked"],
  done: ["Done"],
};

/**
 * One page of the requests the Setup desk received, newest first, searched and filtered
 * on the server over all of them (the portlet once held the newest 50 only). Keyset
 * paging on the activity's (createdAt, id), as the tasks list pages; the state filter
 * reads the task's stored standing, and the search wants every word in the task's name,
 * description or gear (case ignored; ASCII only on SQLite), as the portlet's own filter
 * does for live arrivals (setup-filter.ts).
 */
export async function listRequests(query: Partial<RequestQuery> = {}): Promise<RequestPage> {
  const { q = "", state = "all", hide = [], cursor, limit = 50 } = query;
  const conditions: Prisma.Sql[] = [Prisma.sql`a."listener" = ${setupFeature.id}`];
  if (state !== "all") conditions.push(Prisma.sql`t."standing" IN (${Prisma.join(STANDINGS_OF[state])})`);
  const hiddenStandings = hide.flatMap((hidden) => STANDINGS_OF[hidden]);
  if (hiddenStandings.length > 0) conditions.push(Prisma.sql`t."standing" NOT IN (${Prisma.join(hiddenStandings)})`);
  for (const word of q.toLowerCase().split(/\s+/).filter(Boolean)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      Prisma.sql`(lower(t."name") LIKE ${pattern} ESCAPE '\\' OR lower(t."description") LIKE ${pattern} ESCAPE '\\' OR lower(t."gear") LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  const page = [...conditions];
  if (cursor !== undefined) {
    const after = verifyCursor(cursor);
    const at = new Date(after.createdAt);
    page.push(Prisma.sql`a."createdAt" <= ${at} AND (a."createdAt" < ${at} OR a."id" < ${after.id})`);
  }
  const from = Prisma.sql`FROM "ListenerActivity" a JOIN "Task" t ON t."requestId" = a."requestId"`;
  const [[counted], ids] = await Promise.all([
    db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" ${from} WHERE ${Prisma.join(conditions, " AND ")}`,
    db.$queryRaw<{ id: string }[]>`SELECT a."id" ${from} WHERE ${Prisma.join(page, " AND ")} ORDER BY a."createdAt" DESC, a."id" DESC LIMIT ${limit + 1}`,
  ]);
  const shown = ids.slice(0, limit).map((row) => row.id);
  const rows = await db.listenerActivity.findMany({ where: { id: { in: shown } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const requestIds = rows.map((row) => row.requestId);
  const [tasks, progress, answers] = await Promise.all([
    db.task.findMany({ where: { requestId: { in: requestIds } } }),
    latestProgress(requestIds),
    requestAnswers(requestIds),
  ]);
  // What each request asks for is read from its task, which holds what the request carried.
  const summaries = new Map(tasks.map((task) => [task.requestId, (({ description, gear }) => ({ description, gear }))(toTaskView(task, []))]));
  const requests = shown.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const request = summaries.get(row.requestId);
    return [request ? { ...toActivityView(row), request } : toActivityView(row)];
  });
  const last = requests.at(-1);
  return {
    requests,
    progress,
    answers,
    total: Number(counted?.n ?? 0),
    nextCursor: ids.length > limit && last ? signCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
