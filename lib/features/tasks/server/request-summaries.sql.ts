import "server-only";
import { batchStatement } from "@/lib/server/db/statement";

/** What each of a page's requests asks for, read from its task (one statement per page size, prepared once). */
export const tasksOfRequests = batchStatement({
  name: "tasks of requests",
  values: "?",
  sql: (ids) => `SELECT "requestId", "description", "gear" FROM "Task" WHERE "requestId" IN (${ids})`,
  row: ["Task.requestId"],
  returns: { requestId: "Task.requestId", description: "Task.description", gear: "Task.gear" },
});
