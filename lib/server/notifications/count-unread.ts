import "server-only";
import { engine } from "../db/writes";
import { countUnreadProblems } from "./notifications.sql";

/**
 * What the bell counts: the user's own tasks with a problem they have not read — a
 * task blocked twice is one, and routine answers (receipts, reservations, progress) are
 * listed in the panel but not counted, so a thousand tasks do not read "2002". Whether a
 * reply is a problem was decided when it was stored (TaskReply.problem).
 */
export async function countUnread(userId: string): Promise<number> {
  return (await engine.get(countUnreadProblems, userId))?.n ?? 0;
}
