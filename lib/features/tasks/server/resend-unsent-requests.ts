import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { TaskStatus } from "@/lib/shared/task";
import { dbTimestamp } from "@/lib/server/db/sql-tx";
import { engine } from "@/lib/server/db/writes";
import { IDEMPOTENCY_KEY_TTL_MS } from "./idempotency";
import { sendSetupRequest } from "./send-setup-request";

type UnsentRow = { name: string; description: string; status: string; gear: string; requestId: string };

const UNSENT = `SELECT t."name", t."description", t."status", t."gear", t."requestId" FROM "Task" t
  WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId")`;
/**
 * At start: the tasks of the last day only, through the (createdAt, id) index. A task
 * goes unsent only when its process died between the commit and the send (moments
 * before a crash), and a retry within the key's day sends it too; reading every task
 * at every start cost most of a start at a million tasks (issue 17).
 */
export const UNSENT_RECENTLY = `${UNSENT} AND t."createdAt" >= ?`;
const UNSENT_ONE = `${UNSENT} AND t."id" = ?`;

/**
 * A crash between storing a task and logging its request leaves a task nobody was
 * asked about. At start, send those requests: the task row is the outbox. With
 * `only`, that one task's: a retry with the same Idempotency-Key may reach another
 * instance than the one that died in between, and that instance must send it (a
 * request that did go out is not sent twice: its message id is the task's requestId).
 */
export async function resendUnsentRequests(only?: { taskId: string }): Promise<number> {
  const unsent = only
    ? await engine.all<UnsentRow>(UNSENT_ONE, only.taskId)
    : await engine.all<UnsentRow>(UNSENT_RECENTLY, dbTimestamp(new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS)));
  for (const task of unsent) {
    const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
    await sendSetupRequest({ ...task, status: task.status as TaskStatus, gear: gear.success ? gear.data : [] });
  }
  return unsent.length;
}
