import "server-only";
import { statement } from "../db/statement";

/**
 * What the bell counts: the user's tasks with an unread problem. Its conditions are the
 * partial index TaskReply_unread_problem_idx's own (migration
 * 20261207110000_unread_problems), so it reads the user's unread problems there and
 * nothing else: a user with a million tasks answered and read costs what one with none does.
 */
export const countUnreadProblems = statement({
  name: "count unread problems",
  sql: `SELECT COUNT(DISTINCT "taskId") AS "n" FROM "TaskReply" WHERE "ownerId" = ? AND "ownerReadAt" IS NULL AND "problem" = true`,
  params: ["TaskReply.ownerId"],
  returns: { n: "count" },
});
