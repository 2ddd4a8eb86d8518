import "server-only";
import { engine } from "@/lib/server/db/writes";
import { signCursor, verifyCursor } from "@/lib/server/http/signed-cursor";
import { countedTotal, TOTAL_COUNTED_UP_TO } from "@/lib/shared/counted-total";
import { TASK_STANDINGS, type TaskStanding } from "@/lib/shared/task-status";
import { toActivityView } from "@/lib/features/listener-activity/server/to-activity-view";
import { requestSummaries } from "@/lib/features/tasks/server/request-summaries";
import type { RequestState } from "../portlet/setup-filter";
import type { RequestPage } from "../request-page";
import type { RequestQuery } from "../request-query";
import { setupFeature } from "../manifest";
import { latestProgress } from "./latest-progress";
import { activitiesByIds, countRequests, pageOfRequests, repliesOfRequests, STANDING_SLOTS } from "./list-requests.sql";
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
  const hidden = new Set(hide.flatMap((shownNot) => STANDINGS_OF[shownNot]));
  // Every standing shown and none hidden: no condition (a task stored before standings existed shows too).
  const standings = (state === "all" ? TASK_STANDINGS : STANDINGS_OF[state]).filter((standing) => !hidden.has(standing));
  const filtered = state !== "all" || hidden.size > 0;
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  // Checked before anything is read: a cursor this server did not sign is refused.
  const after = cursor === undefined ? undefined : verifyCursor(cursor);
  // Bound in the order of the statements' conditions (list-requests.sql.ts): listener, standings, words, cursor.
  const params: (string | Date)[] = [setupFeature.id];
  // The standings' slots all filled: a shorter list repeats its last standing.
  if (filtered) params.push(...Array.from({ length: STANDING_SLOTS }, (_, i) => standings[Math.min(i, standings.length - 1)]!));
  for (const word of words) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(pattern, pattern, pattern);
  }
  const filter = { standings: filtered, words: words.length, after: after !== undefined };
  const [counted, ids] =
    // Hiding every standing the state has leaves nothing to read.
    filtered && standings.length === 0
      ? [{ n: 0 }, []]
      : await Promise.all([
          engine.get(countRequests(filter), ...params, TOTAL_COUNTED_UP_TO + 1),
          engine.all(
            pageOfRequests(filter),
            ...params,
            ...(after ? [new Date(after.createdAt), new Date(after.createdAt), after.id] : []),
            limit + 1,
          ),
        ]);
  const shown = ids.slice(0, limit).map((row) => row.id);
  const requestIds = ids.slice(0, limit).map((row) => row.requestId);
  const byActivity = shown.map((id) => [id] as [string]);
  const byRequest = requestIds.map((id) => [id] as [string]);
  const activitiesRead = activitiesByIds.bind(byActivity);
  const repliesRead = repliesOfRequests.bind(byRequest);
  const [rows, summaries, replies] =
    shown.length === 0
      ? [[], new Map(), []]
      : await Promise.all([
          engine.all(activitiesRead.statement, ...activitiesRead.params),
          requestSummaries(requestIds),
          engine.all(repliesRead.statement, ...repliesRead.params),
        ]);
  const progress = latestProgress(replies);
  const answers = requestAnswers(replies);
  const byId = new Map(rows.map((row) => [row.id, row]));
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
    ...countedTotal(counted?.n ?? 0),
    nextCursor: ids.length > limit && last ? signCursor({ createdAt: last.createdAt, id: last.id }) : null,
  };
}
