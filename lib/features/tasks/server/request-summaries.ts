import "server-only";
import type { RequestSummary } from "@/lib/shared/task";
import { engine } from "@/lib/server/db/writes";
import { tasksOfRequests } from "./request-summaries.sql";
import { gearOf } from "./to-view";

/** Each request's summary, keyed by request id, read from its task, which holds what the request carried. */
export async function requestSummaries(requestIds: readonly string[]): Promise<Map<string, RequestSummary>> {
  if (requestIds.length === 0) return new Map();
  const { statement, params } = tasksOfRequests.bind(requestIds.map((id) => [id] as [string]));
  const tasks = await engine.all(statement, ...params);
  return new Map(tasks.map((task) => [task.requestId, { description: task.description, gear: gearOf(task.gear) }]));
}
