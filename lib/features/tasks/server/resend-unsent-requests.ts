import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { TaskStatus } from "@/lib/shared/task";
import { engine } from "@/lib/server/db/writes";
import { IDEMPOTENCY_KEY_TTL_MS } from "./idempotency";
import { sendSetupRequest } from "./send-setup-request";
import { unsentRequestOf, unsentRequestsSince } from "./tasks.sql";

/**
 * A crash between storing a task and logging its request leaves a task nobody was
 * asked about. At start, send those requests (the UnsentRequest outbox names them). With
 * `only`, that one task's: a retry with the same Idempotency-Key may reach another
 * instance than the one that died in between, and that instance must send it (a
 * request that did go out is not sent twice: its message id is the task's requestId).
 */
export async function resendUnsentRequests(only?: { taskId: string }): Promise<number> {
  const unsent = only
    ? await engine.all(unsentRequestOf, only.taskId)
    : await engine.all(unsentRequestsSince, new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS));
  for (const task of unsent) {
    const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
    await sendSetupRequest({ ...task, status: task.status as TaskStatus, gear: gear.success ? gear.data : [] });
  }
  return unsent.length;
}
