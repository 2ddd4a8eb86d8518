import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { TaskStatus } from "@/lib/shared/task";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { sendSetupRequest } from "./send-setup-request";

type UnsentRow = { name: string; description: string; status: string; gear: string; requestId: string };

/**
 * A crash between storing a task and logging its request leaves a task nobody was
 * asked about. At start, send those requests: the task row is the outbox. With
 * `only`, that one task's: a retry with the same Idempotency-Key may reach another
 * instance than the one that died in between, and that instance must send it (a
 * request that did go out is not sent twice: its message id is the task's requestId).
 */
export async function resendUnsentRequests(only?: { taskId: string }): Promise<number> {
  const unsent = await db.$queryRaw<UnsentRow[]>`
    SELECT t."name", t."description", t."status", t."gear", t."requestId" FROM "Task" t
    WHERE NOT EXISTS (SELECT 1 FROM "BusMessage" m WHERE m."id" = t."requestId")
    ${only ? Prisma.sql`AND t."id" = ${only.taskId}` : Prisma.empty}`;
  for (const task of unsent) {
    const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
    await sendSetupRequest({ ...task, status: task.status as TaskStatus, gear: gear.success ? gear.data : [] });
  }
  return unsent.length;
}
